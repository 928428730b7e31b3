/**
 * The UI languages beyond English: which one a locale asks for, loading it once per page
 * through a loader the build supplies, and turning its data (src/locales/<code>.ts) into
 * entries of the shape an English table has. Pure: no DOM, no timers; the only state is the
 * page's language map (./language-store.ts), the in-flight loads and the compiled tables.
 *
 * English is built into every element. Every other language is a small module of data,
 * fetched only when a page asks for it: the npm build imports it (`import('./vi.js')`), the
 * CDN module and the classic script load it from next to themselves, and a page may preload
 * it (by importing `course-widgets/locales/vi`). A language that fails to load leaves English in
 * place, with no error state.
 */

import { cachedFormat } from '../time/intl.js';
import { resolveLocale } from './index.js';
import { languageStore, type LanguageData, type PluralData } from './language-store.js';

/** Every UI language, English first: BCP 47 codes, and the file names of src/locales/. */
export const LANGUAGES = [
  'en',
  'es',
  'fr',
  'pt',
  'zh-Hans',
  'zh-Hant',
  'vi',
  'ko',
  'tl',
  'ar',
  'ru',
  'ht',
] as const;

export type LanguageCode = (typeof LANGUAGES)[number];

/** Regions whose Chinese is written in Traditional characters when the tag names no script. */
const TRADITIONAL_REGIONS = /^(TW|HK|MO)$/;

/**
 * Where `Intl` has no data for a language tag, the locale its dates and numbers are
 * formatted in: Haiti's French for Haitian Creole (no engine has Creole data), whose month
 * and day names a Creole reader recognises (oktòb / octobre), rather than the browser's
 * default; Filipino's own tag for Tagalog, which Chromium maps by itself and WebKit only
 * knows as `fil`.
 */
const INTL_FALLBACK: Partial<Record<LanguageCode, string>> = { ht: 'fr-HT', tl: 'fil' };

/**
 * The UI language for a BCP 47 tag, English when it names none of ours. Regional variants
 * share a language (`pt-BR` and `pt-PT` -> `pt`, `es-419` -> `es`, `fr-CA` -> `fr`);
 * Filipino and Tagalog are one (`fil`, `tl` -> `tl`); Chinese goes by script, then by region
 * (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` -> `zh-Hant`; `zh`, `zh-Hans`, `zh-CN`, `zh-SG` ->
 * `zh-Hans`), and Cantonese (`yue`) reads Traditional unless its tag says Simplified.
 */
export function languageFor(locale: string | null | undefined): LanguageCode {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(
      String(locale ?? '')
        .trim()
        .replace(/_/g, '-'),
    );
  } catch {
    return 'en'; // empty or malformed
  }
  const { language, script, region } = parsed;
  if (language === 'zh' || language === 'yue') {
    const traditional = script
      ? script === 'Hant'
      : language === 'yue'
        ? region !== 'CN'
        : TRADITIONAL_REGIONS.test(region ?? '');
    return traditional ? 'zh-Hant' : 'zh-Hans';
  }
  // Every other language is named by its primary subtag alone; regional variants share it.
  const code = language === 'fil' ? 'tl' : language;
  return (LANGUAGES as readonly string[]).includes(code) ? (code as LanguageCode) : 'en';
}

/** Which way a language is written: for `dir` on an element's root. */
export const directionOf = (code: LanguageCode): 'rtl' | 'ltr' => (code === 'ar' ? 'rtl' : 'ltr');

/**
 * The locale to hand `Intl` for a tag: the tag itself when `Intl` can format in it (see
 * `resolveLocale`), else its language's stand-in (`ht` -> `fr-HT`), else `en`.
 */
export const intlLocaleFor = (locale: string | null | undefined): string =>
  resolveLocale(locale, INTL_FALLBACK[languageFor(locale)] ?? 'en');

/** Imports a language module; how depends on the build (src/locales/load.ts, load-cdn.ts). */
export type LanguageLoader = (code: LanguageCode) => Promise<unknown>;

const loads = new Map<LanguageCode, Promise<boolean>>();

/** Whether `code`'s strings are here (English always is). */
export const hasLanguage = (code: LanguageCode): boolean =>
  code === 'en' || languageStore().has(code);

/**
 * Makes `code`'s strings available, at most one load per language and page however many
 * elements ask: resolves `true` once they are registered, `false` when the loader failed or
 * brought no usable data (the elements then stay in English). Never rejects.
 */
