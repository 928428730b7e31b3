// Every element in every language, as a visitor reads it: each element, in each state of the
// seed course, with `lang` set to each UI language, shows no English text of any string
// table (course data and product names aside), names the organiser's zone in that language,
// and Arabic lays itself out right to left and stays axe-clean.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/define.js';
import { LANGUAGES, type LanguageCode } from '../../../src/core/i18n/languages.js';
import { languageStore } from '../../../src/core/i18n/language-store.js';
import { loader } from '../../../src/data/loader.js';
import { ENGLISH } from '../../locales/english.js';
import { $, SEED, shown, squash } from '../helpers.js';

/** Names and words that stay as they are in every language. */
const PROPER = ['Google Calendar', '.ics', 'JSON', 'HTTP'];

/**
 * The fixed parts of every English entry: text as it is; a function's output around its
 * parameters (filled with a marker) and its count. Only parts of two words or more, or of
 * five letters or more, so that "in" or "for" alone never match inside other words.
 */
function englishFragments(): string[] {
  const marker = '{}';
  const anyParameter = new Proxy(
    {},
    {
      get: (_, key) =>
        typeof key === 'string' && !/^(toString|valueOf)$/.test(key) ? marker : undefined,
    },
  );
  const out = new Set<string>();
  for (const entry of Object.values(ENGLISH)) {
    const call = (arg: unknown) => {
      try {
        return typeof entry === 'string' ? entry : entry(arg);
      } catch {
        return ''; // a count entry given the parameters object
      }
    };
    const texts = [call(anyParameter), call(2), call(1)];
    for (const text of texts)
      for (const piece of text.split(/\{\}|\d+|\[object Object\]/)) {
        const fragment = piece.trim().replace(/^[.,:;]+|[.,:;]+$/g, '');
        if (/\s\S/.test(fragment) || fragment.length >= 5) out.add(fragment);
      }
  }
  return [...out].filter((fragment) => !PROPER.some((name) => name.includes(fragment)));
}

const FRAGMENTS = englishFragments();

/** Every text of the course data (titles, names, notes): proper names for this test. */
let courseTexts: string[] = [];

/** The text the element shows a sighted visitor, without the course's own texts. */
function shownText(el: Element): string {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  copy.querySelectorAll('.visually-hidden, style').forEach((n) => n.remove());
  let text = squash(copy.textContent);
  for (const data of courseTexts) text = text.split(data).join(' ');
  return text;
}

const STATES = {
  before: '2021-10-11T16:00:00Z',
  live: '2021-10-13T18:10:00Z',
  intermission: '2021-10-13T18:50:00Z',
  after: '2021-12-01T00:00:00Z',
};

const ELEMENTS = [
  (lang: string, now: string) =>
    html`<session-card lang=${lang} src=${SEED} session-id="w1-s1" now=${now}></session-card>`,
  (lang: string, now: string) =>
    html`<session-card lang=${lang} src=${SEED} session-id="w1-break" now=${now}></session-card>`,
  (lang: string, now: string) =>
    html`<course-schedule lang=${lang} src=${SEED} now=${now}></course-schedule>`,
  (lang: string, now: string) =>
    html`<register-button lang=${lang} src=${SEED} now=${now}></register-button>`,
  (lang: string, now: string) =>
    html`<countdown-timer lang=${lang} src=${SEED} now=${now}></countdown-timer>`,
];

async function render(
  lang: string,
  now: string,
  make: (typeof ELEMENTS)[number],
): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  // Tokyo, so the organiser's own time (New York) shows beside the visitor's.
  const wrap = await fixture(html`<div time-zone="Asia/Tokyo">${make(lang, now)}</div>`);
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await shown(el);
  return el;
}

before(async () => {
  const course = await (await fetch(SEED)).json();
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(course);
  courseTexts = texts.filter((t) => t.length >= 3).sort((a, b) => b.length - a.length);
});

afterEach(() => fixtureCleanup());

describe('English, the reference: the fragments do match English text', () => {
  beforeEach(() => loader.clear());
  it('finds English in an English element', async () => {
    const el = await render('en', STATES.live, ELEMENTS[0]!);
    const text = shownText(el);
    expect(FRAGMENTS.filter((fragment) => text.includes(fragment))).to.include('Live now');
    expect(text).to.contain('New York');
  });
});

for (const code of LANGUAGES.filter((c): c is Exclude<LanguageCode, 'en'> => c !== 'en')) {
  describe(`lang="${code}"`, () => {
    beforeEach(() => loader.clear());

    for (const [state, now] of Object.entries(STATES))
      it(`every element ${state}: no English left`, async () => {
        for (const make of ELEMENTS) {
          const el = await render(code, now, make);
          const text = shownText(el);
          const data = languageStore().get(code)!;
          // Entries a language writes as English does (Spanish "Panel") are not left over.
          const same = new Set(
            Object.entries(data)
              .filter(([key, value]) => value === ENGLISH[key])
              .map(([, value]) => value as string),
          );
          const left = FRAGMENTS.filter((f) => !same.has(f) && text.includes(f));
          expect(left, `${el.localName} ${state}: ${text}`).to.deep.equal([]);
          expect(text, `${el.localName} ${state}`).to.not.contain('New York');
          expect(text.length, `${el.localName} ${state} shows text`).to.be.greaterThan(3);
        }
      });
  });
}

describe('Arabic, right to left', () => {
  beforeEach(() => loader.clear());

  for (const [state, now] of Object.entries(STATES))
    it(`every element ${state}: laid out right to left, axe-clean`, async function () {
      this.timeout(40_000); // axe on five elements
      for (const make of ELEMENTS) {
        const page = await fixture(
          html`<div lang="ar" dir="rtl" time-zone="Asia/Tokyo">${make('ar', now)}</div>`,
        );
        const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await shown(el);
        expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      }
    });

  it('mirrors an Arabic element on a left-to-right page, and not an English one', async () => {
    const ar = await render('ar', STATES.live, ELEMENTS[0]!);
    expect(getComputedStyle($(ar, '[part~="base"]')!).direction).to.equal('rtl');
    const en = await render('en', STATES.live, ELEMENTS[0]!);
    expect(getComputedStyle($(en, '[part~="base"]')!).direction).to.equal('ltr');
  });
});
