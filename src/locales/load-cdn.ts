/**
 * The CDN builds' language loader: `locales/<code>.js` next to the script. Read here, at the
 * top level, `import.meta.url` is the CDN module's own address; in the classic script it is
 * `document.currentScript.src`, which is only set while the script first runs, hence the
 * constant. It is resolved when a language is asked for, so an address that cannot hold a
 * relative one (a `blob:` copy of the script) fails that load, leaving English, not the
 * script. A classic script may `import()` a module, so both builds load the same files. The
 * CDN build puts this module in place of ./load.ts.
 */

import type { LanguageLoader } from '../core/i18n/languages.js';

const SCRIPT = import.meta.url;

export const loadLanguageModule: LanguageLoader = (code) =>
  import(/* @vite-ignore */ new URL(`locales/${code}.js`, SCRIPT).href);
