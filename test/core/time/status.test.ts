// Session phases and the sessions elements point at, at chosen instants.
import { expect } from '@open-wc/testing';
import type { Course, Session } from '../../../src/core/course/types.js';
import {
  countdownTarget,
  liveSessions,
  namedPhase,
  nextSession,
  onDemandUrl,
  replayUrl,
  SESSION_PHASES,
  sessionPhase,
  STARTING_SOON_MS,
  type SessionPhase,
} from '../../../src/core/time/status.js';

const P = Date.parse;
const M = 60_000;

function session(id: string, start: string, end: string, extra: Partial<Session> = {}): Session {
  return {
    id,
    title: id,
    type: 'session',
    startMs: P(start),
    endMs: P(end),
    timeZone: 'America/New_York',
    speakers: [],
    status: 'scheduled',
    ...extra,
  };
}

const START = '2021-10-13T18:00:00Z';
const END = '2021-10-13T18:45:00Z';
const talk = session('talk', START, END);

describe('sessionPhase', () => {
  it('starting soon means 15 minutes', () => expect(STARTING_SOON_MS).to.equal(15 * M));

  const at = (offsetMs: number, from = START) => P(from) + offsetMs;
  // [session, now, phase]
  const table: [Session, number, SessionPhase][] = [
    [talk, at(-24 * 60 * M), 'upcoming'],
    [talk, at(-15 * M - 1), 'upcoming'],
    [talk, at(-15 * M), 'starting-soon'],
    [talk, at(-1), 'starting-soon'],
    [talk, at(0), 'live'],
    [talk, at(-1, END), 'live'],
    [talk, at(0, END), 'ended'],
    [talk, at(30 * 24 * 60 * M), 'ended'],
    [{ ...talk, status: 'cancelled' }, at(-60 * M), 'cancelled'],
    [{ ...talk, status: 'cancelled' }, at(0), 'cancelled'],
    [{ ...talk, status: 'cancelled' }, at(0, END), 'cancelled'],
    [{ ...talk, status: 'postponed' }, at(-5 * M), 'postponed'],
    [{ ...talk, status: 'postponed' }, at(5 * M), 'postponed'],
    [{ ...talk, type: 'break' }, at(5 * M), 'live'],
  ];
  for (const [s, now, phase] of table) {
    it(`${s.status} ${s.type} at ${new Date(now).toISOString()}: ${phase}`, () =>
      expect(sessionPhase(s, now)).to.equal(phase));
  }

  it('lists every phase it can return, once', () => {
    const returned = new Set(table.map(([, , phase]) => phase));
    expect([...SESSION_PHASES].sort()).to.deep.equal([...returned].sort());
  });
});

describe('namedPhase', () => {
  it('a session names every phase; a break only under way, cancelled or postponed', () => {
    for (const phase of SESSION_PHASES) {
      expect(namedPhase({ type: 'session' }, phase), phase).to.equal(phase);
      expect(namedPhase({ type: 'keynote' }, phase), phase).to.equal(phase);
    }
    const forBreak = SESSION_PHASES.map((phase) => namedPhase({ type: 'break' }, phase));
    expect(forBreak).to.deep.equal([
      undefined,
      undefined,
      'live',
      undefined,
      'cancelled',
      'postponed',
    ]);
  });
});

describe('replayUrl and onDemandUrl', () => {
  const course = (onDemand?: Course['onDemand']) => ({ onDemand });
  const after = P(END) + 60 * M;
  const until = '2022-04-13T00:00:00Z';
  const withRecording = { ...talk, recordingUrl: 'https://example.org/rec/1' };
  const od = course({ url: 'https://example.org/on-demand', untilMs: P(until) });
  // [session, course, now, url]
  const table: [string, Session, { onDemand?: Course['onDemand'] }, number, string | undefined][] =
    [
      ['recording after the end', withRecording, od, after, 'https://example.org/rec/1'],
      [
        'recording even after on-demand closes',
        withRecording,
        od,
        P(until) + 1,
        'https://example.org/rec/1',
      ],
      ['no replay while live', withRecording, od, P(START) + M, undefined],
      ['no replay before', withRecording, od, P(START) - M, undefined],
      ['on-demand link without a recording', talk, od, after, 'https://example.org/on-demand'],
      ['on-demand until its last instant', talk, od, P(until) - 1, 'https://example.org/on-demand'],
      ['nothing once on-demand has closed', talk, od, P(until), undefined],
      [
        'on-demand with no end date',
        talk,
        course({ url: 'https://example.org/on-demand' }),
        P('2030-01-01T00:00:00Z'),
        'https://example.org/on-demand',
      ],
      ['on-demand without a URL', talk, course({ untilMs: P(until) }), after, undefined],
      ['no on-demand at all', talk, course(), after, undefined],
      ['a break has no replay', { ...talk, type: 'break' }, od, after, undefined],
      [
        'a cancelled session has no replay',
        { ...withRecording, status: 'cancelled' },
        od,
        after,
        undefined,
      ],
    ];
  for (const [name, s, c, now, url] of table) {
    it(name, () => expect(replayUrl(s, c, now)).to.equal(url));
  }

  it('onDemandUrl on its own', () => {
    expect(onDemandUrl(od, P(until) - 1)).to.equal('https://example.org/on-demand');
    expect(onDemandUrl(od, P(until))).to.equal(undefined);
    expect(onDemandUrl(course(), 0)).to.equal(undefined);
  });
});

