import { expect } from '@open-wc/testing';
import { COURSE_LIMITS, parseCourse, slugify } from '../../../src/core/course/parse.js';
import { iso, thrown } from './fixtures.js';

const BASE = 'https://courses.example.org/x/course.json';
const session = { id: 's1', title: 'One', start: '2021-10-13T14:00', end: '2021-10-13T14:45' };
const doc = (extra: Record<string, unknown> = {}, s: Record<string, unknown> = {}) => ({
  title: 'Course',
  timeZone: 'America/New_York',
  sessions: [{ ...session, ...s }],
  ...extra,
});

describe('parseCourse: course-level problems throw CourseError(invalid) with a path', () => {
  const table: [string, unknown, string, string][] = [
    ['null', null, '', 'the course must be a JSON object, got null'],
    ['an array', [], '', 'got an array'],
    ['a string', 'course', '', 'got "course"'],
    [
      'version 2',
      doc({ version: 2 }),
      'version',
      'version: must be 1 (the only format version this library reads), got a number (2)',
    ],
    ['version "1"', doc({ version: '1' }), 'version', 'got "1"'],
    ['version null', doc({ version: null }), 'version', 'got null'],
    ['missing title', doc({ title: undefined }), 'title', 'title: is required'],
    ['blank title', doc({ title: ' \t ' }), 'title', 'title: must not be blank'],
    ['object title', doc({ title: { text: 'x' } }), 'title', 'title: must be text, got an object'],
    ['number title', doc({ title: 5 }), 'title', 'title: must be text, got a number (5)'],
    ['missing timeZone', doc({ timeZone: undefined }), 'timeZone', 'timeZone: is required'],
    [
      'EST',
      doc({ timeZone: 'EST' }),
      'timeZone',
      'timeZone: "EST" is an abbreviation or legacy zone',
    ],
    ['an offset', doc({ timeZone: '-04:00' }), 'timeZone', 'is not an IANA time zone name'],
    [
      'unknown zone',
      doc({ timeZone: 'America/Atlantis' }),
      'timeZone',
      'is not a time zone this browser knows',
    ],
    ['missing sessions', doc({ sessions: undefined }), 'sessions', 'sessions: is required'],
    [
      'sessions object',
      doc({ sessions: { s1: session } }),
      'sessions',
      'sessions: must be an array, got an object',
    ],
    [
      'sessions string',
      doc({ sessions: 'none' }),
      'sessions',
      'sessions: must be an array, got "none"',
    ],
  ];
  for (const [what, json, path, fragment] of table) {
    it(what, () => {
      const e = thrown(() => parseCourse(json));
      expect(e.kind).to.equal('invalid');
      expect(e.path).to.equal(path);
      expect(e.message).to.include(fragment);
    });
  }
});

