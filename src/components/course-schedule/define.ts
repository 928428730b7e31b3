/** Registers <course-schedule> (repeat-safe; the first copy of the library on a page wins). */
import { CourseScheduleElement } from './course-schedule.js';

CourseScheduleElement.define();

export { CourseScheduleElement };
// Its events' types, whose HTMLElementEventMap entries come with them: `import '.../define'`
// alone types addEventListener('course-load', (e) => e.course).
export type { CourseErrorEvent, CourseLoadEvent } from '../../events/index.js';