export function loadLanguage(code: LanguageCode, loader: LanguageLoader): Promise<boolean> {
  if (hasLanguage(code)) return Promise.resolve(true);
  let load = loads.get(code);
  if (!load) {
    load = Promise.resolve()
      .then(() => loader(code))
      .then(
        (module) => {
          // A language module registers itself; a CDN file only exports its data (its entries
          // are checked as they are compiled, see compileEntry).
          const data = (module as { default?: unknown } | null)?.default;
          if (!languageStore().has(code) && data && typeof data === 'object')
            languageStore().set(code, data as LanguageData);
        },
        () => undefined, // offline, blocked by CSP, a 404: English stays
      )
      .then(() => languageStore().has(code));
    loads.set(code, load);
  }
  return load;
}

/** An entry of an English table: text, or a function of a count or of named parameters. */
type Entry = string | ((arg: never) => string);

/** Compiled tables per English table, by language and locale, with the data they came from. */
const compiled = new WeakMap<object, Map<string, [LanguageData, object]>>();

/**
 * `english`'s keys in language `code`, from its registered data: undefined until the
 * language has arrived (and for English). A key the data lacks, or gives in a shape that
 * cannot stand in for the English entry, is left out, so English shows through for it.
 * Counts are written in `locale`'s digits, so pass the locale the element formats its dates
 * in: `ar` writes 12, `ar-EG` ١٢. Kept per English table, language and locale (until the
 * language is registered again): treat the result as read-only.
 */
export function languageStrings<T extends { [K in keyof T]: Entry }>(
  code: LanguageCode,
  english: T,
  locale: string = intlLocaleFor(code),
): Partial<T> | undefined {
  const data = code === 'en' ? undefined : languageStore().get(code);
  if (!data) return undefined;
  let byKey = compiled.get(english);
  if (!byKey) compiled.set(english, (byKey = new Map()));
  const key = `${code}|${locale}`;
  let kept = byKey.get(key);
  if (kept?.[0] !== data) {
    const table: Partial<T> = {};
    for (const key of Object.keys(english) as (keyof T & string)[]) {
      const entry = Object.hasOwn(data, key)
        ? compileEntry(english[key], data[key], locale)
        : undefined;
      if (entry !== undefined) table[key] = entry as T[typeof key];
    }
    byKey.set(key, (kept = [data, table]));
  }
  return kept[1] as Partial<T>;
}

/** Does `value` look like plural forms (an object with string values and an `other`)? */
const isPlural = (value: unknown): value is PluralData =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as PluralData).other === 'string' &&
  Object.values(value).every((form) => typeof form === 'string');

/**
 * One data entry in the shape of `english`: text for text; for a function, plural forms
 * become a function of the count and text with placeholders a function of the parameters.
 */
export function compileEntry(english: Entry, data: unknown, locale: string): Entry | undefined {
  if (typeof english === 'string') return typeof data === 'string' ? data : undefined;
  if (typeof data === 'string') return fillPlaceholders(data);
  if (isPlural(data)) return (count: number) => pluralText(locale, count, data);
  return undefined;
}

/**
 * The form of `forms` that `count` takes in `locale`, with `#` replaced by the count in that
 * locale's digits and grouping. A category the forms lack falls back to `other`.
 */
export function pluralText(locale: string, count: number, forms: PluralData): string {
  const form = forms[cachedFormat(Intl.PluralRules, locale).select(count)] ?? forms.other;
  return form.replace(/#/g, cachedFormat(Intl.NumberFormat, locale).format(count));
}

/** The argument's value for placeholder `key`: an own property, or the lone value for `n`. */
const argumentValue = (arg: unknown, key: string): unknown =>
  arg !== null && typeof arg === 'object'
    ? Object.hasOwn(arg, key)
      ? (arg as Record<string, unknown>)[key]
      : undefined
    : key === 'n'
      ? arg
      : undefined;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Text with `{name}` placeholders as a function of its argument: an object's properties, or
 * `{n}` for a lone number. A part in `[...]` is kept, without its brackets, only when each
 * placeholder in it has a value that is not empty or zero, as English writes `status ?`:
 * `Could not load[ (HTTP {n})].` A placeholder with no value (undefined or null) elsewhere
 * stays as written, so a mistake shows instead of vanishing.
 */
export const fillPlaceholders =
  (text: string) =>
  (arg: unknown): string =>
    text
      .replace(/\[([^\]]*)\]/g, (_whole, part: string) =>
        [...part.matchAll(PLACEHOLDER)].every(([, key = '']) => argumentValue(arg, key))
          ? part
          : '',
      )
      .replace(PLACEHOLDER, (whole, key: string) => String(argumentValue(arg, key) ?? whole));
