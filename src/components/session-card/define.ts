/** Registers <session-card> (repeat-safe; the first copy of the library on a page wins). */
import { SessionCardElement } from './session-card.js';

SessionCardElement.define();

export { SessionCardElement };
