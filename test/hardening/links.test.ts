// Every URL field of the course JSON (registration, waitlist, code of conduct, group-rates
// contact, on-demand, join, recording, speaker, course url, image) set to a dangerous link in
// odd spellings, over real HTTP, through all four elements in every view that shows a link
// (disclosures opened): no such href or src anywhere in any shadow root, every field reported
// as an issue, the register button says its link is unavailable, and the calendar files the
// elements build carry none of them. Then a <base href> on the host page: links written into
// the page (inline JSON, the `course` property, the button's attributes) still resolve
// against the page's own address, and links in fetched JSON against the JSON's address.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { CourseLoadEvent } from '../../src/events/course-load.js';
import { URL_FIELDS, VIEWS, course } from './courses.js';
import { cleanup, make, serve, settled, shadowElements, shadowText, sleep } from './helpers.js';

declare global {
  interface Window {
    __hx?: unknown;
  }
}

const BAD = [
  'javascript:window.__hx=1',
  'JaVaScRiPt:window.__hx=2',
  ' javascript:window.__hx=3',
  '\tjavascript:window.__hx=4',
  'java\tscript:window.__hx=5',
  'java\nscript:window.__hx=6',
  'java\rscript:window.__hx=7',
  '\u0000javascript:window.__hx=8',
  '\u0001javascript:window.__hx=9',
  'javascript\u0000:window.__hx=10',
  '\u00a0javascript:window.__hx=11',
  '\u2028javascript:window.__hx=12',
  '&#106;avascript:window.__hx=13',
  '&#x6A;avascript:window.__hx=14',
  'javascript&colon;window.__hx=15',
  'jav&#x09;ascript:window.__hx=16',
  'javascript://example.org/%0Awindow.__hx=17',
  'https:javascript:window.__hx=18',
  '//javascript:window.__hx=19',
  'data:text/html,<script>window.__hx=20</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19oeD0yMTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload="window.__hx=22">',
  'vbscript:msgbox(23)',
  'VBScript:msgbox(24)',
  'blob:https://example.org/6f1d-25',
  'file:///etc/passwd',
  'FILE://c:/windows/win.ini',
  'about:blank',
  'intent://example.org#Intent;scheme=javascript;end',
];

/** Attributes that make the browser load or navigate to a URL. */
const URL_ATTRS = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'ping',
  'data',
];

/** Every URL-bearing attribute in `el`'s shadow trees, as [tag, name, value]. */
function urls(el: Element): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const n of shadowElements(el))
    for (const a of URL_ATTRS)
      if (n.hasAttribute(a)) out.push([n.localName, a, n.getAttribute(a)!]);
  return out;
}

/** http(s) and mailto links, and the elements' own calendar download (a data: text/calendar link). */
function unsafe(el: Element): string[] {
  return urls(el)
    .filter(([tag, name, value]) => {
      if (name === 'href' && /^(https?:\/\/|mailto:)/.test(value)) return false;
      if (tag === 'a' && name === 'href' && value.startsWith('data:text/calendar;')) return false;
      return true;
    })
    .map(([tag, name, value]) => `${tag}[${name}=${JSON.stringify(value)}]`);
}

/** The text of every calendar file the element offers, decoded. */
const calendars = (el: Element): string[] =>
  shadowElements(el)
    .filter((n) => n.getAttribute('href')?.startsWith('data:text/calendar;'))
    .map((n) =>
      decodeURIComponent(n.getAttribute('href')!.replace(/^data:text\/calendar;[^,]*,/, '')),
    );

async function openAll(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const closed = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>(
        'details:not([open]) > summary, button[aria-expanded="false"]',
      ),
    ];
    if (!closed.length) return;
    closed.forEach((c) => c.click());
    await sleep(0);
    await el.updateComplete;
  }
}

async function render(
  tag: string,
  attrs: Record<string, string>,
  props: Record<string, unknown> = {},
  children: Node[] = [],
) {
  const el = make(tag, attrs, props, children);
  await settled(el);
  await openAll(el);
  return el;
}

const text = (n: number) => `Text ${n}`;

