/** Registers <countdown-timer> (repeat-safe; the first copy of the library on a page wins). */
import { CountdownTimerElement } from './countdown-timer.js';

CountdownTimerElement.define();

export { CountdownTimerElement };
