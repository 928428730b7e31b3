/** Registers <register-button> (repeat-safe; the first copy of the library on a page wins). */
import { RegisterButtonElement } from './register-button.js';

RegisterButtonElement.define();

export { RegisterButtonElement };
