/**
 * The package root: what a page or an app needs, and nothing that registers an element.
 * Importing from here defines no tag (`sideEffects` in package.json lists only the define
 * files), so a bundler keeps only what a page uses. To register, import
 * `course-widgets/define` (all four) or `course-widgets/<tag>/define` (one), or call
 * `SomeElement.define(tag?)`. Helpers that exist for the library's own tests are not here.
 */

// Elements (classes only: nothing is registered), their shared base and registration.
export { CourseScheduleElement } from './components/course-schedule/course-schedule.js';
export { SessionCardElement } from './components/session-card/session-card.js';
export { RegisterButtonElement } from './components/register-button/register-button.js';
export { CountdownTimerElement } from './components/countdown-timer/countdown-timer.js';
export { CourseElement } from './internal/course-element.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';

// Events, one class per event.
export * from './events/index.js';

// The course model (the JSON as written, `CourseData`; the parsed `Course`), its parser and its
// error type.
export type * from './core/course/data.js';
export type * from './core/course/types.js';
export { SESSION_TYPES, SESSION_STATUSES, REGISTRATION_STATUSES } from './core/course/types.js';
export { parseCourse } from './core/course/parse.js';
export {
  COURSE_ERROR_KINDS,
  CourseError,
  isCourseError,
  type CourseErrorKind,
  type CourseErrorDetails,
} from './core/course/errors.js';
export { safeUrl } from './core/course/url.js';
export {
  registrationState,
  type RegistrationInput,
  type RegistrationState,
  type RegistrationStateName,
} from './core/course/registration.js';

// Calendar export.
export {
  courseToIcs,
  sessionToIcs,
  googleCalendarUrl,
  icsFileName,
  icsDataUrl,
} from './core/course/ics.js';
export type { IcsOptions, IcsLabels } from './core/course/ics.js';

// For authors and their tools: the checker with field paths, the embed snippet and schema.org
// structured data. Pure and dependency-free (the .ics import, which needs an iCalendar parser,
// stays with the builder page and the `course-widgets` command).
export { checkCourse, type CheckResult, type Problem as CheckProblem } from './authoring/check.js';
export { embedSnippet, type EmbedOptions, type EmbedTag } from './authoring/embed.js';
export { courseJsonLd, jsonLdScript, type JsonLdOptions } from './core/course/jsonld.js';

// Time: zone math, strict parsing, display strings, countdowns and session phases.
export { wallTimeToInstant, timeZoneProblem } from './core/time/zoned.js';
export { parseDateTime, type DateTimeResult } from './core/time/parse.js';
export {
  formatDate,
  formatTime,
  formatDateTime,
  formatTimeRange,
  zoneLabel,
  formatDuration,
  formatRelative,
  type DisplayContext,
} from './core/time/format.js';
export { formatCountdown } from './core/time/countdown.js';
export { sessionPhase, nextSession, type SessionPhase } from './core/time/status.js';
export { resolveLocale, type LanguageCode, type Overrides } from './core/i18n/index.js';
export type { Clock, Granularity } from './controllers/clock.js';
