/**
 * The npm build's language loader: one static `import()` per language, so every bundler
 * (Vite, webpack, Rollup, esbuild) sees each module and splits it into a chunk of its own,
 * fetched only when a page asks for that language. The CDN build swaps this module for
 * ./load-cdn.ts, which loads the same files from next to the script.
 */

import type { LanguageCode, LanguageLoader } from '../core/i18n/languages.js';

const MODULES: Record<Exclude<LanguageCode, 'en'>, () => Promise<unknown>> = {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  pt: () => import('./pt.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
  vi: () => import('./vi.js'),
  ko: () => import('./ko.js'),
  tl: () => import('./tl.js'),
  ar: () => import('./ar.js'),
  ru: () => import('./ru.js'),
  ht: () => import('./ht.js'),
};

export const loadLanguageModule: LanguageLoader = (code) =>
  code === 'en' ? Promise.resolve() : MODULES[code]();
