/**
 * React 19 JSX typings: `import 'course-widgets/react'` once (or add it to `types` in
 * tsconfig.json) and `<register-button src=... oncourse-load={...}>` is type-checked:
 * attributes, properties (React 19 sets them when the element has them: `course={data}`)
 * and events (`on` + the event's name, which React 19 listens for on custom elements).
 *
 * Opt-in on purpose: this file augments the `react` module, so it needs @types/react, which
 * every React + TypeScript project has and nobody else should need. The rest of the
 * package never imports it. For React 18, which passes only strings as attributes and
 * attaches no custom-event listeners, use attributes and `ref` + `addEventListener`.
 * Types only: this module has no runtime code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CountdownTimerElement } from './components/countdown-timer/countdown-timer.js';
import type { CourseScheduleElement } from './components/course-schedule/course-schedule.js';
import type { RegisterButtonElement } from './components/register-button/register-button.js';
import type { SessionCardElement } from './components/session-card/session-card.js';
import type { CourseWidgetsElements } from './jsx.js';

/** React's own props for an HTML element (ref, key, className, style, children...) plus ours. */
type ReactProps<E extends HTMLElement, Ours> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof Ours
> &
  Ours;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'course-schedule': ReactProps<
        CourseScheduleElement,
        CourseWidgetsElements['course-schedule']
      >;
      'session-card': ReactProps<SessionCardElement, CourseWidgetsElements['session-card']>;
      'register-button': ReactProps<
        RegisterButtonElement,
        CourseWidgetsElements['register-button']
      >;
      'countdown-timer': ReactProps<
        CountdownTimerElement,
        CourseWidgetsElements['countdown-timer']
      >;
    }
  }
}
