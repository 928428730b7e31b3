import { expect } from '@open-wc/testing';
import { parseCourse } from '../../../src/core/course/parse.js';
import type { Course } from '../../../src/core/course/types.js';
import { FIXTURE_URL, loadFixture, thrown } from './fixtures.js';

// The keys each result object may have: anything else is a surprise that came from the feed.
const KEYS = {
  course:
    'version id title subtitle summary url image timeZone language registration onDemand parts sessions',
  session:
    'id title type part startMs endMs timeZone startKind endKind description speakers joinUrl recordingUrl status',
  speaker: 'name title organization url',
  part: 'id title summary',
  registration: 'url opensMs closesMs status waitlistUrl price note codeOfConductUrl groupRates',
  groupRates: 'note contact',
  onDemand: 'url untilMs note',
};

function expectOnlyKnownKeys(c: Course) {
  const check = (o: object | undefined, kind: keyof typeof KEYS) => {
    if (o === undefined) return;
    expect(Object.getPrototypeOf(o), kind).to.equal(Object.prototype);
    expect(
      Object.getOwnPropertyNames(o).filter((k) => !KEYS[kind].split(' ').includes(k)),
      kind,
    ).to.deep.equal([]);
  };
  check(c, 'course');
  check(c.registration, 'registration');
  check(c.registration?.groupRates, 'groupRates');
  check(c.onDemand, 'onDemand');
  c.parts.forEach((p) => check(p, 'part'));
  c.sessions.forEach((s) => {
    check(s, 'session');
    s.speakers.forEach((sp) => check(sp, 'speaker'));
  });
}

const polluted = () =>
  ['polluted', 'title', 'isAdmin'].filter(
    (k) => k in {} || Object.prototype.hasOwnProperty.call(Object.prototype, k) || k in [],
  );

describe('parseCourse: prototype pollution', () => {
  it('__proto__, constructor and prototype keys at every level change nothing', () => {
    const json = JSON.parse(`{
      "__proto__": { "polluted": 1, "isAdmin": true },
      "constructor": { "prototype": { "polluted": 2 } },
      "prototype": { "polluted": 3 },
      "title": "T", "timeZone": "UTC",
      "registration": { "__proto__": { "polluted": 4 }, "url": "https://e.org/r",
        "groupRates": { "__proto__": { "polluted": 5 }, "note": "n" } },
      "onDemand": { "constructor": { "prototype": { "polluted": 6 } } },
      "parts": [ { "__proto__": { "polluted": 7 }, "id": "p", "title": "P" } ],
      "sessions": [ { "__proto__": { "polluted": 8, "title": "inherited" }, "id": "s", "title": "S",
        "start": "2021-10-13T14:00", "end": "2021-10-13T15:00",
        "speakers": [ { "__proto__": { "polluted": 9 }, "name": "N" } ] } ]
    }`);
    expect(Object.keys(json)).to.include('__proto__'); // an own key, as the loader's JSON.parse makes it
    const { course: c, issues } = parseCourse(json);
    expect(polluted()).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expectOnlyKnownKeys(c);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '__proto__',
      'constructor',
      'prototype',
      'registration.__proto__',
      'registration.groupRates.__proto__',
      'onDemand.constructor',
      'parts[0].__proto__',
      'sessions[0].__proto__',
      'sessions[0].speakers[0].__proto__',
    ]);
    expect(c.sessions[0]!.title).to.equal('S');
  });

  it('reads own members only: a required field inherited through the prototype is missing', () => {
    const json = JSON.parse(
      '{ "__proto__": { "title": "from the prototype" }, "timeZone": "UTC", "sessions": [] }',
    );
    expect(thrown(() => parseCourse(json)).path).to.equal('title');
    const inherited = Object.assign(Object.create({ title: 'inherited' }), {
      timeZone: 'UTC',
      sessions: [],
    });
    expect(thrown(() => parseCourse(inherited)).message).to.equal('title: is required');
  });

  it('ignores members a polluted page added to Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.subtitle = 'polluted subtitle';
      proto.joinUrl = 'javascript:alert(1)';
      proto.registration = { url: 'javascript:alert(1)' };
      const { course: c } = parseCourse({
        title: 'T',
        timeZone: 'UTC',
        sessions: [{ id: 's', title: 'S', start: '2021-10-13T14:00', end: '2021-10-13T15:00' }],
      });
      expect(Object.prototype.hasOwnProperty.call(c, 'subtitle')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(c, 'registration')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(c.sessions[0], 'joinUrl')).to.equal(false);
    } finally {
      delete proto.subtitle;
      delete proto.joinUrl;
      delete proto.registration;
    }
  });

  it('the hostile fixture: every URL dropped, every text kept as literal text, no prototype touched', async () => {
    const json = await loadFixture('hostile.json');
    const { course: c, issues } = parseCourse(json, { baseUrl: FIXTURE_URL });
    expect(polluted()).to.deep.equal([]);
    expectOnlyKnownKeys(c);
    expect([c.url, c.image, c.onDemand?.url, c.language, c.subtitle]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(c.registration).to.deep.equal({
      price: '<img src=x onerror="window.__xss=1">',
      note: '"><svg onload="window.__xss=2">',
      groupRates: { note: '<script>window.__xss=3</script>' },
    });
    const links = c.sessions.flatMap((s) => [
      s.joinUrl,
      s.recordingUrl,
      ...s.speakers.map((sp) => sp.url),
    ]);
    expect(links.filter((l) => l !== undefined)).to.deep.equal([]);
    expect(c.sessions.map((s) => s.id)).to.deep.equal(['s1', 's2 "><img src=x>', 's4']);
    expect(c.sessions[0]!.title).to.equal('<img src=x onerror="window.__xss=1">');
    expect(c.sessions[1]!.title).to.have.length(200);
    expect(issues.filter((i) => i.skipped).map((i) => i.path)).to.deep.equal(['sessions[2].title']);
    const urlPaths = issues.filter((i) => /url|Url|image|contact/.test(i.path)).map((i) => i.path);
    expect(urlPaths).to.have.members([
      'url',
      'image',
      'registration.url',
      'registration.waitlistUrl',
      'registration.codeOfConductUrl',
      'registration.groupRates.contact',
      'onDemand.url',
      'sessions[0].speakers[0].url',
      'sessions[0].joinUrl',
      'sessions[0].recordingUrl',
      'sessions[1].joinUrl',
      'sessions[1].recordingUrl',
      'sessions[3].joinUrl',
      'sessions[3].recordingUrl',
    ]);
  });
});
