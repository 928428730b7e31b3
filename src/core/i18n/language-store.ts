/**
 * Where translated UI strings live once they have arrived: one map per page, on
 * `globalThis` under a registered symbol. Pure apart from that one shared map.
 *
 * Why a global: a language module (src/locales/<code>.ts) registers itself when imported,
 * and the same file must work for the npm build (a module of the package), the CDN module
 * and the classic CDN script (loaded from next to them, with the library bundled inside
 * them, so there is no shared module to import). With the map on a registered symbol every
 * copy of the library on a page (an npm bundle and a CDN script, two versions) sees every
 * language any of them loaded, and a language module needs nothing but this file, which
 * minifies to a few dozen bytes.
 */

/** Plural forms by CLDR category; `other` is required, `#` stands for the formatted count. */
export type PluralData = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * One language's UI strings as data, keyed by the English tables' key names. An entry is
 * plain text, text with `{name}` placeholders (for entries that take named parameters, or
 * `{n}` for a lone number, with `[...]` around a part to leave out when its placeholder has
 * no value), or plural forms. See src/locales/README.md.
 */
export type LanguageData = Readonly<Record<string, string | PluralData>>;

const STORE_KEY = Symbol.for('course-widgets.languages');

type Store = Map<string, LanguageData>;

/** The page's map of language code to strings, made on first use. */
export function languageStore(): Store {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: Store };
  return (holder[STORE_KEY] ??= new Map());
}

/**
 * Registers `data` as language `code` and returns it: what every language module does when
 * it is imported (`export default defineLanguage('vi', { ... })`). A later registration of
 * the same code replaces the earlier one.
 */
export function defineLanguage<T extends LanguageData>(code: string, data: T): T {
  languageStore().set(code, data);
  return data;
}
