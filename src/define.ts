/**
 * Registers all four elements under their default tags (repeat-safe: when another copy of
 * the library already holds a tag, it is left in place with one console warning) and
 * exports their classes, e.g. to register one again under another name:
 * `SessionCardElement.define('library-session-card')`. This is also the CDN scripts' entry.
 */
export { CourseScheduleElement } from './components/course-schedule/define.js';
export { SessionCardElement } from './components/session-card/define.js';
export { RegisterButtonElement } from './components/register-button/define.js';
export { CountdownTimerElement } from './components/countdown-timer/define.js';
