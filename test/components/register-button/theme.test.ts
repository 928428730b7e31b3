// <register-button> under the visitor's and the page's settings: dark scheme and forced
// colors (the link outlined), right-to-left, and the public knobs.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../../engine.js';
import '../../../src/components/register-button/define.js';
import type { RegisterButtonElement } from '../../../src/components/register-button/register-button.js';
import { $ } from '../helpers.js';

const open = (extra = '') =>
  fixture<RegisterButtonElement>(
    html`<register-button href="https://example.org/r" closes="2021-09-02T00:00:00Z" now="2021-09-01T00:00:00Z" course-title="Fall Workshop" style=${extra}></register-button>`,
  );
const button = (el: Element) => $(el, 'a[part="button"]')!;

describe('<register-button> themes', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  it('a dark page (color-scheme: dark): dark colors, still axe-clean (contrast included)', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await open();
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(108, 182, 255)');
    // The element paints its own dark background under its light text.
    expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(el).to.be.accessible();
  });

  it('forced colors: the link gets a system-color border (puppeteer cannot emulate forced-colors, so the rule is read)', async () => {
    const el = await open();
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (r): r is CSSMediaRule =>
        r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    );
    expect(forced.map((r) => r.cssText).join('\n')).to.match(
      /\[part="?button"?\] \{ border-color: buttontext; \}/i,
    );
    // and the border is there to be coloured: solid, 1px, on every side
    const style = getComputedStyle(button(el));
    expect([style.borderTopStyle, style.borderInlineStartWidth]).to.deep.equal(['solid', '1px']);
  });

  it('right-to-left: the button sits at the start (right) edge', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div dir="rtl" style="width:40em"><register-button href="https://example.org/r" now="2021-09-01T00:00:00Z"></register-button></div>`,
    );
    const el = wrap.firstElementChild as RegisterButtonElement;
    await el.updateComplete;
    const base = $(el, '[part="base"]')!;
    const start =
      base.getBoundingClientRect().right - parseFloat(getComputedStyle(base).paddingInlineStart);
    expect(Math.abs(button(el).getBoundingClientRect().right - start)).to.be.below(1);
    expect(button(el).getBoundingClientRect().left - base.getBoundingClientRect().left).to.be.above(
      100,
    );
  });

  it('public knobs reach the button through their private aliases', async () => {
    const el = await open(
      '--register-button-background: rgb(1, 2, 3); --register-button-color: rgb(250, 250, 250); --register-button-radius: 0px; --register-button-padding: 3px 5px',
    );
    const style = getComputedStyle(button(el));
    expect([
      style.backgroundColor,
      style.color,
      style.borderTopLeftRadius,
      style.paddingInlineStart,
    ]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(250, 250, 250)', '0px', '5px']);
    const cw = await open('--cw-color-accent: rgb(9, 9, 9)');
    expect(getComputedStyle(button(cw)).backgroundColor).to.equal('rgb(9, 9, 9)');
  });
});
