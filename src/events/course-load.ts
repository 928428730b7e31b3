import type { Course, CourseIssue } from '../core/course/types.js';

/**
 * Fired by an element when its course data has loaded (or reloaded) and rendered data is
 * about to change. Bubbles and crosses shadow roots. The data is on the event's fields
 * (not `detail`): `event.course`, `event.issues`.
 */
export class CourseLoadEvent extends Event {
  static readonly type = 'course-load';
  constructor(
    readonly course: Course,
    /** What in the document was skipped or dropped (empty when it was used as written). */
    readonly issues: readonly CourseIssue[],
  ) {
    super(CourseLoadEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'course-load': CourseLoadEvent;
  }
}
