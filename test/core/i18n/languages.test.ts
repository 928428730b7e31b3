// The language registry and loader. Expected values are written out by hand from the
// locale rules in src/locales/README.md and CLDR's plural rules; loads go over real HTTP
// to the test server (a module that exists, and one that answers 404).
import { expect } from '@open-wc/testing';
import {
  LANGUAGES,
  compileEntry,
  directionOf,
  fillPlaceholders,
  hasLanguage,
  intlLocaleFor,
  languageFor,
  languageStrings,
  loadLanguage,
  pluralText,
  type LanguageCode,
} from '../../../src/core/i18n/languages.js';
import { defineLanguage, languageStore } from '../../../src/core/i18n/language-store.js';
import { asThisEngineWrites } from '../../engine.js';

describe('languageFor', () => {
  const table: [string | null | undefined, LanguageCode][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_419', 'es'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-HT', 'fr'],
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['ZH-hant-tw', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['yue-Hans', 'zh-Hans'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['tl', 'tl'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['ru', 'ru'],
    ['ru-UA', 'ru'],
    ['ht', 'ht'],
    ['ht-HT', 'ht'],
    ['de', 'en'],
    ['ja', 'en'],
    ['xx', 'en'],
    ['', 'en'],
    ['  ', 'en'],
    ['xx-!!', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of table) {
    it(`${JSON.stringify(tag)} -> ${expected}`, () => expect(languageFor(tag)).to.equal(expected));
  }

  it('answers every supported code with itself', () => {
    for (const code of LANGUAGES) expect(languageFor(code)).to.equal(code);
  });
});

describe('intlLocaleFor and directionOf', () => {
  for (const [tag, expected] of [
    ['es-MX', 'es-MX'],
    ['zh-TW', 'zh-TW'],
    ['tl', 'fil'], // Intl's tag for Tagalog (WebKit knows only this one)
    ['ht', 'fr-HT'], // no Creole data in Chromium: Haiti's French
    ['ht-HT', 'fr-HT'],
    ['ar', 'ar'],
    ['xx', 'en'],
    ['', 'en'],
  ] as const) {
    it(`${JSON.stringify(tag)} formats as ${expected}`, () =>
      expect(intlLocaleFor(tag)).to.equal(expected));
  }

  it('writes Arabic right to left and the rest left to right', () => {
    expect(LANGUAGES.filter((code) => directionOf(code) === 'rtl')).to.deep.equal(['ar']);
  });
});

describe('fillPlaceholders', () => {
  it('fills named parameters in the order the text needs', () => {
    const fill = fillPlaceholders('{place}: {time}');
    expect(fill({ time: '14:00', place: 'hora oriental' })).to.equal('hora oriental: 14:00');
  });

  it('fills {n} with a lone value, keeping a [part] only when its placeholders have values', () => {
    const fill = fillPlaceholders('No se pudieron cargar los datos[ (HTTP {n})].');
    expect(fill(404)).to.equal('No se pudieron cargar los datos (HTTP 404).');
    expect(fill(undefined)).to.equal('No se pudieron cargar los datos.');
    expect(fill(0)).to.equal('No se pudieron cargar los datos.'); // as English's `status ?`
    expect(fillPlaceholders('{n} / {title}')({ n: 0, title: '' })).to.equal('0 / ');
  });

  it('leaves a placeholder without a value as written, and reads only own properties', () => {
    const fill = fillPlaceholders('{title} / {toString}');
    expect(fill({})).to.equal('{title} / {toString}');
    expect(fill(null)).to.equal('{title} / {toString}');
  });
});

describe('pluralText', () => {
  const ru = { one: '# занятие', few: '# занятия', many: '# занятий', other: '# занятия' };
  const ar = {
    zero: '# جلسة',
    one: 'جلسة واحدة',
    two: 'جلستان',
    few: '# جلسات',
    many: '# جلسة',
    other: '# جلسة',
  };
  for (const [locale, forms, count, expected] of [
    ['ru', ru, 1, '1 занятие'],
    ['ru', ru, 3, '3 занятия'],
    ['ru', ru, 5, '5 занятий'],
    ['ru', ru, 21, '21 занятие'],
    ['ru', ru, 1.5, '1,5 занятия'],
    ['ar', ar, 0, '0 جلسة'],
    ['ar', ar, 1, 'جلسة واحدة'],
    ['ar', ar, 2, 'جلستان'],
    ['ar', ar, 3, '3 جلسات'],
    ['ar', ar, 11, '11 جلسة'],
    ['ar', ar, 100, '100 جلسة'],
    ['fr-HT', { one: '# sesyon', other: '# sesyon' }, 1000, '1\u202f000 sesyon'],
  ] as const) {
    it(`${locale} ${count} -> ${expected}`, () =>
      expect(pluralText(locale, count, forms)).to.equal(asThisEngineWrites(expected, locale)));
  }

  it('falls back to `other` for a category the forms lack', () =>
    expect(pluralText('es', 1_000_000, { one: '# sesión', other: '# sesiones' })).to.equal(
      '1.000.000 sesiones',
    ));
});

describe('compileEntry', () => {
  const count = (n: number) => `${n} sessions`;
  const params = (p: { title: string }) => `Register for ${p.title}`;

  it('keeps text for text and refuses other shapes', () => {
    expect(compileEntry('Retry', 'Reintentar', 'es')).to.equal('Reintentar');
    expect(compileEntry('Retry', { other: 'x' }, 'es')).to.equal(undefined);
    expect(compileEntry('Retry', 42, 'es')).to.equal(undefined);
  });

  it('makes functions of plural forms and of text with placeholders', () => {
    const plural = compileEntry(count, { one: '# sesión', other: '# sesiones' }, 'es') as (
      n: number,
    ) => string;
    expect([1, 2].map(plural)).to.deep.equal(['1 sesión', '2 sesiones']);
    const filled = compileEntry(params, 'Inscribirse en {title}', 'es') as typeof params;
    expect(filled({ title: 'Taller' })).to.equal('Inscribirse en Taller');
  });

  it('refuses malformed plural forms', () => {
    expect(compileEntry(count, { one: '# sesión' }, 'es')).to.equal(undefined);
    expect(compileEntry(count, { one: 1, other: '#' }, 'es')).to.equal(undefined);
    expect(compileEntry(count, null, 'es')).to.equal(undefined);
  });
});

describe('languageStrings', () => {
  const english = {
    retry: 'Retry',
    join: 'Join',
    showEarlier: (n: number) => `Show ${n} earlier sessions`,
  };

  it('is undefined for English and for a language not loaded', () => {
    expect(languageStrings('en', english)).to.equal(undefined);
    expect(languageStrings('ko', english)).to.equal(undefined);
  });

  it('gives the keys the data has, in the English shapes, and leaves the rest to English', () => {
    defineLanguage('ru', { retry: 'Повторить', join: { other: '#' }, extra: 'x' });
    const table = languageStrings('ru', english)!;
    expect(table).to.deep.equal({ retry: 'Повторить' });
    expect(languageStrings('ru', english)).to.equal(table); // kept
    defineLanguage('ru', { retry: 'Ещё раз', showEarlier: { one: '# раз', other: '# раза' } });
    const again = languageStrings('ru', english)!;
    expect(again.retry).to.equal('Ещё раз'); // a new registration is compiled afresh
    expect(again.showEarlier!(2)).to.equal('2 раза');
    languageStore().delete('ru');
  });

  it("writes counts in the locale's digits", () => {
    defineLanguage('ar', { showEarlier: { few: 'عرض # جلسات', other: 'عرض # جلسة' } });
    expect(languageStrings('ar', english)!.showEarlier!(12)).to.equal(
      asThisEngineWrites('عرض 12 جلسة', 'ar'),
    );
    expect(languageStrings('ar', english, 'ar-EG')!.showEarlier!(12)).to.equal('عرض ١٢ جلسة');
    expect(languageStrings('ar', english, 'ar-EG')!.showEarlier!(3)).to.equal('عرض ٣ جلسات');
    languageStore().delete('ar');
  });
});

describe('loadLanguage', () => {
  const moduleUrl = (code: string) =>
    new URL(`../../../src/locales/${code}.ts`, import.meta.url).href;

  it('is done at once for English and for a language already registered', async () => {
    let calls = 0;
    const loader = async () => void calls++;
    expect(await loadLanguage('en', loader)).to.equal(true);
    defineLanguage('pt', { retry: 'Tentar novamente' });
    expect(await loadLanguage('pt', loader)).to.equal(true);
    expect(calls).to.equal(0);
    languageStore().delete('pt');
  });

  it('loads a module once however many ask, and the module registers itself', async () => {
    const requested: string[] = [];
    const loader = (code: LanguageCode) => {
      requested.push(code);
      return import(moduleUrl(code));
    };
    expect(hasLanguage('vi')).to.equal(false);
    const results = await Promise.all([
      loadLanguage('vi', loader),
      loadLanguage('vi', loader),
      loadLanguage('vi', loader),
    ]);
    expect(results).to.deep.equal([true, true, true]);
    expect(requested).to.deep.equal(['vi']);
    expect(hasLanguage('vi')).to.equal(true);
    expect(languageStrings('vi', { retry: 'Retry' })).to.deep.equal({ retry: 'Thử lại' });
  });

  it('leaves English for entries of the wrong shape, checked as they are compiled', async () => {
    expect(await loadLanguage('pt', async () => ({ default: { retry: 42 } }))).to.equal(true);
    expect(languageStrings('pt', { retry: 'Retry' })).to.deep.equal({});
  });

  it('registers the default export of a module that does not register itself', async () => {
    const loader = async () => ({ default: { retry: 'Eseye ankò' } });
    expect(await loadLanguage('ht', loader)).to.equal(true);
    expect(languageStrings('ht', { retry: 'Retry' })).to.deep.equal({ retry: 'Eseye ankò' });
  });

  it('resolves false, never rejects, for a missing (HTTP 404) or failing module', async () => {
    const missing = (code: LanguageCode) => import(moduleUrl(`missing-${code}`));
    expect(await loadLanguage('ko', missing)).to.equal(false);
    expect(hasLanguage('ko')).to.equal(false);
    expect(await loadLanguage('ar', async () => ({ default: 'not data' }))).to.equal(false);
    expect(
      await loadLanguage('tl', () => {
        throw new Error('blocked');
      }),
    ).to.equal(false);
  });
});
