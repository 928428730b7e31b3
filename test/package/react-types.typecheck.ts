// Compile-time test of the React 19 typings (src/react.ts), run by `npm run typecheck`:
// what JSX checks for an intrinsic element is `React.JSX.IntrinsicElements[tag]`, so
// assigning props objects to it is exactly the check `<register-button ...>` gets.
// Each `@ts-expect-error` must fail to compile, or the typecheck fails.
import type { JSX } from 'react';
import '../../src/react.js';
import type { RegisterClickEvent } from '../../src/events/register-click.js';
import type { CourseLoadEvent } from '../../src/events/course-load.js';

type Props<T extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[T];

export const attributesAndProperties: Props<'register-button'> = {
  src: '/course.json',
  'time-zone': 'Europe/Paris',
  'waitlist-href': 'https://example.org/waitlist',
  'course-title': 'Resilient Together',
  now: new Date(),
  refresh: 60,
  course: { version: 1, title: 'x', sessions: [] },
  strings: { register: 'Sign up' },
  lang: 'es',
  className: 'cta',
  id: 'register',
  children: 'Register',
};

export const events: Props<'register-button'> = {
  'onregister-click': (event: RegisterClickEvent) => void event.href,
  'oncourse-load': (event: CourseLoadEvent) => void event.course.title,
  'oncourse-error': (event) => void event.error.kind,
};

// @ts-expect-error refresh is a number property
export const wrongRefresh: Props<'register-button'> = { refresh: true };
export const wrongHandler: Props<'register-button'> = {
  // @ts-expect-error a register-click handler receives a RegisterClickEvent, not a string
  'onregister-click': (event: string) => event,
};
// @ts-expect-error no such attribute
export const unknownAttribute: Props<'register-button'> = { 'waitlist-url': 'x' };
