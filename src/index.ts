/**
 * The package root: everything public, and nothing that registers an element. Importing
 * from here defines no tag (`sideEffects` in package.json lists only the define files), so
 * a bundler keeps only what a page uses. To register, import `course-widgets/define` (all
 * four) or `course-widgets/<tag>/define` (one), or call `SomeElement.define(tag?)`.
 */

// Core: the course model and parser, time helpers, calendar export.
export * from './core/course/index.js';
export * from './core/time/index.js';
export {
  courseToIcs,
  sessionToIcs,
  googleCalendarUrl,
  icsFileName,
  icsDataUrl,
} from './core/course/ics.js';
export type { IcsOptions, IcsLabels } from './core/course/ics.js';
export { resolveLocale } from './core/i18n/index.js';
export type { Lang, Overrides } from './core/i18n/index.js';

// Events, one class per event.
export * from './events/index.js';

// Elements (classes only: nothing is registered) and their shared base.
export { CourseScheduleElement } from './components/course-schedule/course-schedule.js';
export { SessionCardElement } from './components/session-card/session-card.js';
export { RegisterButtonElement } from './components/register-button/register-button.js';
export { CountdownTimerElement } from './components/countdown-timer/countdown-timer.js';
export { CourseElement } from './internal/course-element.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';
export type { Clock, Granularity } from './controllers/clock.js';
