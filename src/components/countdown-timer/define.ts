/** Registers <countdown-timer> (repeat-safe; the first copy of the library on a page wins). */
import { CountdownTimerElement } from './countdown-timer.js';

CountdownTimerElement.define();

export { CountdownTimerElement };
// Its events' types, whose HTMLElementEventMap entries come with them: `import '.../define'`
// alone types addEventListener('course-load', (e) => e.course).
export type { CountdownEndEvent, CourseErrorEvent, CourseLoadEvent } from '../../events/index.js';
