// Locale negotiation and the string-table mechanism. Expected strings are written out by
// hand (the plural categories are CLDR's: en and es both have `one` for exactly 1, and es
// has `many` for a million).
import { expect } from '@open-wc/testing';
import { resolveLocale, pickStrings, type StringTable } from '../../../src/core/i18n/index.js';
import { defineLanguage } from '../../../src/core/i18n/language-store.js';
import { pluralText } from '../../../src/core/i18n/languages.js';

describe('resolveLocale', () => {
  for (const [input, expected] of [
    ['en', 'en'],
    ['es', 'es'],
    ['es-mx', 'es-MX'],
    ['EN-us', 'en-US'],
    ['en_GB', 'en-GB'],
    [' es-419 ', 'es-419'],
    ['fr-CA', 'fr-CA'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['', 'en'],
    ['   ', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['xx-!!', 'en'],
    ['123', 'en'],
    ['x-klingon', 'en'],
    ['xx', 'en'],
    ['und', 'en'],
  ] as const) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => {
      expect(resolveLocale(input)).to.equal(expected);
    });
  }

  it('uses the fallback given, and English when that is invalid too', () => {
    expect(resolveLocale('123', 'es-AR')).to.equal('es-AR');
    expect(resolveLocale('', 'es_ar')).to.equal('es-AR');
    expect(resolveLocale('123', '!!')).to.equal('en');
  });

  it('does not throw on a value of the wrong type from untyped callers', () => {
    expect(resolveLocale(42 as unknown as string)).to.equal('en');
    expect(resolveLocale({} as unknown as string)).to.equal('en');
  });
});

describe('pluralText', () => {
  const forms = { one: '# item', other: '# items' };
  for (const [lang, n, expected] of [
    ['en', 0, '0 items'],
    ['en', 1, '1 item'],
    ['en', 2, '2 items'],
    ['en', 1000, '1,000 items'],
    ['es', 0, '0 items'],
    ['es', 1, '1 item'],
    ['es', 2, '2 items'],
    ['es', 1000, '1000 items'],
    ['es', 10000, '10.000 items'],
    ['es', 1_000_000, '1.000.000 items'], // CLDR `many`, not in `forms`: falls back to `other`
  ] as const) {
    it(`${lang} ${n} -> ${expected}`, () => expect(pluralText(lang, n, forms)).to.equal(expected));
  }

  it('uses a `many` form when one is given', () => {
    expect(pluralText('es', 1_000_000, { one: 'x', many: '# de y', other: '# y' })).to.equal(
      '1.000.000 de y',
    );
  });
});

describe('pickStrings', () => {
  const table: StringTable<{
    hello: string;
    bye: string;
    count: (n: number) => string;
    greet: (p: { name: string }) => string;
  }> = {
    en: {
      hello: 'Hello',
      bye: 'Bye',
      count: (n) => pluralText('en', n, { one: '# apple', other: '# apples' }),
      greet: (p) => `Hi ${p.name}`,
    },
  };
  // This page's Spanish: only what the tests below read.
  defineLanguage('es', { hello: 'Hola', count: { one: '# manzana', other: '# manzanas' } });

  it('gives the language asked for, English for keys its data lacks', () => {
    const es = pickStrings(table, 'es', 'es-MX');
    expect([es.hello, es.bye, es.count(1), es.count(3), es.greet({ name: 'Ana' })]).to.deep.equal([
      'Hola',
      'Bye',
      '1 manzana',
      '3 manzanas',
      'Hi Ana',
    ]);
    const fr = pickStrings(table, 'fr', 'fr'); // not loaded on this page
    expect([fr.hello, fr.count(1)]).to.deep.equal(['Hello', '1 apple']);
  });

  it('puts overrides on top, in any language', () => {
    const s = pickStrings(table, 'es', 'es', { bye: 'Adiós', greet: (p) => `¡Hola, ${p.name}!` });
    expect([s.hello, s.bye, s.greet({ name: 'Ana' })]).to.deep.equal([
      'Hola',
      'Adiós',
      '¡Hola, Ana!',
    ]);
    expect(pickStrings(table, 'en', 'en', { hello: 'Howdy' }).hello).to.equal('Howdy');
  });

  it('fills a plain-string override of a function entry', () => {
    const s = pickStrings(table, 'en', 'en', {
      count: '{n} fruit',
      greet: 'Welcome, {name} ({missing})',
    });
    expect(s.count(4)).to.equal('4 fruit');
    expect(s.greet({ name: 'Bo' })).to.equal('Welcome, Bo ({missing})');
  });

  it('ignores overrides of the wrong type and keys it does not know', () => {
    const untrusted = JSON.parse(
      '{"hello": {"strings": ["x"]}, "bye": 5, "nope": "x", "__proto__": {"polluted": "yes"}}',
    );
    const s = pickStrings(table, 'en', 'en', untrusted);
    expect(s.hello).to.equal('Hello');
    expect(s.bye).to.equal('Bye');
    expect(Object.keys(s).sort()).to.deep.equal(['bye', 'count', 'greet', 'hello']);
    expect((s as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('shares the result without overrides and never lets overrides leak into it', () => {
    expect(pickStrings(table, 'es', 'es')).to.equal(pickStrings(table, 'es', 'es'));
    pickStrings(table, 'es', 'es', { hello: 'Buenas' });
    expect(pickStrings(table, 'es', 'es').hello).to.equal('Hola');
  });
});