describe('parseCourse: bad optional fields are dropped or defaulted and reported', () => {
  // [what, document, path of the single issue, message fragment, check on the result]
  type Check = (r: ReturnType<typeof parseCourse>) => void;
  const table: [string, unknown, string, string, Check][] = [
    [
      'unknown session type',
      doc({}, { type: 'seminar' }),
      'sessions[0].type',
      'must be one of session, break, office-hours, keynote, panel, workshop; got "seminar"',
      (r) => expect(r.course.sessions[0]!.type).to.equal('session'),
    ],
    [
      'unknown session status',
      doc({}, { status: 'done' }),
      'sessions[0].status',
      'got "done"',
      (r) => expect(r.course.sessions[0]!.status).to.equal('scheduled'),
    ],
    [
      'part naming no part',
      doc({ parts: [{ id: 'w1', title: 'Week 1' }] }, { part: 'w9' }),
      'sessions[0].part',
      '"w9" is not the id of any part',
      (r) => expect('part' in r.course.sessions[0]!).to.equal(false),
    ],
    [
      'speakers not an array',
      doc({}, { speakers: 'Jane Doe' }),
      'sessions[0].speakers',
      'must be an array, got "Jane Doe"',
      (r) => expect(r.course.sessions[0]!.speakers).to.deep.equal([]),
    ],
    [
      'a speaker that is not an object',
      doc({}, { speakers: ['Jane', { name: 'Ann' }] }),
      'sessions[0].speakers[0]',
      'must be an object, got "Jane"',
      (r) => expect(r.course.sessions[0]!.speakers).to.deep.equal([{ name: 'Ann' }]),
    ],
    [
      'a speaker without a name',
      doc({}, { speakers: [{ title: 'Dr' }] }),
      'sessions[0].speakers[0].name',
      'is required',
      (r) => expect(r.course.sessions[0]!.speakers).to.deep.equal([]),
    ],
    [
      'unsafe joinUrl',
      doc({}, { joinUrl: 'javascript:alert(1)' }),
      'sessions[0].joinUrl',
      'sessions[0].joinUrl: "javascript:alert(1)" is not an http(s) link',
      (r) => expect('joinUrl' in r.course.sessions[0]!).to.equal(false),
    ],
    [
      'description as a number',
      doc({}, { description: 5 }),
      'sessions[0].description',
      'must be text',
      (r) => expect(r.course.sessions[0]!.description).to.equal(undefined),
    ],
    [
      'subtitle null',
      doc({ subtitle: null }),
      'subtitle',
      'subtitle: must be text, got null',
      (r) => expect('subtitle' in r.course).to.equal(false),
    ],
    [
      'summary as an array',
      doc({ summary: ['a'] }),
      'summary',
      'got an array',
      (r) => expect(r.course.summary).to.equal(undefined),
    ],
    [
      'bad language',
      doc({ language: 'en_US' }),
      'language',
      '"en_US" is not a BCP 47 language tag',
      (r) => expect(r.course.language).to.equal(undefined),
    ],
    [
      'blank language',
      doc({ language: ' ' }),
      'language',
      'must not be blank',
      (r) => expect(r.course.language).to.equal(undefined),
    ],
    [
      'course id as a number',
      doc({ id: 12 }),
      'id',
      'must be text',
      (r) => expect(r.course.id).to.equal('course'),
    ],
    [
      'blank course id',
      doc({ id: '' }),
      'id',
      'must not be blank',
      (r) => expect(r.course.id).to.equal('course'),
    ],
    [
      'image with data:',
      doc({ image: 'data:image/png;base64,AAAA' }),
      'image',
      'is not an http(s) link',
      (r) => expect(r.course.image).to.equal(undefined),
    ],
    [
      'relative url without an address',
      doc({ url: 'about.html' }),
      'url',
      'is a relative link',
      (r) => expect(r.course.url).to.equal(undefined),
    ],
    [
      'registration as a string',
      doc({ registration: 'https://example.org/' }),
      'registration',
      'registration: must be an object, got "https://example.org/"',
      (r) => expect(r.course.registration).to.equal(undefined),
    ],
    [
      'registration without url',
      doc({ registration: { price: 'Free' } }),
      'registration.url',
      'is required; without it the register button says the link is unavailable',
      (r) => expect(r.course.registration).to.deep.equal({ price: 'Free' }),
    ],
    [
      'unsafe registration url',
      doc({ registration: { url: 'vbscript:x', price: 'Free' } }),
      'registration.url',
      'registration.url: "vbscript:x" is not an http(s) link',
      (r) => expect(r.course.registration).to.deep.equal({ price: 'Free' }),
    ],
    [
      'unknown registration status',
      doc({ registration: { url: 'https://e.org/r', status: 'maybe' } }),
      'registration.status',
      'must be one of open, closed, full, waitlist, cancelled',
      (r) => expect(r.course.registration).to.deep.equal({ url: 'https://e.org/r' }),
    ],
    [
      'bad opens',
      doc({ registration: { url: 'https://e.org/r', opens: 'soon' } }),
      'registration.opens',
      '"soon" is not a date-time',
      (r) => expect(r.course.registration!.opensMs).to.equal(undefined),
    ],
    [
      'closes before opens',
      doc({
        registration: {
          url: 'https://e.org/r',
          opens: '2021-10-01T00:00',
          closes: '2021-09-01T00:00',
        },
      }),
      'registration.closes',
      '"2021-09-01T00:00" is not after opens "2021-10-01T00:00"',
      (r) => expect(iso(r.course.registration!.closesMs)).to.equal('2021-09-01T04:00:00Z'),
    ],
    [
      'group contact tel:',
      doc({
        registration: {
          url: 'https://e.org/r',
          groupRates: { note: 'Groups', contact: 'tel:+15555550100' },
        },
      }),
      'registration.groupRates.contact',
      'is not an http(s) or mailto: link',
      (r) => expect(r.course.registration!.groupRates).to.deep.equal({ note: 'Groups' }),
    ],
    [
      'bad on-demand until',
      doc({ onDemand: { url: 'https://e.org/od', until: '2022-04-27' } }),
      'onDemand.until',
      'has a date but no time of day',
      (r) => expect(r.course.onDemand).to.deep.equal({ url: 'https://e.org/od' }),
    ],
    [
      'duplicate part id',
      doc({
        parts: [
          { id: 'w1', title: 'Week 1' },
          { id: 'w1', title: 'Again' },
        ],
      }),
      'parts[1].id',
      '"w1" is already the id of parts[0]; this part is ignored',
      (r) => expect(r.course.parts).to.deep.equal([{ id: 'w1', title: 'Week 1' }]),
    ],
    [
      'part without title',
      doc({ parts: [{ id: 'w1' }] }),
      'parts[0].title',
      'is required',
      (r) => expect(r.course.parts).to.deep.equal([]),
    ],
    [
      'parts not an array',
      doc({ parts: { w1: 'Week 1' } }),
      'parts',
      'must be an array',
      (r) => expect(r.course.parts).to.deep.equal([]),
    ],
    [
      'unknown session field',
      doc({}, { titel: 'typo' }),
      'sessions[0].titel',
      'sessions[0].titel: is not a field of the course format; ignored',
      () => {},
    ],
    [
      'unknown field with an odd name',
      doc({ 'start time': 1 }),
      '["start time"]',
      'is not a field of the course format',
      () => {},
    ],
  ];
  for (const [what, json, path, fragment, check] of table) {
    it(what, () => {
      const r = parseCourse(json);
      expect(
        r.issues.map((i) => i.path),
        JSON.stringify(r.issues),
      ).to.deep.equal([path]);
      expect(r.issues[0]!.message).to.include(fragment);
      expect(r.issues[0]!.skipped).to.equal(undefined);
      expect(r.course.sessions).to.have.length(1);
      check(r);
    });
  }
});