describe('dangerous links in every URL field', function () {
  this.timeout(60_000);
  before(() => (window.__hx = undefined));
  afterEach(cleanup);
  after(() => delete window.__hx);

  it('the good twin shows a link for every URL field an element renders (so the checks below look at real links)', async () => {
    const src = await serve(course(text));
    const hrefs = new Set<string>();
    for (const [tag, attrs] of VIEWS)
      for (const [, , v] of urls(await render(tag, { ...attrs, src }))) hrefs.add(v);
    const fieldLink = (f: string) => `https://example.org/${f.replace(/[^\w]+/g, '-')}`;
    // `image` is in no element, `url` only in the calendar files (checked below).
    for (const f of URL_FIELDS.filter((f) => f !== 'image' && f !== 'url'))
      expect([...hrefs], f).to.include(fieldLink(f));
    const schedule = await render('course-schedule', { now: '2030-03-04T17:30:00Z', src });
    expect(calendars(schedule).join('\n')).to.contain(fieldLink('url'));
    cleanup();
  });

  for (const bad of BAD) {
    it(`${JSON.stringify(bad)} in all ${URL_FIELDS.length} URL fields: no such link in any view, each field reported`, async () => {
      const src = await serve(course(text, () => bad));
      const issues: string[] = [];
      const onLoad = (e: Event) => issues.push(...(e as CourseLoadEvent).issues.map((i) => i.path));
      document.addEventListener('course-load', onLoad);
      try {
        for (const [tag, attrs] of VIEWS) {
          const el = await render(tag, { ...attrs, src });
          expect(unsafe(el), `<${tag}> ${JSON.stringify(attrs)}`).to.deep.equal([]);
          for (const ics of calendars(el))
            expect(ics).to.not.match(/javascript|vbscript|data:|blob:|file:|about:|intent:|__hx/i);
          if (tag === 'register-button' && attrs.now === '2030-02-15T12:00:00Z' && !attrs.status) {
            expect(shadowText(el)).to.contain('Registration link unavailable');
          }
        }
      } finally {
        document.removeEventListener('course-load', onLoad);
      }
      for (const f of URL_FIELDS) expect(issues, `an issue for ${f}`).to.include(f);
      await sleep(20);
      expect(window.__hx).to.equal(undefined);
    });
  }
});

describe('a <base href> on the host page', function () {
  this.timeout(20_000);
  const RELATIVE = (field: string) => `links/${field.replace(/[^\w]+/g, '-')}`;
  let base: HTMLBaseElement | undefined;
  afterEach(() => {
    base?.remove();
    base = undefined;
    cleanup();
  });
  const addBase = () => {
    base = Object.assign(document.createElement('base'), { href: 'https://evil.example/' });
    document.head.prepend(base);
    expect(document.baseURI).to.equal('https://evil.example/');
  };
  /** Every link in every view of the given source, with the base in place. */
  async function links(
    source: (tag: string) => {
      attrs?: Record<string, string>;
      props?: Record<string, unknown>;
      children?: () => Node[];
    },
  ) {
    const hrefs: string[] = [];
    for (const [tag, attrs] of VIEWS) {
      const s = source(tag);
      const el = await render(tag, { ...attrs, ...s.attrs }, s.props, s.children?.() ?? []);
      hrefs.push(
        ...urls(el)
          .map(([, , v]) => v)
          .filter((v) => !v.startsWith('data:')),
      );
    }
    return hrefs;
  }
  const page = document.URL;
  const expected = (field: string, against = page) => new URL(RELATIVE(field), against).href;

  it('inline JSON: relative links resolve against the page, not the base', async () => {
    const json = JSON.stringify(course(text, RELATIVE));
    addBase();
    const hrefs = await links(() => ({
      children: () => [
        Object.assign(document.createElement('script'), {
          type: 'application/json',
          textContent: json,
        }),
      ],
    }));
    expect(hrefs.filter((h) => h.includes('evil.example'))).to.deep.equal([]);
    expect(hrefs).to.include(expected('registration.url'));
    expect(hrefs).to.include(expected('sessions[1].joinUrl'));
  });

  it('the course property: relative links resolve against the page, not the base', async () => {
    const doc = course(text, RELATIVE);
    addBase();
    const hrefs = await links(() => ({ props: { course: doc } }));
    expect(hrefs.filter((h) => h.includes('evil.example'))).to.deep.equal([]);
    expect(hrefs).to.include(expected('sessions[0].recordingUrl'));
  });

  it("fetched JSON: relative links resolve against the JSON's own address", async () => {
    const src = new URL(await serve(course(text, RELATIVE)), document.URL).href;
    addBase();
    const hrefs = await links(() => ({ attrs: { src } }));
    expect(hrefs.filter((h) => h.includes('evil.example'))).to.deep.equal([]);
    expect(hrefs).to.include(expected('onDemand.url', src));
  });

  it("the register button's href and waitlist-href attributes resolve against the page, not the base", async () => {
    addBase();
    const el = await render('register-button', {
      href: 'sign-up',
      'waitlist-href': 'wait',
      status: 'full',
    });
    expect(urls(el).map(([, , v]) => v)).to.deep.equal([new URL('wait', page).href]);
    el.setAttribute('status', 'open');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(urls(el).map(([, , v]) => v)).to.deep.equal([new URL('sign-up', page).href]);
  });
});
