// Bad course documents over real HTTP, through all four elements: wrong types, missing
// required fields, duplicate ids, an end before its start, 10,000-character titles,
// right-to-left and combining text, `__proto__` keys everywhere, a 5 MB document and deeply
// nested JSON. Each ends in a clear message (the error box naming the field) or in the data
// with the bad session skipped and counted: never a blank element, never an uncaught error,
// never a changed Object.prototype, never a layout wider than its column.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { spyWarn } from '../components/helpers.js';
import { AT, course } from './courses.js';
import {
  TAGS,
  cleanup,
  errorBox,
  make,
  serve,
  settled,
  shadowText,
  uniqueKey,
  watchErrors,
} from './helpers.js';
import type { LooseJson } from '../json.js';

type Doc = LooseJson;
const text = (n: number) => `Text ${n}`;
const base = (): Doc => course(text);

/** Renders all four elements on `src` at `now` (before any session: all three listed); returns them settled. */
async function all(src: string, now: string = AT.open) {
  const els = TAGS.map((tag) => make(tag, { src, now }));
  await Promise.all(els.map((el) => settled(el)));
  return els;
}

const FORMAT_LEAD = 'The course data is not in the expected format.';

/** Course-level problems: every element shows the format error; the schedule's detail names the field. */
const INVALID: [string, (d: Doc) => unknown, RegExp][] = [
  [
    'a number for the title',
    (d) => void (d.title = 42),
    /^title: must be text, got a number \(42\)/,
  ],
  [
    'an object for sessions',
    (d) => void (d.sessions = { s1: {} }),
    /^sessions: must be an array, got an object/,
  ],
  ['no timeZone', (d) => void delete d.timeZone, /^timeZone: is required/],
  ['no title', (d) => void delete d.title, /^title: is required/],
  ['no sessions', (d) => void delete d.sessions, /^sessions: is required/],
  ['an abbreviation for the zone', (d) => void (d.timeZone = 'EST'), /^timeZone: .*EST/],
  ['version 2', (d) => void (d.version = 2), /^version: must be 1/],
  ['a blank title', (d) => void (d.title = ' \u0000\t '), /^title: must not be blank/],
  ['a JSON array instead of an object', () => [], /the course must be a JSON object, got an array/],
  ['JSON null', () => null, /the course must be a JSON object, got null/],
  [
    'a template-shaped title',
    (d) => void (d.title = { _$litType$: 1, strings: ['<b>x</b>'], values: [] }),
    /^title: must be text, got an object/,
  ],
];

/** Session-level problems: the data shows, the bad session is skipped and counted in the schedule's notice. */
const SKIPPED: [string, (d: Doc) => void, RegExp][] = [
  [
    'a duplicate session id',
    (d) => void (d.sessions[2].id = 's1'),
    /^sessions\[2\]\.id: "s1" is already the id of sessions\[0\]/,
  ],
  [
    'an end before the start',
    (d) => void (d.sessions[2].end = '2030-03-05T11:00'),
    /^sessions\[2\]\.end: .* is not after start/,
  ],
  [
    'an end equal to the start',
    (d) => void (d.sessions[2].end = d.sessions[2].start),
    /^sessions\[2\]\.end: .* is not after start/,
  ],
  [
    'a session without a start',
    (d) => void delete d.sessions[2].start,
    /^sessions\[2\]\.start: is required/,
  ],
  [
    'a number for a start',
    (d) => void (d.sessions[2].start = 20300305),
    /^sessions\[2\]\.start: .*a number/,
  ],
  [
    'a session that is a string',
    (d) => void (d.sessions[2] = 'workshop at noon'),
    /^sessions\[2\]: must be an object, got "workshop at noon"/,
  ],
  [
    'a session without an id',
    (d) => void delete d.sessions[2].id,
    /^sessions\[2\]\.id: is required/,
  ],
  [
    'an impossible date',
    (d) => void (d.sessions[2].start = '2030-02-30T12:00'),
    /^sessions\[2\]\.start: /,
  ],
];