describe('parseCourse: text', () => {
  it('trims, folds one-line fields to one line, keeps paragraphs, removes control characters', () => {
    const { course: c, issues } = parseCourse(
      doc(
        {
          title: '  Resilient\n  Together\t2021 ',
          summary: ' First.\r\n\r\nSecond\u0000 line.\u0007 ',
        },
        { description: 'a\n\nb' },
      ),
    );
    expect(issues).to.deep.equal([]);
    expect(c.title).to.equal('Resilient Together 2021');
    expect(c.summary).to.equal('First.\n\nSecond line.');
    expect(c.sessions[0]!.description).to.equal('a\n\nb');
  });

  it('keeps markup as literal text (elements render it as text, never as HTML)', () => {
    const { course: c } = parseCourse(doc({ title: '<img src=x onerror=alert(1)>' }));
    expect(c.title).to.equal('<img src=x onerror=alert(1)>');
  });

  it('treats a blank optional text as absent, without an issue', () => {
    const { course: c, issues } = parseCourse(doc({ subtitle: '   ' }, { description: '\n\n' }));
    expect(issues).to.deep.equal([]);
    expect('subtitle' in c).to.equal(false);
    expect('description' in c.sessions[0]!).to.equal(false);
  });

  it('shortens a 10,000-character title to the limit, ending in an ellipsis, with an issue', () => {
    const { course: c, issues } = parseCourse(doc({}, { title: 'x'.repeat(10_000) }));
    const title = c.sessions[0]!.title;
    expect(COURSE_LIMITS.line).to.equal(200);
    expect(title.length).to.equal(200);
    expect(title.endsWith('x…')).to.equal(true);
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['sessions[0].title', 'sessions[0].title: is 10000 characters long; shortened to 200'],
    ]);
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const emoji = '\u{1F600}'.repeat(200);
    expect(parseCourse(doc({ title: emoji })).issues).to.deep.equal([]);
    const { course: c } = parseCourse(doc({ title: `${emoji}\u{1F600}` }));
    expect(Array.from(c.title)).to.have.length(200);
    expect(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(c.title),
    ).to.equal(false);
  });

  it('keeps right-to-left and combining text as written', () => {
    const title = 'שלום مرحبا e\u0301\u0301';
    expect(parseCourse(doc({ title })).course.title).to.equal(title);
  });

  it('canonicalises the language tag', () => {
    expect(parseCourse(doc({ language: 'EN-us' })).course.language).to.equal('en-US');
  });

  it('derives the course id from the title when the feed has none', () => {
    expect(parseCourse(doc({ title: 'Résumé Writing: 101!' })).course.id).to.equal(
      'resume-writing-101',
    );
    expect(parseCourse(doc({ id: ' my-course ' })).course.id).to.equal('my-course');
    expect(slugify('!!!')).to.equal('course');
    expect(slugify('日本語の講座')).to.equal('日本語の講座');
    expect(slugify(`${'a'.repeat(63)} b`)).to.equal('a'.repeat(63));
  });

  it('resolves relative links against the JSON address', () => {
    const { course: c, issues } = parseCourse(
      doc(
        {
          url: './',
          registration: {
            url: 'register',
            codeOfConductUrl: '/conduct',
            groupRates: { contact: 'mailto:team@example.org' },
          },
        },
        { joinUrl: '//meet.example.org/s1' },
      ),
      { baseUrl: BASE },
    );
    expect(issues).to.deep.equal([]);
    expect(c.url).to.equal('https://courses.example.org/x/');
    expect(c.registration).to.deep.equal({
      url: 'https://courses.example.org/x/register',
      codeOfConductUrl: 'https://courses.example.org/conduct',
      groupRates: { contact: 'mailto:team@example.org' },
    });
    expect(c.sessions[0]!.joinUrl).to.equal('https://meet.example.org/s1');
  });
});

