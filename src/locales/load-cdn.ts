/**
 * The CDN builds' language loader: `locales/<code>.js` next to the script (see
 * internal/cdn-address.ts). The CDN build puts this module in place of ./load.ts.
 */

import type { LanguageLoader } from '../core/i18n/languages.js';
import { importBesideScript } from '../internal/cdn-address.js';

export const loadLanguageModule: LanguageLoader = (code) =>
  importBesideScript(`locales/${code}.js`);
