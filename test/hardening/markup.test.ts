// Markup and script in every text field of the course JSON, over real HTTP, through all four
// elements in every view that shows a field (disclosures opened): shown as text, never parsed.
// The strongest check: the hostile document renders exactly the element structure of a
// neutral twin whose strings have the same length and line breaks but no punctuation, so no
// payload adds, removes or changes an element or attribute; no payload runs (the global it
// would set stays unset); and the visible text carries each payload verbatim.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { VIEWS, course } from './courses.js';
import { cleanup, make, serve, settled, shadowElements, shadowText, sleep } from './helpers.js';

declare global {
  interface Window {
    __hx?: unknown;
  }
}

/** One payload per field, numbered so a failure names its field. */
const payload = (n: number): string =>
  [
    `<img src=x onerror="window.__hx=${n}">`,
    `"><svg onload="window.__hx=${n}">`,
    `<script>window.__hx=${n}</script>`,
    `'><iframe srcdoc="<script>parent.__hx=${n}</script>">`,
    `<a href="javascript:window.__hx=${n}" onclick="window.__hx=${n}">x</a>`,
    `{{constructor.constructor('window.__hx=${n}')()}} \${window.__hx=${n}}`,
    `</h2><details open ontoggle="window.__hx=${n}"><summary>x`,
    `<math><mtext><table><mglyph><style><img src=x onerror="window.__hx=${n}">`,
    `&lt;img src=x onerror=&quot;window.__hx=${n}&quot;&gt; <!--?lit$1$--> <style>*{display:none}</style>`,
  ][n % 9]!;
/** The same length and line breaks, no markup. */
const neutral = (n: number): string => payload(n).replace(/[^\w\s]/g, 'x');

/** A template result as JSON can spell it, and other non-text where text is expected. */
const TEMPLATE = { _$litType$: 1, strings: ['<img src=x onerror="window.__hx=500">'], values: [] };
const NOT_TEXT = [
  TEMPLATE,
  ['<img src=x onerror="window.__hx=501">'],
  { toString: '<img src=x onerror="window.__hx=502">' },
  42,
];

/** Tag, part and attribute names of every element in the shadow trees: the rendered structure. */
const shape = (el: Element): string[] =>
  shadowElements(el).map(
    (n) =>
      `${n.localName}[${n.getAttribute('part') ?? ''}](${n.getAttributeNames().sort().join(',')})`,
  );

/** Elements a payload could have smuggled in, and inline handlers. */
function injected(el: Element): string[] {
  const found: string[] = [];
  for (const n of shadowElements(el)) {
    if (
      /^(img|svg|script|iframe|object|embed|math|style|link|meta|base|form|input|template|video|audio|source)$/.test(
        n.localName,
      )
    )
      found.push(n.localName);
    for (const a of n.getAttributeNames())
      if (/^on/i.test(a) || a === 'srcdoc') found.push(`${n.localName}[${a}]`);
  }
  return found;
}

/** Opens every disclosure ("Show more", "Show earlier", add-to-calendar) until none is left closed. */
async function openAll(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const closed = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>(
        'details:not([open]) > summary, button[aria-expanded="false"]',
      ),
    ];
    if (!closed.length) return;
    // <details> reports its toggle in a later task (later in WebKit than a zero timeout).
    const toggled = closed
      .filter((c) => c.localName === 'summary')
      .map(
        (c) =>
          new Promise((resolve) =>
            c.parentElement!.addEventListener('toggle', resolve, { once: true }),
          ),
      );
    closed.forEach((c) => c.click());
    await Promise.all(toggled);
    await el.updateComplete;
  }
}

async function render(tag: string, attrs: Record<string, string>, src: string) {
  const el = make(tag, { ...attrs, src });
  await settled(el);
  await openAll(el);
  return el;
}

const covered = new Set<number>();

