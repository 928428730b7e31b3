/**
 * JSX typings for the four elements, not tied to any framework: for each tag, the string
 * attributes (kebab-case, as in HTML), the element's public properties (camelCase, with
 * their real types: `course` takes an object) and its events as `on<event-name>` handlers,
 * the spelling React 19 listens to on custom elements.
 *
 * React 19 users import `course-widgets/react` once (see src/react.ts), which adds these to
 * `React.JSX.IntrinsicElements`. Other JSX frameworks can add `CourseWidgetsElements` to
 * their own `IntrinsicElements` the same way. Types only: this module has no runtime code.
 */
import type { LitElement } from 'lit';
import type { CountdownTimerElement } from './components/countdown-timer/countdown-timer.js';
import type { CourseScheduleElement } from './components/course-schedule/course-schedule.js';
import type { RegisterButtonElement } from './components/register-button/register-button.js';
import type { SessionCardElement } from './components/session-card/session-card.js';
import type { CountdownEndEvent } from './events/countdown-end.js';
import type { CourseErrorEvent } from './events/course-error.js';
import type { CourseLoadEvent } from './events/course-load.js';
import type { RegisterClickEvent } from './events/register-click.js';

/**
 * The element's public, non-method instance members beyond LitElement's: its properties,
 * typed as the class declares them. Derived from the class, so a new property needs no
 * edit here.
 */
export type ElementProperties<E> = {
  [
    K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown
      ? never
      : K
  ]?: E[K];
};

/**
 * `{ 'course-load': CourseLoadEvent }` -> `{ 'oncourse-load'?: (event: CourseLoadEvent) => void }`.
 */
export type EventHandlers<Events> = {
  [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void;
};

/** Attributes every element has (`lang` is the native one, read like `time-zone`). */
export interface CourseElementAttributes {
  /** URL of the course JSON. */
  src?: string;
  /** IANA zone to show times in; inherited from the closest ancestor with the attribute. */
  'time-zone'?: string;
  /** Show the element as at this instant (`2021-10-13T18:00:00Z`). */
  now?: string;
  /** Seconds between refreshes of `src`. */
  refresh?: number | string;
}

/** Events every element fires. */
export interface CourseElementEvents {
  'course-load': CourseLoadEvent;
  'course-error': CourseErrorEvent;
}

/** What JSX accepts on an element: attributes, properties, event handlers. */
export type CourseWidgetProps<E, Attributes, Events> = Omit<
  Attributes,
  keyof ElementProperties<E>
> &
  ElementProperties<E> &
  EventHandlers<Events>;

export interface CourseScheduleAttributes extends CourseElementAttributes {
  'heading-level'?: number | string;
  'hide-title'?: boolean;
  'hide-summary'?: boolean;
  /** Write the course's schema.org data (JSON-LD) into the page, after the element. */
  'structured-data'?: boolean;
}

export interface SessionCardAttributes extends CourseElementAttributes {
  'session-id'?: string;
  'heading-level'?: number | string;
}

export interface RegisterButtonAttributes extends CourseElementAttributes {
  href?: string;
  opens?: string;
  closes?: string;
  status?: string;
  'waitlist-href'?: string;
  'course-title'?: string;
}
export interface RegisterButtonEvents extends CourseElementEvents {
  'register-click': RegisterClickEvent;
}

export interface CountdownTimerAttributes extends CourseElementAttributes {
  to?: string;
  label?: string;
  'session-id'?: string;
  seconds?: boolean;
  format?: string;
}
export interface CountdownTimerEvents extends CourseElementEvents {
  'countdown-end': CountdownEndEvent;
}

/** Each tag's JSX props, keyed by tag: add to your framework's `IntrinsicElements`. */
export interface CourseWidgetsElements {
  'course-schedule': CourseWidgetProps<
    CourseScheduleElement,
    CourseScheduleAttributes,
    CourseElementEvents
  >;
  'session-card': CourseWidgetProps<SessionCardElement, SessionCardAttributes, CourseElementEvents>;
  'register-button': CourseWidgetProps<
    RegisterButtonElement,
    RegisterButtonAttributes,
    RegisterButtonEvents
  >;
  'countdown-timer': CourseWidgetProps<
    CountdownTimerElement,
    CountdownTimerAttributes,
    CountdownTimerEvents
  >;
}
