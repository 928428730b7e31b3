// The glossary fixes each key term per language; the entries that name the term must use it.
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/core/i18n/languages.js';
import { languageStore } from '../../src/core/i18n/language-store.js';
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

interface Glossary {
  terms: Record<string, Record<string, string[]>>;
  usedIn: Record<string, string[]>;
}
// Read over HTTP as a translator's tool would: the elements never ship it.
const { terms, usedIn } = (await (
  await fetch(new URL('../../src/locales/glossary.json', import.meta.url))
).json()) as Glossary;

describe('glossary', () => {
  it('gives every term in every language, and says where each is used', () => {
    for (const [term, byLanguage] of Object.entries(terms)) {
      expect(Object.keys(byLanguage).sort(), term).to.deep.equal([...LANGUAGES].sort());
      expect(usedIn[term], term).to.be.an('array').with.length.greaterThan(0);
    }
  });

  for (const code of LANGUAGES.filter((c) => c !== 'en')) {
    it(`${code}: the entries use its terms`, () => {
      const strays: string[] = [];
      for (const [term, keys] of Object.entries(usedIn)) {
        const forms = terms[term]![code]!.map((form) => form.toLowerCase());
        for (const key of keys) {
          const entry = languageStore().get(code)![key];
          const text = (typeof entry === 'string' ? entry : entry!.other).toLowerCase();
          if (!forms.some((form) => text.includes(form))) strays.push(`${key}: ${term}`);
        }
      }
      expect(strays).to.deep.equal([]);
    });
  }
});