describe('markup and script in every text field', function () {
  this.timeout(30_000);
  let hostileSrc: string;
  let neutralSrc: string;
  before(async () => {
    window.__hx = undefined;
    [hostileSrc, neutralSrc] = await Promise.all([serve(course(payload)), serve(course(neutral))]);
  });
  afterEach(cleanup);
  after(() => delete window.__hx);

  for (const [tag, attrs] of VIEWS) {
    it(`<${tag}> ${JSON.stringify(attrs)}: the same elements and attributes as the neutral twin, nothing injected, the payloads shown as text`, async () => {
      const [hostile, twin] = [
        await render(tag, attrs, hostileSrc),
        await render(tag, attrs, neutralSrc),
      ];
      expect(injected(hostile)).to.deep.equal([]);
      expect(shape(hostile)).to.deep.equal(shape(twin));
      // Whatever text the twin shows from the feed, the hostile one shows the payload in its place.
      const text = shadowText(hostile);
      const twinText = shadowText(twin);
      for (let n = 1; n <= 23; n++) {
        if (twinText.includes(neutral(n).replace(/\s+/g, ' ').trim())) {
          expect(text, `field ${n}`).to.contain(payload(n).replace(/\s+/g, ' ').trim());
        }
      }
      for (let n = 1; n <= 23; n++)
        if (twinText.includes(neutral(n).replace(/\s+/g, ' ').trim())) covered.add(n);
      await sleep(50); // an <img onerror> would have fired by now
      expect(window.__hx).to.equal(undefined);
    });
  }

  it('together the views showed every text field an element displays', () => {
    // Not displayed by any element: subtitle (2) and part summary (10). They are still validated as text.
    expect([...covered].sort((a, b) => a - b)).to.deep.equal([
      1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
    ]);
  });

  it('the titles render as the exact payload text in the headings and names', async () => {
    const schedule = await render('course-schedule', { now: '2030-03-04T17:30:00Z' }, hostileSrc);
    const root = schedule.shadowRoot!;
    expect(root.querySelector('[part~="course-title"]')!.textContent).to.equal(payload(1));
    expect(
      [...root.querySelectorAll('[part~="session"] [part~="title"]')].map((h) => h.textContent),
    ).to.include(payload(17));
    expect(root.querySelector('[part~="group-title"]')!.textContent).to.equal(payload(9));
    const button = await render('register-button', { now: '2030-02-15T12:00:00Z' }, hostileSrc);
    expect(button.shadowRoot!.querySelector('a .visually-hidden')!.textContent).to.equal(
      `Register for ${payload(1)}`,
    );
    const countdown = await render('countdown-timer', { now: '2030-02-15T12:00:00Z' }, hostileSrc);
    expect(countdown.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal(
      payload(11),
    );
  });

  it('template-shaped objects, arrays and numbers where text belongs: dropped or the session skipped, with the notice; nothing injected', async () => {
    const doc = course(neutral);
    const [template, array, object, number] = NOT_TEXT;
    doc.subtitle = template;
    doc.registration.note = array;
    doc.registration.groupRates.note = template;
    doc.onDemand.note = object;
    doc.parts[0].summary = template;
    doc.sessions[0].description = template;
    doc.sessions[1].description = array;
    doc.sessions[1].speakers[0].title = template;
    doc.sessions[1].speakers[0].organization = number;
    doc.sessions[2].title = template; // required: this session is skipped
    doc.sessions.push({ id: 's4', title: 'Bad start', start: payload(0), end: '2030-03-06T13:00' }); // skipped, its value quoted
    const src = await serve(doc);
    for (const [tag, attrs] of VIEWS) {
      const el = await render(tag, attrs, src);
      expect(injected(el), `<${tag}> ${JSON.stringify(attrs)}`).to.deep.equal([]);
      expect(shadowText(el)).to.not.contain('[object Object]');
    }
    const schedule = await render('course-schedule', { now: '2030-03-04T17:30:00Z' }, src);
    const notice = schedule.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal(
      '2 sessions in the data could not be shown.',
    );
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).to.match(/^sessions\[2\]\.title: must be text, got an object/);
    expect(items[1]).to.contain(
      `sessions[3].start: ${JSON.stringify(payload(0))} is not a date-time`,
    );
    expect(schedule.shadowRoot!.querySelectorAll('[part~="session"]')).to.have.length(2);
    await sleep(50);
    expect(window.__hx).to.equal(undefined);
  });
});