describe('nextSession, liveSessions and countdownTarget', () => {
  // A day of the seed course's shape: talk, intermission, two parallel talks (one cancelled),
  // then a postponed session and a last one a week later. Sorted by start, as parsed.
  const sessions: Session[] = [
    session('opening', '2021-10-13T18:00:00Z', '2021-10-13T18:45:00Z'),
    session('intermission', '2021-10-13T18:45:00Z', '2021-10-13T19:00:00Z', { type: 'break' }),
    session('cancelled-panel', '2021-10-13T19:00:00Z', '2021-10-13T19:45:00Z', {
      type: 'panel',
      status: 'cancelled',
    }),
    session('workshop', '2021-10-13T19:00:00Z', '2021-10-13T20:00:00Z', { type: 'workshop' }),
    session('postponed', '2021-10-14T18:00:00Z', '2021-10-14T18:45:00Z', { status: 'postponed' }),
    session('closing', '2021-10-20T18:00:00Z', '2021-10-20T18:45:00Z', { type: 'keynote' }),
  ];
  const ids = (list: (Session | undefined)[]) => list.map((s) => s?.id);
  // [now, next, live, countdown target]
  const table: [string, string | undefined, string[], string | undefined][] = [
    ['2021-10-01T00:00:00Z', 'opening', [], 'opening'],
    ['2021-10-13T17:50:00Z', 'opening', [], 'opening'],
    ['2021-10-13T18:00:00Z', 'workshop', ['opening'], 'opening'],
    ['2021-10-13T18:44:59Z', 'workshop', ['opening'], 'opening'],
    ['2021-10-13T18:45:00Z', 'workshop', ['intermission'], 'workshop'], // breaks are not counted down to
    ['2021-10-13T19:30:00Z', 'closing', ['workshop'], 'workshop'], // the cancelled panel is not live
    ['2021-10-13T20:00:00Z', 'closing', [], 'closing'], // the postponed session is skipped
    ['2021-10-20T18:30:00Z', undefined, ['closing'], 'closing'],
    ['2021-10-20T18:45:00Z', undefined, [], undefined], // the course has ended
  ];
  for (const [now, next, live, target] of table) {
    it(`at ${now}: next ${next}, live [${live}], countdown to ${target}`, () => {
      expect(nextSession(sessions, P(now))?.id).to.equal(next);
      expect(ids(liveSessions(sessions, P(now)))).to.deep.equal(live);
      expect(countdownTarget(sessions, P(now))?.id).to.equal(target);
    });
  }

  it('a pinned session id wins, whatever its state; an unknown one finds nothing', () => {
    expect(countdownTarget(sessions, P('2021-10-01T00:00:00Z'), 'closing')?.id).to.equal('closing');
    expect(countdownTarget(sessions, P('2021-12-01T00:00:00Z'), 'opening')?.id).to.equal('opening');
    expect(countdownTarget(sessions, P('2021-10-01T00:00:00Z'), 'postponed')?.id).to.equal(
      'postponed',
    );
    expect(countdownTarget(sessions, P('2021-10-01T00:00:00Z'), 'nope')).to.equal(undefined);
  });

  it('finds nothing in an empty course', () => {
    expect(nextSession([], 0)).to.equal(undefined);
    expect(liveSessions([], 0)).to.deep.equal([]);
    expect(countdownTarget([], 0)).to.equal(undefined);
  });
});