describe('bad course documents, element by element', function () {
  this.timeout(30_000);
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => (watch = watchErrors()));
  afterEach(() => {
    watch.stop();
    cleanup();
    expect(watch.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const [name, change, detail] of INVALID) {
    it(`${name}: every element says the data is not in the expected format, the schedule names the field`, async () => {
      const d = base();
      const replaced = change(d);
      const warnings = spyWarn();
      const els = await all(await serve(replaced === undefined ? d : replaced)).finally(
        warnings.restore,
      );
      for (const el of els) {
        expect(errorBox(el).lead, `<${el.localName}>`).to.equal(FORMAT_LEAD);
        expect(errorBox(el).retry, `<${el.localName}> Retry`).to.not.equal(null);
      }
      const [, scheduleDetail] = [...els[0]!.shadowRoot!.querySelectorAll('[part~="error"] p')].map(
        (p) => p.textContent,
      );
      // On the page, a hint naming the field; in the console, the parser's whole message.
      expect(scheduleDetail).to.match(/^(The problem is at \w+\.|The document is not a course\.)$/);
      expect(
        warnings.calls.some((w) => detail.test(w.replace(/^course-widgets: /, ''))),
        `console: ${warnings.calls.join('; ')}`,
      ).to.equal(true);
    });
  }

  for (const [name, change, issue] of SKIPPED) {
    it(`${name}: the other sessions show, the bad one is skipped and listed`, async () => {
      const d = base();
      change(d);
      const els = await all(await serve(d));
      for (const el of els)
        expect(shadowText(el).length, `<${el.localName}> shows something`).to.be.greaterThan(10);
      const root = els[0]!.shadowRoot!;
      expect(root.querySelector('[part~="notice"] summary')!.textContent).to.equal(
        '1 session in the data could not be shown.',
      );
      expect(root.querySelector('[part~="notice"] li')!.textContent).to.match(issue);
      expect(root.querySelectorAll('[part~="session"]').length).to.equal(2);
      // The card, the button and the countdown show the valid data.
      expect(
        els.slice(1).map((el) => !!el.shadowRoot!.querySelector('[part~="base"]')),
      ).to.deep.equal([true, true, true]);
    });
  }

  it('wrong types in optional fields: the field is dropped, the session stays', async () => {
    const d = base();
    d.summary = ['not', 'text'];
    d.sessions[1].speakers = 'Ada, Grace';
    d.sessions[1].type = 'party';
    d.sessions[1].joinUrl = 12;
    d.sessions[0].description = { text: 'x' };
    d.registration = 'open';
    const els = await all(await serve(d));
    expect(els.map((el) => !!el.shadowRoot!.querySelector('[part~="base"]'))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect(els[0]!.shadowRoot!.querySelectorAll('[part~="session"]').length).to.equal(3);
    expect(els[0]!.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
  });

  it('10,000-character titles and descriptions without spaces: shortened with "…", and no element grows wider than its column', async () => {
    const long = 'W'.repeat(10_000);
    const d = base();
    d.title = long;
    d.summary = long;
    for (const s of d.sessions) {
      s.title = long;
      s.description = long;
      s.speakers = [{ name: long, title: long, organization: long }];
    }
    const column = document.createElement('div');
    column.style.width = '320px';
    document.body.append(column);
    try {
      const src = await serve(d);
      const els = TAGS.map((tag) =>
        make(tag, { src, now: AT.open, 'session-id': 's1' }, {}, [], column),
      );
      await Promise.all(els.map((el) => settled(el)));
      const title = els[0]!.shadowRoot!.querySelector('[part~="course-title"]')!.textContent!;
      expect(title).to.have.length(200);
      expect(title.endsWith('W…')).to.equal(true);
      for (const el of els) {
        const box = el.getBoundingClientRect();
        expect(box.width, `<${el.localName}> width`).to.be.at.most(320);
        for (const n of el.shadowRoot!.querySelectorAll('*')) {
          const r = n.getBoundingClientRect();
          if (r.width === 0) continue;
          expect(
            r.right,
            `<${el.localName}> ${n.localName}[part=${n.getAttribute('part')}] overflows`,
          ).to.be.at.most(box.right + 1);
        }
      }
    } finally {
      column.remove();
    }
  });

  it('right-to-left and combining-character text is shown as written, and a stray override does not reorder the times', async () => {
    const d = base();
    d.title = 'שלום עולם – مرحبا بالعالم';
    d.sessions[1].title = '\u202Eevil override';
    d.sessions[1].description = 'Z̴̡̛̖͚̥̮̝̘̈́͛̐̆̋͒̐͝a̸̡̧̛̘̗̫̟̐̋̌͐̅l̷̢̛̜̮̜̥̋͐̆̽g̵̢̛̝̟̖͐̅̋o̶̢̢̗̙̫̐̆';
    d.sessions[2].title = 'e\u0301\u0302\u0303 café (NFD)';
    const els = await all(await serve(d), AT.live);
    const root = els[0]!.shadowRoot!;
    expect(root.querySelector('[part~="course-title"]')!.textContent).to.equal(d.title);
    const titles = [...root.querySelectorAll('[part~="session"] [part~="title"]')].map(
      (h) => h.textContent,
    );
    expect(titles).to.include('\u202Eevil override');
    expect(titles).to.include('e\u0301\u0302\u0303 café (NFD)');
    // The override ends with its heading: the session's time range keeps its own order.
    const live = root.querySelector('.live')!;
    const [start, end] = [...live.querySelectorAll('[part~="time"] time')].map((t) =>
      t.getBoundingClientRect(),
    );
    expect(start!.right).to.be.at.most(end!.left);
    expect(els[3]!.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal(
      '\u202Eevil override',
    );
  });

  it('__proto__, constructor and prototype keys at every level: Object.prototype untouched, the course shows', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const poison =
      '{"__proto__": {"polluted": "yes", "toString": "x"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}';
    // Written as text: JSON.stringify would not write a __proto__ member.
    const inner = (o: Doc) =>
      JSON.stringify(o)
        .replace(/^\{/, `${poison}, `)
        .replace(/,\s*\}$/, '}');
    const d = base();
    const json = inner({
      ...d,
      registration: '§reg',
      onDemand: '§od',
      sessions: '§sessions',
    })
      .replace('"§reg"', inner(d.registration))
      .replace('"§od"', inner(d.onDemand))
      .replace(
        '"§sessions"',
        `[${d.sessions.map((s: Doc) => inner({ ...s, speakers: '§sp' }).replace('"§sp"', `[${s.speakers.map(inner).join(',')}]`)).join(',')}]`,
      );
    expect(json.match(/__proto__/g)!.length, 'objects poisoned').to.equal(8);
    const els = await all(await serve(json));
    expect(els.map((el) => !!el.shadowRoot!.querySelector('[part~="base"]'))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect(els[0]!.shadowRoot!.querySelectorAll('[part~="session"]').length).to.equal(3);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    expect(({} as Doc).polluted).to.equal(undefined);
    expect(({} as Doc).toString).to.equal(Object.prototype.toString);
    expect(([] as unknown as Doc).polluted).to.equal(undefined);
  });

  it('a 5 MB document: every element says it is too large (the loader stops at 2 MB)', async () => {
    const warnings = spyWarn();
    const els = await all(`/__fault/large/${uniqueKey()}?bytes=5000000`).finally(warnings.restore);
    for (const el of els)
      expect(errorBox(el).lead, `<${el.localName}>`).to.equal(
        'The course data is too large to load.',
      );
    expect(errorBox(els[0]!).text).to.contain('The file is larger than the widgets accept.');
    expect(warnings.calls.join('\n')).to.contain('Response over the 2 MB limit');
  });

  it('deeply nested JSON (100,000 levels) as the document, in a field, as a session and as an unknown member', async () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const nestedDoc = await all(await serve(deep(100_000)));
    for (const el of nestedDoc) expect(errorBox(el).lead).to.equal(FORMAT_LEAD);
    cleanup();

    const json = JSON.stringify(base())
      .replace('"summary":"Text 3\\n\\nText 4"', `"summary":${deep(100_000)}`)
      .replace(/\}$/, `,"extra":{"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`)
      .replace('"sessions":[', `"sessions":[${deep(100_000)},`);
    expect(json.length).to.be.greaterThan(500_000);
    const els = await all(await serve(json));
    expect(els.map((el) => !!el.shadowRoot!.querySelector('[part~="base"]'))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    const root = els[0]!.shadowRoot!;
    expect(root.querySelector('[part~="notice"] li')!.textContent).to.equal(
      'sessions[0]: must be an object, got an array',
    );
    expect(root.querySelectorAll('[part~="session"]').length).to.equal(3);
    expect(root.querySelector('[part~="summary"]')).to.equal(null);
  });
});
