/** Registers <register-button> (repeat-safe; the first copy of the library on a page wins). */
import { RegisterButtonElement } from './register-button.js';

RegisterButtonElement.define();

export { RegisterButtonElement };
// Its events' types, whose HTMLElementEventMap entries come with them: `import '.../define'`
// alone types addEventListener('course-load', (e) => e.course).
export type { CourseErrorEvent, CourseLoadEvent, RegisterClickEvent } from '../../events/index.js';
