import { expect } from '@open-wc/testing';
import { parseCourse } from '../../../src/core/course/parse.js';
import { iso } from './fixtures.js';

const good = (id: string, start = '2021-10-13T14:00', end = '2021-10-13T14:45') => ({
  id,
  title: `Session ${id}`,
  start,
  end,
});
const course = (...sessions: unknown[]) => ({ title: 'T', timeZone: 'America/New_York', sessions });

describe('parseCourse: a bad session is skipped with its path, the rest are kept', () => {
  // [what, the bad session, path of the issue, fragment of its message]
  const table: [string, unknown, string, string][] = [
    ['not an object', 'a string', 'sessions[1]', 'sessions[1]: must be an object, got "a string"'],
    ['null', null, 'sessions[1]', 'must be an object, got null'],
    ['an array', [1], 'sessions[1]', 'must be an object, got an array'],
    [
      'missing id',
      { title: 'x', start: '2021-10-13T15:00', end: '2021-10-13T16:00' },
      'sessions[1].id',
      'sessions[1].id: is required',
    ],
    ['blank id', { ...good(''), id: '   ' }, 'sessions[1].id', 'must not be blank'],
    ['number id', { ...good('x'), id: 7 }, 'sessions[1].id', 'must be text, got a number (7)'],
    [
      'id over 100 characters',
      good('i'.repeat(101)),
      'sessions[1].id',
      'is longer than 100 characters',
    ],
    ['duplicate id', good('a'), 'sessions[1].id', '"a" is already the id of sessions[0]'],
    [
      'missing title',
      { id: 'b', start: '2021-10-13T15:00', end: '2021-10-13T16:00' },
      'sessions[1].title',
      'is required',
    ],
    [
      'object title',
      { ...good('b'), title: { _$litType$: 1, strings: ['<b>x</b>'] } },
      'sessions[1].title',
      'must be text, got an object',
    ],
    [
      'number title',
      { ...good('b'), title: 42 },
      'sessions[1].title',
      'sessions[1].title: must be text, got a number (42)',
    ],
    ['blank title', { ...good('b'), title: ' \n ' }, 'sessions[1].title', 'must not be blank'],
    [
      'missing start',
      { id: 'b', title: 'x', end: '2021-10-13T16:00' },
      'sessions[1].start',
      'sessions[1].start: is required',
    ],
    [
      'missing end',
      { id: 'b', title: 'x', start: '2021-10-13T16:00' },
      'sessions[1].end',
      'is required',
    ],
    [
      'start as a number',
      { ...good('b'), start: 1634148000000 },
      'sessions[1].start',
      'got a number (1634148000000)',
    ],
    ['date only', good('b', '2021-10-13'), 'sessions[1].start', 'has a date but no time of day'],
    [
      'space instead of T',
      good('b', '2021-10-13 14:00'),
      'sessions[1].start',
      'has a space where "T" belongs',
    ],
    [
      'zone abbreviation',
      good('b', '2021-10-13T14:00 EST'),
      'sessions[1].start',
      'ends in a zone name or abbreviation',
    ],
    ['24:00', good('b', '2021-10-13T23:00', '2021-10-13T24:00'), 'sessions[1].end', 'uses 24:xx'],
    [
      'day overflow',
      good('b', '2021-02-30T14:00', '2021-02-30T15:00'),
      'sessions[1].start',
      'has day 30, but February 2021 has 28 days',
    ],
    [
      'not a date-time',
      good('b', 'next Tuesday'),
      'sessions[1].start',
      '"next Tuesday" is not a date-time',
    ],
    [
      'end equal to start',
      good('b', '2021-10-13T15:00', '2021-10-13T15:00'),
      'sessions[1].end',
      '"2021-10-13T15:00" is not after start "2021-10-13T15:00"',
    ],
    [
      'end before start',
      good('b', '2021-10-13T15:00', '2021-10-13T14:00'),
      'sessions[1].end',
      'is not after start',
    ],
    [
      'end before start across zones',
      good('b', '2021-10-13T15:00-04:00', '2021-10-13T18:30Z'),
      'sessions[1].end',
      'is not after start',
    ],
    [
      'zone abbreviation as timeZone',
      { ...good('b'), timeZone: 'EST' },
      'sessions[1].timeZone',
      'abbreviation or legacy zone',
    ],
    [
      'unknown timeZone',
      { ...good('b'), timeZone: 'Mars/Olympus_Mons' },
      'sessions[1].timeZone',
      'not a time zone this browser knows',
    ],
    [
      'timeZone as a number',
      { ...good('b'), timeZone: -4 },
      'sessions[1].timeZone',
      'got a number (-4)',
    ],
  ];
  for (const [what, bad, path, fragment] of table) {
    it(what, () => {
      const { course: c, issues } = parseCourse(
        course(good('a'), bad, good('z', '2021-10-14T14:00', '2021-10-14T15:00')),
      );
      expect(c.sessions.map((s) => s.id)).to.deep.equal(['a', 'z']);
      const skipped = issues.filter((i) => i.skipped);
      expect(skipped, JSON.stringify(issues)).to.have.length(1);
      expect(skipped[0]!.path).to.equal(path);
      expect(skipped[0]!.message).to.include(fragment);
      expect(skipped[0]!.message.startsWith(`${path}: `)).to.equal(true);
    });
  }

  it('zero valid sessions is not an error: the issues say why each was left out', () => {
    const { course: c, issues } = parseCourse(course({ id: 'a' }, 5));
    expect(c.sessions).to.deep.equal([]);
    expect(issues.map((i) => [i.path, i.skipped])).to.deep.equal([
      ['sessions[0].title', true],
      ['sessions[1]', true],
    ]);
  });

  it('a skipped session does not claim its id: a later valid one with it is kept', () => {
    const { course: c } = parseCourse(
      course({ ...good('a'), end: 'x' }, good('a', '2021-10-20T14:00', '2021-10-20T15:00')),
    );
    expect(c.sessions.map((s) => iso(s.startMs))).to.deep.equal(['2021-10-20T18:00:00Z']);
  });
});

