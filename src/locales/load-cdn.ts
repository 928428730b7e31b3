/**
 * The CDN builds' language loader: `locales/<code>.js` next to the script. Read here, at the
 * top level, `import.meta.url` is the CDN module's own address; in the classic script Rollup
 * turns it into `document.currentScript.src`, which is only set while the script first runs,
 * hence the constant. A classic script may `import()` a module, so both builds load the same
 * files. The CDN build puts this module in place of ./load.ts.
 */

import type { LanguageLoader } from '../core/i18n/languages.js';

const BASE = new URL('./locales/', import.meta.url).href;

export const loadLanguageModule: LanguageLoader = (code) =>
  import(/* @vite-ignore */ new URL(`${code}.js`, BASE).href);
