// A hostile host stylesheet, as themes and CSS resets write them: a 62.5% root size, a tall
// uppercase body, content-box sizing, `button{all:unset}`, bare links, a serif everything, no
// focus outlines, paddings and margins on every div and p. The widgets stay legible (text at
// least 14px, no case transformed in), usable (controls and standalone links at least 24x24 px
// with a visible focus ring when reached by keyboard) and laid out as on a plain page.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { AT, course } from './courses.js';
import { cleanup, deepActive, make, serve, settled, shadowElements, uniqueKey } from './helpers.js';

const HOSTILE = `
html{font-size:62.5%}
body{line-height:3;text-transform:uppercase;letter-spacing:.3em;word-spacing:1em}
*{box-sizing:content-box}
button{all:unset}
a{color:inherit;text-decoration:none}
*{font-family:serif}
*:focus{outline:none}
div,p{padding:20px;margin:2em}
h2,h3{font-size:8px}
ul{list-style:square}
`;

/** Each element in the states where it shows its controls. */
const VIEWS: [string, Record<string, string>][] = [
  ['course-schedule', { now: AT.live }],
  ['session-card', { now: AT.live, 'session-id': 's2' }],
  ['register-button', { now: AT.beforeOpen }],
  ['register-button', { now: AT.open }],
  ['countdown-timer', { now: '2030-03-04T16:30:00Z' }], // seconds tick: the Pause button shows
  ['countdown-timer', { now: AT.live }],
];

/** Links that sit in a sentence, whose size the line sets (WCAG 2.5.8's inline exception). */
const INLINE = '[part~="speakers"] a, [part~="terms"] a, [part~="group-rates"] a';

const textNodes = (el: Element) =>
  shadowElements(el).filter(
    (n) =>
      !n.closest('.visually-hidden') &&
      [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
  );

async function openDisclosures(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary'))
    s.click();
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('a hostile host stylesheet', function () {
  this.timeout(30_000);
  let sheet: HTMLStyleElement;
  let src: string;
  let column: HTMLDivElement;
  before(async () => {
    src = await serve(course((n) => `Text ${n}`));
  });
  beforeEach(() => {
    column = document.createElement('div');
    column.style.cssText = 'width:600px;padding:0;margin:0';
    document.body.append(column);
  });
  afterEach(() => {
    sheet?.remove();
    cleanup();
    column.remove();
  });
  const hostile = () => {
    sheet = Object.assign(document.createElement('style'), { textContent: HOSTILE });
    document.head.append(sheet);
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
  };

  for (const [tag, attrs] of VIEWS) {
    it(`<${tag}> ${JSON.stringify(attrs)}: legible, laid out as on a plain page, every control at least 24x24 px`, async () => {
      const plain = make(tag, { ...attrs, src }, {}, [], column);
      // The hostile sheet's `*{font-family:serif}` reaches the host (page rules beat :host):
      // the plain twin gets the same face, so the comparison is of layout, not of fonts.
      plain.style.fontFamily = 'serif';
      await settled(plain);
      await openDisclosures(plain);
      const plainBox = plain.getBoundingClientRect();
      plain.remove();

      hostile();
      const el = make(tag, { ...attrs, src }, {}, [], column);
      await settled(el);
      await openDisclosures(el);
      const texts = textNodes(el);
      expect(texts.length).to.be.greaterThan(0);
      for (const n of texts) {
        const s = getComputedStyle(n);
        const what = `${n.localName}[part=${n.getAttribute('part')}] "${n.textContent!.trim().slice(0, 30)}"`;
        expect(parseFloat(s.fontSize), `${what} font size`).to.be.at.least(14);
        expect(s.textTransform, `${what} text-transform`).to.equal('none');
        expect(s.letterSpacing, `${what} letter-spacing`).to.equal('normal');
        expect(s.wordSpacing, `${what} word-spacing`).to.equal('0px');
        expect(
          parseFloat(s.lineHeight) / parseFloat(s.fontSize),
          `${what} line height`,
        ).to.be.below(1.6);
      }
      // Not collapsed, not blown up: the box is within a quarter of the plain page's.
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(plainBox.width);
      expect(box.height / plainBox.height).to.be.within(0.75, 1.25);
      for (const c of shadowElements(el).filter(
        (n) => /^(a|button|summary)$/.test(n.localName) && !n.matches(INLINE),
      )) {
        const r = c.getBoundingClientRect();
        const what = `${c.localName}[part=${c.getAttribute('part')}] "${c.textContent!.trim().slice(0, 30)}"`;
        expect(r.width, `${what} width`).to.be.at.least(24);
        expect(r.height, `${what} height`).to.be.at.least(24);
      }
    });
  }

  it('every control shows a focus ring of at least 2px when reached with Tab', async () => {
    hostile();
    const els = await Promise.all(
      VIEWS.map(async ([tag, attrs]) => {
        const el = make(tag, { ...attrs, src }, {}, [], column);
        await settled(el);
        return el;
      }),
    );
    const { press } = await import('../engine.js');
    const start = document.createElement('button');
    start.textContent = 'before';
    column.prepend(start);
    start.focus();
    const reached = new Set<Element>();
    for (let i = 0; i < 60; i++) {
      await press('Tab');
      const a = deepActive();
      if (!a || !els.some((el) => el.shadowRoot!.contains(a))) continue;
      reached.add(a);
      const s = getComputedStyle(a);
      const what = `${a.localName}[part=${a.getAttribute('part')}] "${a.textContent!.trim().slice(0, 30)}"`;
      expect(s.outlineStyle, `${what} outline`).to.not.equal('none');
      expect(parseFloat(s.outlineWidth), `${what} outline width`).to.be.at.least(2);
    }
    const controls = els.flatMap((el) =>
      shadowElements(el).filter((n) => /^(a|button|summary)$/.test(n.localName)),
    );
    expect(controls.filter((c) => !reached.has(c)).map((c) => c.textContent)).to.deep.equal([]);
  });

  it("the error box and its Retry are unaffected; the page's own fallback content keeps the page's rules", async () => {
    hostile();
    const fallback = Object.assign(document.createElement('button'), {
      textContent: 'Page button',
    });
    const el = make(
      'register-button',
      { src: `/__fault/status/${uniqueKey()}?code=404` },
      {},
      [fallback],
      column,
    );
    await settled(el);
    expect(
      getComputedStyle(fallback).display,
      "button{all:unset} reaches the page's own button",
    ).to.equal('inline');
    const retry = el.shadowRoot!.querySelector('[part~="error"] button')!;
    const r = retry.getBoundingClientRect();
    expect(getComputedStyle(retry).textTransform).to.equal('none');
    expect(r.height).to.be.at.least(24);
    expect(parseFloat(getComputedStyle(retry).fontSize)).to.be.at.least(14);
  });
});
