// <countdown-timer> under the visitor's and the page's settings: dark scheme and forced
// colors (controls outlined), and the public knobs.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../../engine.js';
import '../../../src/components/countdown-timer/define.js';
import type { CountdownTimerElement } from '../../../src/components/countdown-timer/countdown-timer.js';
import { $, ALL_KINDS, shown } from '../helpers.js';
import { loader } from '../../../src/data/loader.js';

const ticking = (style = '') =>
  fixture<CountdownTimerElement>(
    html`<countdown-timer to="2021-10-13T18:00:00Z" now="2021-10-13T17:30:00Z" label="Orientation" style=${style}></countdown-timer>`,
  );

async function live(): Promise<CountdownTimerElement> {
  const el = await fixture<CountdownTimerElement>(
    html`<countdown-timer src=${ALL_KINDS} now="2021-09-14T15:10:00Z"></countdown-timer>`,
  );
  await shown(el);
  return el;
}

describe('<countdown-timer> themes', () => {
  beforeEach(() => loader.clear());
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  it('a dark page: counting and live stay axe-clean (contrast included)', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await ticking();
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
    const on = await live();
    expect(getComputedStyle($(on, '[part="status"]')!).color).to.equal('rgb(255, 129, 130)');
    await expect(on).to.be.accessible();
  });

  it('forced colors: the pause button and the Join link get system-color borders (the rule is read: puppeteer cannot emulate it)', async () => {
    const el = await ticking();
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (r): r is CSSMediaRule =>
        r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    );
    expect(forced.map((r) => r.cssText).join('\n')).to.match(
      /a, button \{ border-color: buttontext; \}/i,
    );
    for (const control of [$(el, 'button')!, $(await live(), 'a')!]) {
      const style = getComputedStyle(control);
      expect([style.borderTopStyle, style.borderInlineStartWidth]).to.deep.equal(['solid', '1px']);
    }
  });

  it('public knobs: time size and color, live color', async () => {
    const el = await ticking(
      '--countdown-timer-time-size: 40px; --countdown-timer-time-color: rgb(1, 2, 3)',
    );
    const time = getComputedStyle($(el, '[part="time"]')!);
    expect([time.fontSize, time.color]).to.deep.equal(['40px', 'rgb(1, 2, 3)']);
    const on = await live();
    on.style.setProperty('--countdown-timer-live-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle($(on, '[part="status"]')!).color).to.equal('rgb(4, 5, 6)');
  });
});
