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
  course: { version: 1, title: 'x', timeZone: 'Europe/Paris', sessions: [] },
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

// The camelCase property names React 19 sets on custom elements are offered and checked.
export const camelCase: Props<'session-card'> = {
  timeZone: 'Europe/Paris',
  sessionId: 's1',
  headingLevel: 3,
};
export const countdownProperties: Props<'countdown-timer'> = { sessionId: 's1', timeZone: 'UTC' };
// @ts-expect-error a misspelt camelCase name is caught (TypeScript checks names without a hyphen)
export const misspeltProperty: Props<'session-card'> = { timeZon: 'Europe/Paris' };
// @ts-expect-error sessionId is a string
export const wrongSessionId: Props<'session-card'> = { sessionId: 42 };

// `course` is typed with the input format, CourseData (generated from course.schema.json).
const session = { id: 's1', title: 'Opening', start: '2021-10-13T14:00', end: '2021-10-13T15:00' };
export const typedCourse: Props<'course-schedule'> = {
  course: { title: 'Course', timeZone: 'America/New_York', sessions: [session] },
};
export const epochStart: Props<'course-schedule'> = {
  course: {
    title: 'Course',
    timeZone: 'America/New_York',
    // @ts-expect-error start is a date-time string in the course's zone, not epoch ms
    sessions: [{ ...session, start: 1634133600000 }],
  },
};
export const numberTitle: Props<'course-schedule'> = {
  // @ts-expect-error a title is text
  course: { title: 42, timeZone: 'America/New_York', sessions: [] },
};
export const unknownType: Props<'course-schedule'> = {
  course: {
    title: 'Course',
    timeZone: 'America/New_York',
    // @ts-expect-error type is one of the session types
    sessions: [{ ...session, type: 'lecture' }],
  },
};
