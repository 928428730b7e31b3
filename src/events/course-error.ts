import type { CourseError } from '../core/course/errors.js';

/**
 * Fired when course data could not be loaded or used. Never fired for a cancelled load.
 * When the element still shows earlier data (a failed refresh), `stale` is true.
 */
export class CourseErrorEvent extends Event {
  static readonly type = 'course-error';
  constructor(
    readonly error: CourseError,
    readonly stale = false,
  ) {
    super(CourseErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'course-error': CourseErrorEvent;
  }
}
