/** Registers <session-card> (repeat-safe; the first copy of the library on a page wins). */
import { SessionCardElement } from './session-card.js';

SessionCardElement.define();

export { SessionCardElement };
// Its events' types, whose HTMLElementEventMap entries come with them: `import '.../define'`
// alone types addEventListener('course-load', (e) => e.course).
export type { CourseErrorEvent, CourseLoadEvent } from '../../events/index.js';
