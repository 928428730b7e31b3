/** Registers <course-schedule> (repeat-safe; the first copy of the library on a page wins). */
import { CourseScheduleElement } from './course-schedule.js';

CourseScheduleElement.define();

export { CourseScheduleElement };
