/**
 * UI strings: locale negotiation and a tiny typed string-table mechanism. Pure: answers
 * depend only on the arguments (the only state is the shared `Intl` memo). A table is
 * `{ en, es }` where `en` is complete and `es` may leave keys out; an entry is a string, a
 * function of a count (plurals, through `Intl.PluralRules`) or a function of named
 * parameters. `pickStrings` gives an element the table for its locale, English for any
 * missing key, with the page author's per-element overrides on top.
 */

import { cachedFormat } from '../time/intl.js';

/** The languages the UI is written in. Any other locale still formats dates its own way. */
export type Lang = 'en' | 'es';

/** A string, or text built from a count or from named parameters. */
export type Entry = string | ((arg: never) => string);

/** `T` is the English table's type: every key, each a string or a function. */
export interface StringTable<T extends { [K in keyof T]: Entry }> {
  en: T;
  es: Partial<T>;
}

/**
 * Per-element replacements. A function entry may be replaced by a plain string (from an
 * attribute's JSON, say): `{name}` in it is filled from the parameters, `{n}` with a count.
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

/** The UI language for a locale: Spanish for `es` and any `es-*`, else English. */
export const languageOf = (locale: string): Lang => (/^es(-|$)/i.test(locale) ? 'es' : 'en');

/** Plural forms by CLDR category; `other` is required, `#` stands for the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` that `n` takes in `lang`, with `#` replaced by `n` in that language's
 * digits (`1,000` / `1000`). Categories a language has but `forms` lacks (Spanish `many`,
 * used for a million) fall back to `other`.
 */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  const text = forms[cachedFormat(Intl.PluralRules, lang).select(count)] ?? forms.other;
  return text.replace(/#/g, cachedFormat(Intl.NumberFormat, lang).format(count));
}

/** A plain-string override of a function entry: `{key}` from the parameters, `{n}` the count. */
const fill =
  (text: string) =>
  (arg: unknown): string =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value =
        arg !== null && typeof arg === 'object'
          ? Object.hasOwn(arg, key)
            ? (arg as Record<string, unknown>)[key]
            : undefined
          : key === 'n'
            ? arg
            : undefined;
      return value === undefined || value === null ? whole : String(value);
    });

/**
 * `candidate` when it can stand in for `base`, else undefined (untrusted overrides are checked
 * here).
 */
function usable(base: Entry, candidate: unknown): Entry | undefined {
  if (typeof candidate === typeof base) return candidate as Entry;
  if (typeof candidate === 'string' && typeof base === 'function') return fill(candidate);
  return undefined;
}

const picked = new WeakMap<object, Partial<Record<Lang, object>>>();

/**
 * The strings for `locale`: the table's language, English for any key it lacks, then
 * `overrides`. Only the English table's keys are read, so an override object from a page
 * (even one built from JSON with `__proto__` in it) adds nothing else; an override of the
 * wrong type is ignored. Without overrides the result is shared: treat it as read-only.
 */
export function pickStrings<T extends { [K in keyof T]: Entry }>(
  table: StringTable<T>,
  locale: string,
  overrides?: Overrides<T> | null,
): T {
  const lang = languageOf(locale);
  let byLang = picked.get(table);
  if (!byLang) picked.set(table, (byLang = {}));
  let base = byLang[lang] as T | undefined;
  if (!base) byLang[lang] = base = merge(table.en, table[lang]);
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
