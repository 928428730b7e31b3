// Every language module against the English tables: every key, each in the shape its English
// entry needs, every plural category the language has, the English placeholders, and no
// entry left in English by accident. The plural categories expected are written out from
// CLDR's plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
// and checked against what Intl.PluralRules reports, so a change in either shows here.
import { expect } from '@open-wc/testing';
import {
  LANGUAGES,
  intlLocaleFor,
  languageStrings,
  type LanguageCode,
} from '../../src/core/i18n/languages.js';
import { languageStore, type PluralData } from '../../src/core/i18n/language-store.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/pt.js';
import '../../src/locales/zh-Hans.js';
import '../../src/locales/zh-Hant.js';
import '../../src/locales/vi.js';
import '../../src/locales/ko.js';
import '../../src/locales/tl.js';
import '../../src/locales/ar.js';
import '../../src/locales/ru.js';
import '../../src/locales/ht.js';
import { ENGLISH, ENGLISH_TABLES, type EnglishEntry } from './english.js';

const TRANSLATED = LANGUAGES.filter((code) => code !== 'en');

/** CLDR's plural categories per language (Haitian Creole: fr-HT's, see intlLocaleFor). */
const CATEGORIES: Record<Exclude<LanguageCode, 'en'>, string[]> = {
  es: ['one', 'many', 'other'],
  fr: ['one', 'many', 'other'],
  pt: ['one', 'many', 'other'],
  'zh-Hans': ['other'],
  'zh-Hant': ['other'],
  vi: ['other'],
  ko: ['other'],
  tl: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ht: ['one', 'many', 'other'],
};

/** Entries the same as in English on purpose: product names and words a language borrows. */
const SAME_AS_ENGLISH: Partial<Record<LanguageCode, string[]>> = {
  es: ['type.panel', 'googleCalendar'],
  tl: ['online', 'googleCalendar'],
  ht: ['googleCalendar'],
};

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!).sort();

/** Stands in for an entry's parameters: every property read gives `{name}`. */
const PROBE = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? `{${key}}` : undefined) },
);

type Kind = { kind: 'text' } | { kind: 'params'; names: string[] } | { kind: 'count' };

/**
 * What an English entry is: text, a function of named parameters (which read their names off
 * the probe), or a function of a count (which cannot turn the probe into a number).
 */
function kindOf(entry: EnglishEntry): Kind {
  if (typeof entry === 'string') return { kind: 'text' };
  try {
    const names = placeholders(entry(PROBE));
    if (names.length) return { kind: 'params', names };
  } catch {
    // a count function: Intl and template literals cannot convert the probe
  }
  return { kind: 'count' };
}

const isPlural = (value: unknown): value is PluralData =>
  typeof value === 'object' && value !== null;

const data = (code: LanguageCode) => languageStore().get(code)!;

describe('language modules', () => {
  it('register every language but English when imported', () => {
    expect(TRANSLATED.filter((code) => !languageStore().has(code))).to.deep.equal([]);
  });

  for (const code of TRANSLATED) {
    describe(code, () => {
      it('has an entry for every English key and no other', () => {
        const keys = Object.keys(data(code));
        expect(
          Object.keys(ENGLISH).filter((key) => !keys.includes(key)),
          'missing',
        ).to.deep.equal([]);
        expect(
          keys.filter((key) => !(key in ENGLISH)),
          'unknown',
        ).to.deep.equal([]);
      });

      it('gives each entry the shape and placeholders of its English entry', () => {
        for (const [key, english] of Object.entries(ENGLISH)) {
          const entry = data(code)[key];
          const kind = kindOf(english);
          if (kind.kind === 'text') {
            expect(entry, key).to.be.a('string');
            expect(placeholders(entry as string), key).to.deep.equal([]);
          } else if (kind.kind === 'params') {
            expect(entry, key).to.be.a('string');
            expect(placeholders(entry as string), key).to.deep.equal(kind.names);
          } else if (typeof entry === 'string') {
            // A count written into text (the HTTP status): it must show where English shows it.
            expect(placeholders(entry), key).to.deep.equal(['n']);
            expect((english as (n: number) => string)(404), key).to.contain('404');
          } else {
            expect(isPlural(entry), key).to.equal(true);
          }
        }
      });

      it(`has a form for every plural category (${CATEGORIES[code].join(', ')})`, () => {
        const reported = new Intl.PluralRules(intlLocaleFor(code)).resolvedOptions()
          .pluralCategories;
        expect([...reported].sort(), 'Intl.PluralRules').to.deep.equal(
          [...CATEGORIES[code]].sort(),
        );
        for (const [key, entry] of Object.entries(data(code))) {
          if (!isPlural(entry)) continue;
          expect(Object.keys(entry).sort(), key).to.deep.equal([...CATEGORIES[code]].sort());
          for (const [category, form] of Object.entries(entry)) {
            expect(placeholders(form), `${key}.${category}`).to.deep.equal([]);
            // zero, one and two may spell the number out ("جلستين"); the rest show it.
            if (!['zero', 'one', 'two'].includes(category))
              expect(form, `${key}.${category}`).to.contain('#');
          }
        }
      });

      it('leaves nothing in English by accident', () => {
        const same = Object.entries(ENGLISH)
          .filter(([key, english]) => {
            const entry = data(code)[key];
            if (typeof english === 'string') return entry === english;
            const kind = kindOf(english);
            if (kind.kind === 'params') return entry === english(PROBE);
            const forms = isPlural(entry) ? Object.values(entry) : [entry];
            return forms.some((form) => form === english(7).replace('7', '#'));
          })
          .map(([key]) => key);
        expect(same).to.deep.equal(SAME_AS_ENGLISH[code] ?? []);
      });

      it('compiles into complete tables whose texts have no markup left', () => {
        for (const [name, table] of Object.entries(ENGLISH_TABLES)) {
          const compiled = languageStrings(code, table)! as Record<string, EnglishEntry>;
          expect(Object.keys(compiled).sort(), name).to.deep.equal(Object.keys(table).sort());
          for (const [key, entry] of Object.entries(compiled)) {
            const kind = kindOf(table[key]!);
            const texts =
              typeof entry === 'string'
                ? [entry]
                : kind.kind === 'params'
                  ? [entry(Object.fromEntries(kind.names.map((n) => [n, 'X'])))]
                  : [0, 1, 2, 3, 5, 11, 100, 1.5, 1_000_000, undefined, 404].map((n) => entry(n));
            for (const text of texts) expect(text, `${name}.${key}`).not.to.match(/[{}#[\]]/);
          }
        }
      });
    });
  }
});