describe('parseCourse: session times', () => {
  it('sorts by start, keeping feed order for equal starts', () => {
    const { course: c } = parseCourse(
      course(
        good('late', '2021-10-20T14:00', '2021-10-20T15:00'),
        good('b1'),
        good('early', '2021-10-13T09:00', '2021-10-13T10:00'),
        good('b2'),
      ),
    );
    expect(c.sessions.map((s) => s.id)).to.deep.equal(['early', 'b1', 'b2', 'late']);
  });

  it("reads wall times in the session's own zone, else the course's, and records that zone", () => {
    const { course: c, issues } = parseCourse(
      course(
        good('ny'),
        { ...good('london'), timeZone: 'Europe/London' },
        good('instant', '2021-10-13T21:00:00Z', '2021-10-13T17:30-04:00'),
      ),
    );
    expect(issues).to.deep.equal([]);
    expect(c.sessions.map((s) => [s.id, iso(s.startMs), iso(s.endMs), s.timeZone])).to.deep.equal([
      ['london', '2021-10-13T13:00:00Z', '2021-10-13T13:45:00Z', 'Europe/London'],
      ['ny', '2021-10-13T18:00:00Z', '2021-10-13T18:45:00Z', 'America/New_York'],
      ['instant', '2021-10-13T21:00:00Z', '2021-10-13T21:30:00Z', 'America/New_York'],
    ]);
  });

  it('flags wall times in a DST overlap or gap, with an info issue naming the instant used', () => {
    const { course: c, issues } = parseCourse(
      course(
        good('overlap', '2021-11-07T01:30', '2021-11-07T02:30'),
        good('gap', '2021-03-14T02:30', '2021-03-14T04:00'),
      ),
    );
    const byId = Object.fromEntries(c.sessions.map((s) => [s.id, s]));
    expect([
      iso(byId.overlap!.startMs),
      byId.overlap!.startKind,
      byId.overlap!.endKind,
    ]).to.deep.equal(['2021-11-07T05:30:00Z', 'ambiguous', undefined]);
    expect([iso(byId.gap!.startMs), byId.gap!.startKind]).to.deep.equal([
      '2021-03-14T07:30:00Z',
      'skipped',
    ]);
    expect(issues.map((i) => [i.path, i.info, i.skipped])).to.deep.equal([
      ['sessions[0].start', true, undefined],
      ['sessions[1].start', true, undefined],
    ]);
    expect(issues[0]!.message)
      .to.include('happens twice in America/New_York')
      .and.include('2021-11-07T05:30:00Z');
    expect(issues[1]!.message)
      .to.include('does not exist in America/New_York')
      .and.include('2021-03-14T07:30:00Z');
    expect('startKind' in c.sessions.find((s) => s.id === 'gap')!).to.equal(true);
  });

  it('sets no kind on exact times', () => {
    const { course: c } = parseCourse(course(good('a')));
    expect(Object.keys(c.sessions[0]!)).not.to.include.members(['startKind', 'endKind']);
  });
});
