// A language arrives on demand, over real HTTP, in parallel with the course data: once per
// page however many elements ask; a language that fails or hangs leaves English, with no
// error state; a page may preload one so that nothing more is fetched.
import { engine } from '../../engine.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { SessionCardElement } from '../../../src/components/session-card/session-card.js';
import '../../../src/define.js';
import { hasLanguage, loadLanguage } from '../../../src/core/i18n/languages.js';
import { loader } from '../../../src/data/loader.js';
import { fakeClock } from '../fake-clock.js';
import { $, SEED, T, shown, spyWarn, visible } from '../helpers.js';

const fake = fakeClock(T('2021-10-13T18:10:00Z'));
class ClockedSessionCard extends SessionCardElement {
  static override clock = fake.clock;
}
ClockedSessionCard.define('clocked-language-card');

const status = (el: Element) => visible($(el, '[part~="status"]'));
const fetchedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/src/locales/'));

describe('languages on demand', () => {
  beforeEach(() => loader.clear());
  afterEach(() => fixtureCleanup());

  it('lang="ko": three elements render Korean after one request for it', async () => {
    expect(hasLanguage('ko')).to.equal(false);
    const page = await fixture(html`
      <div lang="ko">
        <session-card src=${SEED} session-id="w1-s1" now="2021-10-13T18:10:00Z"></session-card>
        <register-button src=${SEED} now="2021-10-11T16:00:00Z"></register-button>
        <countdown-timer src=${SEED} now="2021-10-11T16:00:00Z"></countdown-timer>
      </div>
    `);
    const [card, button, countdown] = [...page.children] as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all([shown(card!), shown(button!), shown(countdown!)]);
    expect(status(card!)).to.contain('라이브 진행 중');
    expect(visible($(button!, '[part~="button"]'))).to.equal('신청하기');
    expect(fetchedLocales().filter((path) => path === '/src/locales/ko.ts')).to.have.length(1);
    // The wrapper's lang is the elements' own: no lang or dir of their own is needed. Firefox
    // 153 does not match :lang() inside a shadow tree from the host's ancestors (the text is
    // still Korean; only language-specific CSS such as fonts would see the difference).
    if (engine !== 'firefox')
      expect(card!.shadowRoot!.querySelector('[part~="base"]')!.matches(':lang(ko)')).to.equal(
        true,
      );
  });

  it('preloaded (the package entry locales/vi): nothing is fetched when an element asks', async () => {
    await import('../../../src/locales/vi.js');
    const before = fetchedLocales().length;
    const el = await fixture<SessionCardElement>(
      html`<session-card lang="vi" src=${SEED} session-id="w1-s1" now="2021-10-13T18:10:00Z"></session-card>`,
    );
    await shown(el);
    expect(status(el)).to.contain('Đang phát trực tiếp');
    expect(
      fetchedLocales()
        .slice(before)
        .filter((p) => p !== '/src/locales/vi.ts'),
    ).to.deep.equal([]);
  });

  it('a language that fails to load: English, no error state, one warning', async () => {
    // The page's one load of Russian fails (offline, blocked, a 404): every element shares it.
    expect(await loadLanguage('ru', () => Promise.reject(new Error('404')))).to.equal(false);
    const warnings = spyWarn();
    try {
      const page = await fixture(html`
        <div lang="ru">
          <session-card src=${SEED} session-id="w1-s1" now="2021-10-13T18:10:00Z"></session-card>
          <session-card src=${SEED} session-id="w1-s2" now="2021-10-13T18:10:00Z"></session-card>
        </div>
      `);
      const cards = [...page.children] as SessionCardElement[];
      await Promise.all(cards.map(shown));
      expect(status(cards[0]!)).to.contain('Live now');
      expect($(cards[0]!, '[part~="error"]')).to.equal(null);
      expect(warnings.calls.filter((w) => w.includes('"ru"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a language that hangs: nothing but the fallback, then English after 3 s', async () => {
    fake.reset(T('2021-10-13T18:10:00Z'));
    void loadLanguage('tl', () => new Promise(() => {}));
    const warnings = spyWarn();
    try {
      const el = document.createElement('clocked-language-card') as SessionCardElement;
      for (const [name, value] of Object.entries({ lang: 'tl', src: SEED, 'session-id': 'w1-s1' }))
        el.setAttribute(name, value);
      el.innerHTML = '<a href="/course">The course</a>';
      const loaded = new Promise((resolve) => el.addEventListener('course-load', resolve));
      await fixture(el);
      // The course data arrives; the words do not.
      await loaded;
      await el.updateComplete;
      expect($(el, '[part~="base"]')).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      fake.advance(2_999);
      await el.updateComplete;
      expect($(el, '[part~="base"]')).to.equal(null);
      fake.advance(1);
      await shown(el);
      expect(status(el)).to.contain('Live now');
    } finally {
      warnings.restore();
    }
  });
});
