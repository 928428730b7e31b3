import type { Course, CourseIssue } from '../core/course/types.js';

/**
 * Fired by an element when its course data has loaded (or reloaded) and rendered data is
 * about to change. Bubbles and crosses shadow roots. `detail` mirrors the fields for code
 * written against `CustomEvent`.
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
  get detail(): { course: Course; issues: readonly CourseIssue[] } {
    return { course: this.course, issues: this.issues };
  }
}

declare global {
  interface HTMLElementEventMap {
    'course-load': CourseLoadEvent;
  }
}
