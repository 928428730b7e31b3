// The shared fixtures parse to the instants their names promise. Expected values are literals
// worked out by hand from the zone rules (EDT = UTC-4 in October 2021, BST = UTC+1 until
// 31 October, GMT after; CDT = UTC-5, CEST = UTC+2 in September), never computed by the code under test.
import { expect } from '@open-wc/testing';
import { parseCourse } from '../../../src/core/course/parse.js';
import {
  SESSION_STATUSES,
  SESSION_TYPES,
  type ParseResult,
} from '../../../src/core/course/types.js';
import { FIXTURE_URL, iso, loadFixture } from './fixtures.js';

const load = async (name: string): Promise<ParseResult> =>
  parseCourse(await loadFixture(name), { baseUrl: FIXTURE_URL });
const times = (r: ParseResult) =>
  r.course.sessions.map((s) => [s.id, iso(s.startMs), iso(s.endMs)]);

describe('fixture: resilient-together-2021.json (the seed course)', () => {
  let r: ParseResult;
  before(async () => {
    r = await load('resilient-together-2021.json');
  });

  it('parses without an issue', () => expect(r.issues).to.deep.equal([]));

  it('has every session and intermission at its real time (2 pm EDT = 18:00Z)', () => {
    expect(
      r.course.sessions.map((s) => [s.id, iso(s.startMs), iso(s.endMs), s.type, s.part]),
    ).to.deep.equal([
      ['w1-s1', '2021-10-13T18:00:00Z', '2021-10-13T18:45:00Z', 'session', 'week-1'],
      ['w1-break', '2021-10-13T18:45:00Z', '2021-10-13T19:00:00Z', 'break', 'week-1'],
      ['w1-s2', '2021-10-13T19:00:00Z', '2021-10-13T19:45:00Z', 'session', 'week-1'],
      ['w1-s3', '2021-10-13T19:45:00Z', '2021-10-13T20:15:00Z', 'session', 'week-1'],
      ['w2-s1', '2021-10-20T18:00:00Z', '2021-10-20T18:45:00Z', 'session', 'week-2'],
      ['w2-break', '2021-10-20T18:45:00Z', '2021-10-20T19:00:00Z', 'break', 'week-2'],
      ['w2-s2', '2021-10-20T19:00:00Z', '2021-10-20T19:45:00Z', 'session', 'week-2'],
      ['w2-s3', '2021-10-20T19:45:00Z', '2021-10-20T20:15:00Z', 'session', 'week-2'],
      ['w3-s1', '2021-10-27T18:00:00Z', '2021-10-27T18:45:00Z', 'session', 'week-3'],
      ['w3-break', '2021-10-27T18:45:00Z', '2021-10-27T19:00:00Z', 'break', 'week-3'],
      ['w3-s2', '2021-10-27T19:00:00Z', '2021-10-27T20:00:00Z', 'panel', 'week-3'],
    ]);
    expect(
      r.course.sessions.every(
        (s) =>
          s.timeZone === 'America/New_York' && s.speakers.length === 0 && s.status === 'scheduled',
      ),
    ).to.equal(true);
    expect(
      r.course.sessions
        .filter((s) => s.type !== 'break')
        .every((s) => (s.description?.length ?? 0) > 100),
    ).to.equal(true);
  });

  it('has the course details, registration and six months on demand', () => {
    const c = r.course;
    expect([c.id, c.title, c.timeZone, c.language]).to.deep.equal([
      'resilient-together-2021',
      'Resilient Together: Building School and Public Library Partnerships 2021',
      'America/New_York',
      'en-US',
    ]);
    expect(c.summary!.split('\n\n')).to.have.length(5);
    expect(c.parts).to.deep.equal([
      { id: 'week-1', title: 'Week 1' },
      { id: 'week-2', title: 'Week 2' },
      { id: 'week-3', title: 'Week 3' },
    ]);
    const reg = c.registration!;
    expect([
      reg.url,
      iso(reg.opensMs),
      iso(reg.closesMs),
      reg.codeOfConductUrl,
      reg.status,
    ]).to.deep.equal([
      'https://courses.example.org/resilient-together-2021/register',
      '2021-08-01T04:00:00Z',
      '2021-10-27T19:00:00Z',
      'https://courses.example.org/code-of-conduct',
      undefined,
    ]);
    expect(reg.groupRates).to.deep.equal({
      note: 'Discounted group rates available',
      contact: 'mailto:libraryjournal@edmaker.co',
    });
    expect([c.onDemand!.url, iso(c.onDemand!.untilMs)]).to.deep.equal([
      'https://courses.example.org/resilient-together-2021/on-demand',
      '2022-04-27T20:00:00Z',
    ]);
  });
});

describe('fixture: dst-straddle-2021.json', () => {
  it('17:00 London is 16:00Z on summer time and 17:00Z after 31 October', async () => {
    const r = await load('dst-straddle-2021.json');
    expect(r.issues).to.deep.equal([]);
    expect(times(r)).to.deep.equal([
      ['oct-20', '2021-10-20T16:00:00Z', '2021-10-20T17:00:00Z'],
      ['oct-27', '2021-10-27T16:00:00Z', '2021-10-27T17:00:00Z'],
      ['nov-03', '2021-11-03T17:00:00Z', '2021-11-03T18:00:00Z'],
      ['nov-10', '2021-11-10T17:00:00Z', '2021-11-10T18:00:00Z'],
    ]);
  });
});