describe('parseCourse: limits', () => {
  it(`reads at most ${COURSE_LIMITS.sessions} sessions and says how many were left`, () => {
    const sessions = Array.from({ length: 5001 }, (_, i) => ({ ...session, id: `s${i}` }));
    const { course: c, issues } = parseCourse({ title: 'Big', timeZone: 'UTC', sessions });
    expect(c.sessions).to.have.length(5000);
    expect(issues).to.deep.equal([
      {
        path: 'sessions',
        message: 'sessions: has 5001 entries; only the first 5000 are read',
        skipped: true,
      },
    ]);
  });

  it(`reads at most ${COURSE_LIMITS.speakers} speakers per session`, () => {
    const speakers = Array.from({ length: 60 }, (_, i) => ({ name: `Speaker ${i}` }));
    const { course: c, issues } = parseCourse(doc({}, { speakers }));
    expect(c.sessions[0]!.speakers).to.have.length(50);
    expect(issues.map((i) => i.message)).to.deep.equal([
      'sessions[0].speakers: has 60 entries; only the first 50 are read',
    ]);
  });

  it('lists 100 issues that skip nothing, then counts the rest; skipped sessions are always listed', () => {
    const noisy = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`extra${i}`, i]));
    const bad = Array.from({ length: 120 }, (_, i) => ({ id: `bad${i}` }));
    const { issues } = parseCourse({
      title: 'Noisy',
      timeZone: 'UTC',
      sessions: [{ ...session, ...noisy }, ...bad],
    });
    expect(issues.filter((i) => !i.skipped)).to.have.length(101);
    expect(issues.filter((i) => i.skipped)).to.have.length(120);
    expect(issues.at(-1)).to.deep.equal({ path: '', message: '50 more issues are not listed' });
  });

  it('does not walk unknown members: a deeply nested one costs nothing', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { course: c, issues } = parseCourse(
      doc({ extra: deep }, { speakers: [{ name: 'A', extra: deep }] }),
    );
    expect(c.sessions).to.have.length(1);
    expect(issues.map((i) => i.path)).to.deep.equal(['extra', 'sessions[0].speakers[0].extra']);
  });
});

describe('parseCourse: pure', () => {
  it('does not change its input and returns equal results for equal input', async () => {
    const json = doc(
      { registration: { url: 'https://e.org/r' }, parts: [{ id: 'p', title: 'P' }] },
      { part: 'p', speakers: [{ name: 'A' }] },
    );
    const before = JSON.stringify(json);
    const a = parseCourse(json);
    const b = parseCourse(JSON.parse(before));
    expect(JSON.stringify(json)).to.equal(before);
    expect(a).to.deep.equal(b);
    expect(a.course.sessions[0]!.speakers[0]).not.to.equal(
      (json.sessions[0] as unknown as { speakers: unknown[] }).speakers[0],
    );
  });

  it('parses 1,000 sessions quickly (a generous bound; the benchmark measures it properly)', () => {
    const sessions = Array.from({ length: 1000 }, (_, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T14:00`,
      end: `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T15:00`,
      speakers: [{ name: 'A Speaker', organization: 'Org' }],
      description: 'Text',
      joinUrl: 'https://meet.example.org/x',
    }));
    parseCourse({ title: 'Warm', timeZone: 'America/New_York', sessions: sessions.slice(0, 10) });
    const t0 = performance.now();
    const { course: c } = parseCourse({ title: 'Big', timeZone: 'America/New_York', sessions });
    const ms = performance.now() - t0;
    expect(c.sessions).to.have.length(1000);
    expect(ms).to.be.below(1000);
  });
});
