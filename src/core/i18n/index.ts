/**
 * UI strings: locale negotiation and a tiny typed string-table mechanism. Pure: answers
 * depend only on the arguments (the only state is the shared `Intl` memo and the page's
 * registered languages). A table is `{ en }`, the complete English entries; every other
 * language is data loaded on demand (src/locales/, see ./languages.ts). An entry is a string,
 * a function of a count (plurals, through `Intl.PluralRules`) or a function of named
 * parameters. `pickStrings` gives an element the table for its language, English for any
 * missing key, with the page author's per-element overrides on top.
 */

import { fillPlaceholders, languageStrings, type LanguageCode } from './languages.js';

export type { LanguageCode } from './languages.js';

/** A string, or text built from a count or from named parameters. */
export type Entry = string | ((arg: never) => string);

/** `T` is the English table's type: every key, each a string or a function. */
export interface StringTable<T extends { [K in keyof T]: Entry }> {
  en: T;
}

/**
 * Per-element replacements. A function entry may be replaced by a plain string (from an
 * attribute's JSON, say): `{name}` in it is filled from the parameters, `{n}` with a count,
 * and a part in `[...]` is left out when its placeholder has no value.
 */
export type Overrides<T> = { [K in keyof T]?: T[K] | string };

/**
 * A BCP 47 tag `Intl` can format in, canonicalised (`es-mx` -> `es-MX`, `en_US` -> `en-US`).
 * Anything else (empty, malformed such as `xx-!!` or `123`, well-formed but unknown such
 * as `xx` or `und`) gives `fallback` instead of throwing: an unknown language would
 * otherwise format dates in the browser's default locale next to English words.
 */
export function resolveLocale(lang: string | null | undefined, fallback = 'en'): string {
  try {
    const [tag] = Intl.DateTimeFormat.supportedLocalesOf(lang?.trim().replace(/_/g, '-') || []);
    if (tag) return tag;
  } catch {
    // RangeError for a malformed tag, TypeError for a non-string from untyped callers
  }
  return fallback === 'en' ? 'en' : resolveLocale(fallback);
}

/**
 * `candidate` when it can stand in for `base`, else undefined (untrusted overrides are checked
 * here).
 */
function usable(base: Entry, candidate: unknown): Entry | undefined {
  if (typeof candidate === typeof base) return candidate as Entry;
  if (typeof candidate === 'string' && typeof base === 'function')
    return fillPlaceholders(candidate);
  return undefined;
}

/** Merged bases, per compiled language table (each belongs to one English table). */
const picked = new WeakMap<object, object>();

/**
 * The strings for `language`: its registered data (counts in `locale`'s digits), English for
 * any key it lacks or while it has not arrived, then `overrides`. Only the English table's
 * keys are read, so an override object from a page (even one built from JSON with
 * `__proto__` in it) adds nothing else; an override of the wrong type is ignored. Without
 * overrides the result is shared: treat it as read-only.
 */
export function pickStrings<T extends { [K in keyof T]: Entry }>(
  table: StringTable<T>,
  language: LanguageCode,
  locale: string,
  overrides?: Overrides<T> | null,
): T {
  const translated = languageStrings(language, table.en, locale);
  let base = table.en;
  if (translated) {
    base = (picked.get(translated) as T | undefined) ?? merge(table.en, translated);
    picked.set(translated, base);
  }
  return overrides ? merge(base, overrides) : base;
}

function merge<T extends { [K in keyof T]: Entry }>(base: T, over: object): T {
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof T)[]) {
    const value = Object.hasOwn(over, key) ? usable(base[key], (over as T)[key]) : undefined;
    if (value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}