describe('fixture: dst-edges-2021.json', () => {
  it('flags the wall times in a gap or an overlap and says so', async () => {
    const r = await load('dst-edges-2021.json');
    expect(
      r.course.sessions.map((s) => [s.id, iso(s.startMs), s.startKind ?? 'exact', iso(s.endMs)]),
    ).to.deep.equal([
      ['spring-gap', '2021-03-14T07:30:00Z', 'skipped', '2021-03-14T08:00:00Z'],
      ['london-overlap', '2021-10-31T00:30:00Z', 'ambiguous', '2021-10-31T03:00:00Z'],
      ['fall-overlap', '2021-11-07T05:30:00Z', 'ambiguous', '2021-11-07T07:30:00Z'],
      ['plain', '2021-11-08T17:00:00Z', 'exact', '2021-11-08T18:00:00Z'],
    ]);
    expect(r.issues.map((i) => [i.path, i.info])).to.deep.equal([
      ['sessions[0].start', true],
      ['sessions[1].start', true],
      ['sessions[2].start', true],
    ]);
  });
});

describe('fixture: midnight-crossing-2021.json', () => {
  it('reads instants with Z and offsets, and wall times across the organiser midnight', async () => {
    const r = await load('midnight-crossing-2021.json');
    expect(r.issues).to.deep.equal([]);
    expect(times(r)).to.deep.equal([
      ['kolkata-late', '2021-10-13T18:00:00Z', '2021-10-13T19:00:00Z'],
      ['new-york-late', '2021-10-14T03:30:00Z', '2021-10-14T04:30:00Z'],
      ['los-angeles-late', '2021-10-14T06:30:00Z', '2021-10-14T07:30:00Z'],
      ['auckland-late', '2021-10-14T10:30:00Z', '2021-10-14T11:30:00Z'],
      ['organiser-wall', '2021-10-21T03:00:00Z', '2021-10-21T05:00:00Z'],
    ]);
  });
});

describe('fixture: all-kinds.json', () => {
  it('uses every type and status, speakers with every field, and a session in its own zone', async () => {
    const r = await load('all-kinds.json');
    expect(r.issues).to.deep.equal([]);
    const c = r.course;
    expect(new Set(c.sessions.map((s) => s.type))).to.have.keys([...SESSION_TYPES]);
    expect(new Set(c.sessions.map((s) => s.status))).to.have.keys([...SESSION_STATUSES]);
    expect(times(r)).to.deep.equal([
      ['keynote', '2021-09-14T15:00:00Z', '2021-09-14T16:00:00Z'],
      ['break-1', '2021-09-14T16:00:00Z', '2021-09-14T16:15:00Z'],
      ['workshop', '2021-09-14T16:15:00Z', '2021-09-14T17:45:00Z'],
      ['panel', '2021-09-15T14:00:00Z', '2021-09-15T15:00:00Z'],
      ['office-hours', '2021-09-15T15:00:00Z', '2021-09-15T16:00:00Z'],
      ['cancelled', '2021-09-15T18:00:00Z', '2021-09-15T19:00:00Z'],
      ['closing', '2021-09-15T19:00:00Z', '2021-09-15T19:30:00Z'],
    ]);
    const keynote = c.sessions[0]!;
    expect(keynote.speakers[0]).to.deep.equal({
      name: 'Ada Example',
      title: 'Director',
      organization: 'Example Public Library',
      url: 'https://library.example.org/ada',
    });
    expect([keynote.joinUrl, keynote.recordingUrl]).to.deep.equal([
      'https://meet.example.org/keynote',
      'https://video.example.org/keynote',
    ]);
    expect(c.sessions.find((s) => s.id === 'office-hours')!.timeZone).to.equal('Europe/Berlin');
    expect([
      c.registration!.status,
      c.registration!.waitlistUrl,
      c.registration!.price,
    ]).to.deep.equal([
      'waitlist',
      'https://courses.example.org/all-kinds/waitlist',
      '$149 (members $99)',
    ]);
  });
});

describe('fixture: partial-2021.json', () => {
  it('keeps the two good sessions and says why each other one was skipped', async () => {
    const r = await load('partial-2021.json');
    expect(r.course.sessions.map((s) => [s.id, s.type, s.part])).to.deep.equal([
      ['good-1', 'session', 'week-1'],
      ['good-2', 'session', undefined],
    ]);
    expect(r.issues.map((i) => [i.path, i.skipped ?? false])).to.deep.equal([
      ['sessions[1].id', true],
      ['sessions[2].id', true],
      ['sessions[3].end', true],
      ['sessions[4].end', true],
      ['sessions[5].start', true],
      ['sessions[6].title', true],
      ['sessions[7]', true],
      ['sessions[8].timeZone', true],
      ['sessions[9].type', false],
      ['sessions[9].part', false],
    ]);
  });
});
