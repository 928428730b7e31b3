// registrationState: every state, the precedence between them, the closing-soon window and
// the next instant of change. Instants are literals worked out by hand (EDT = UTC-4 in
// August-October 2021, EST = UTC-5 from November), never computed by the code under test.
import { expect } from '@open-wc/testing';
import { parseCourse } from '../../../src/core/course/parse.js';
import {
  CLOSING_SOON_MS,
  registrationState,
  type RegistrationInput,
  type RegistrationState,
} from '../../../src/core/course/registration.js';
import type { Course } from '../../../src/core/course/types.js';
import { FIXTURE_URL, iso, loadFixture } from './fixtures.js';

const T = (s: string) => Date.parse(s);
const URL_ = 'https://example.org/register';
const WAIT = 'https://example.org/waitlist';
const OD = 'https://example.org/on-demand';
const OPENS = T('2021-08-01T04:00:00Z');
const CLOSES = T('2021-10-27T19:00:00Z');
const LAST_END = T('2021-10-27T20:00:00Z');
const UNTIL = T('2022-04-27T20:00:00Z');

const base: RegistrationInput = {
  registration: { url: URL_, opensMs: OPENS, closesMs: CLOSES },
  onDemand: { url: OD, untilMs: UNTIL },
  sessions: [
    { endMs: T('2021-10-13T18:45:00Z'), status: 'scheduled' },
    { endMs: LAST_END, status: 'scheduled' },
    { endMs: T('2021-11-03T20:00:00Z'), status: 'cancelled' }, // a cancelled later session does not extend the course
  ],
};
const withReg = (reg: object, rest: Partial<RegistrationInput> = {}): RegistrationInput => ({
  ...base,
  ...rest,
  registration: { ...base.registration, ...reg },
});

/** [what, input, now, expected state (without nextMs), expected nextMs] */
const table: [
  string,
  RegistrationInput,
  string,
  Omit<RegistrationState, 'nextMs'>,
  string | undefined,
][] = [
  [
    'before opens',
    base,
    '2021-07-31T12:00:00Z',
    { state: 'not-yet-open', opensMs: OPENS },
    '2021-08-01T04:00:00Z',
  ],
  [
    'a millisecond before opens',
    base,
    '2021-08-01T03:59:59.999Z',
    { state: 'not-yet-open', opensMs: OPENS },
    '2021-08-01T04:00:00Z',
  ],
  [
    'at opens (inclusive)',
    base,
    '2021-08-01T04:00:00Z',
    { state: 'open', href: URL_ },
    '2021-10-24T19:00:00Z',
  ],
  [
    'open, more than 3 days left',
    base,
    '2021-10-24T18:59:59Z',
    { state: 'open', href: URL_ },
    '2021-10-24T19:00:00Z',
  ],
  [
    'open, exactly 3 days left: closing soon',
    base,
    '2021-10-24T19:00:00Z',
    { state: 'open', href: URL_, closesMs: CLOSES },
    '2021-10-27T19:00:00Z',
  ],
  [
    'open, 2 days left',
    base,
    '2021-10-25T19:00:00Z',
    { state: 'open', href: URL_, closesMs: CLOSES },
    '2021-10-27T19:00:00Z',
  ],
  [
    'at closes (exclusive)',
    base,
    '2021-10-27T19:00:00Z',
    { state: 'closed' },
    '2021-10-27T20:00:00Z',
  ],
  [
    'after the last session: on demand',
    base,
    '2021-10-27T20:00:00Z',
    { state: 'on-demand', href: OD },
    '2022-04-27T20:00:00Z',
  ],
  ['on-demand window over: closed', base, '2022-04-27T20:00:00Z', { state: 'closed' }, undefined],
  [
    'on demand without until',
    withReg({}, { onDemand: { url: OD } }),
    '2030-01-01T00:00:00Z',
    { state: 'on-demand', href: OD },
    undefined,
  ],
  [
    'on demand without url: closed',
    withReg({}, { onDemand: { untilMs: UNTIL } }),
    '2021-11-01T00:00:00Z',
    { state: 'closed' },
    '2022-04-27T20:00:00Z',
  ],
  [
    'no dates: open',
    { registration: { url: URL_ } },
    '2021-09-01T00:00:00Z',
    { state: 'open', href: URL_ },
    undefined,
  ],
  [
    'no url: unavailable',
    withReg({ url: undefined }),
    '2021-09-01T00:00:00Z',
    { state: 'unavailable' },
    '2021-10-24T19:00:00Z',
  ],
  [
    'no registration at all: unavailable',
    {},
    '2021-09-01T00:00:00Z',
    { state: 'unavailable' },
    undefined,
  ],
  [
    'no url, not yet open: not-yet-open (no link to show yet)',
    withReg({ url: undefined }),
    '2021-07-01T00:00:00Z',
    { state: 'not-yet-open', opensMs: OPENS },
    '2021-08-01T04:00:00Z',
  ],
  // explicit status beats the dates
  [
    'status open before opens',
    withReg({ status: 'open' }),
    '2021-07-01T00:00:00Z',
    { state: 'open', href: URL_ },
    '2021-08-01T04:00:00Z',
  ],
  [
    'status open after closes',
    withReg({ status: 'open' }),
    '2021-10-27T19:30:00Z',
    { state: 'open', href: URL_ },
    '2021-10-27T20:00:00Z',
  ],
  [
    'status open, closing soon still noted',
    withReg({ status: 'open' }),
    '2021-10-26T19:00:00Z',
    { state: 'open', href: URL_, closesMs: CLOSES },
    '2021-10-27T19:00:00Z',
  ],
  [
    'status open without url: unavailable',
    withReg({ status: 'open', url: undefined }),
    '2021-09-01T00:00:00Z',
    { state: 'unavailable' },
    '2021-10-24T19:00:00Z',
  ],
  [
    'status closed inside the dates',
    withReg({ status: 'closed' }),
    '2021-09-01T00:00:00Z',
    { state: 'closed' },
    '2021-10-24T19:00:00Z',
  ],
  [
    'status full with waitlist',
    withReg({ status: 'full', waitlistUrl: WAIT }),
    '2021-09-01T00:00:00Z',
    { state: 'full', href: WAIT },
    '2021-10-24T19:00:00Z',
  ],
  [
    'status waitlist reads as full',
    withReg({ status: 'waitlist', waitlistUrl: WAIT }),
    '2021-09-01T00:00:00Z',
    { state: 'full', href: WAIT },
    '2021-10-24T19:00:00Z',
  ],
  [
    'status full without waitlist: no link',
    withReg({ status: 'full' }),
    '2021-09-01T00:00:00Z',
    { state: 'full' },
    '2021-10-24T19:00:00Z',
  ],
  [
    'status full before opens',
    withReg({ status: 'full', waitlistUrl: WAIT }),
    '2021-07-01T00:00:00Z',
    { state: 'full', href: WAIT },
    '2021-08-01T04:00:00Z',
  ],
  [
    'a waitlist url alone does not make it full',
    withReg({ waitlistUrl: WAIT }),
    '2021-09-01T00:00:00Z',
    { state: 'open', href: URL_ },
    '2021-10-24T19:00:00Z',
  ],
  // the course being over beats an explicit status
  [
    'status full after the last session: on demand',
    withReg({ status: 'full', waitlistUrl: WAIT }),
    '2021-11-01T00:00:00Z',
    { state: 'on-demand', href: OD },
    '2022-04-27T20:00:00Z',
  ],
  [
    'status open after the last session, no on-demand: closed',
    withReg({ status: 'open' }, { onDemand: undefined }),
    '2021-11-01T00:00:00Z',
    { state: 'closed' },
    undefined,
  ],
  // cancelled beats everything
  [
    'cancelled while open',
    withReg({ status: 'cancelled' }),
    '2021-09-01T00:00:00Z',
    { state: 'cancelled' },
    '2021-10-24T19:00:00Z',
  ],
  [
    'cancelled after the last session (on demand is not offered)',
    withReg({ status: 'cancelled' }),
    '2021-11-01T00:00:00Z',
    { state: 'cancelled' },
    '2022-04-27T20:00:00Z',
  ],
  // sessions
  [
    'every session cancelled: the course never ends',
    withReg({}, { sessions: [{ endMs: LAST_END, status: 'cancelled' }] }),
    '2021-11-01T00:00:00Z',
    { state: 'closed' },
    '2022-04-27T20:00:00Z',
  ],
  [
    'a postponed last session does not count as the end',
    withReg(
      {},
      {
        sessions: [
          { endMs: T('2021-10-13T18:45:00Z'), status: 'scheduled' },
          { endMs: LAST_END, status: 'postponed' },
        ],
      },
    ),
    '2021-10-20T00:00:00Z',
    { state: 'on-demand', href: OD },
    '2021-10-24T19:00:00Z',
  ],
];

describe('registrationState', () => {
  for (const [what, input, now, expected, next] of table) {
    it(what, () => {
      const r = registrationState(input, T(now));
      const { nextMs, ...rest } = r;
      expect(rest).to.deep.equal(expected);
      expect(iso(nextMs), 'nextMs').to.equal(next);
    });
  }

  it('closing soon is exactly three days', () =>
    expect(CLOSING_SOON_MS).to.equal(3 * 24 * 60 * 60 * 1000));

  it('nextMs is always in the future, and the state only changes there', () => {
    // Walk across the whole life of the seed-shaped course, hour by hour, and check that
    // nothing changes strictly between one reported nextMs and the next.
    let now = T('2021-07-01T00:00:00Z');
    const end = T('2022-06-01T00:00:00Z');
    while (now < end) {
      const r = registrationState(base, now);
      if (r.nextMs === undefined) break;
      expect(r.nextMs).to.be.greaterThan(now);
      const justBefore = registrationState(base, r.nextMs - 1);
      expect({ ...justBefore, nextMs: 0 }).to.deep.equal({ ...r, nextMs: 0 });
      now = r.nextMs;
    }
    expect(iso(now)).to.equal('2022-04-27T20:00:00Z');
  });
});

describe('registrationState on the fixtures', () => {
  let seed: Course;
  let allKinds: Course;
  before(async () => {
    seed = parseCourse(await loadFixture('resilient-together-2021.json'), {
      baseUrl: FIXTURE_URL,
    }).course;
    allKinds = parseCourse(await loadFixture('all-kinds.json'), { baseUrl: FIXTURE_URL }).course;
  });

  it('the seed course through its life', () => {
    const at = (now: string) => {
      const { state, href, opensMs, closesMs } = registrationState(seed, T(now));
      return [state, href, iso(opensMs), iso(closesMs)];
    };
    const reg = 'https://courses.example.org/resilient-together-2021/register';
    // opens 2021-08-01T00:00 New York (04:00Z), closes 2021-10-27T15:00 (19:00Z), last session ends 16:00 (20:00Z)
    expect(at('2021-07-15T12:00:00Z')).to.deep.equal([
      'not-yet-open',
      undefined,
      '2021-08-01T04:00:00Z',
      undefined,
    ]);
    expect(at('2021-09-01T12:00:00Z')).to.deep.equal(['open', reg, undefined, undefined]);
    expect(at('2021-10-25T19:00:00Z')).to.deep.equal([
      'open',
      reg,
      undefined,
      '2021-10-27T19:00:00Z',
    ]);
    expect(at('2021-10-27T19:30:00Z')).to.deep.equal(['closed', undefined, undefined, undefined]);
    // on demand until 2022-04-27T16:00 New York (EDT again: 20:00Z)
    expect(at('2021-10-27T20:00:00Z')).to.deep.equal([
      'on-demand',
      'https://courses.example.org/resilient-together-2021/on-demand',
      undefined,
      undefined,
    ]);
    expect(at('2022-04-27T19:59:59Z')[0]).to.equal('on-demand');
    expect(at('2022-04-27T20:00:00Z')[0]).to.equal('closed');
  });

  it('all-kinds: explicit waitlist status with its link, before and after closes', () => {
    const wait = 'https://courses.example.org/all-kinds/waitlist';
    expect(registrationState(allKinds, T('2021-08-15T00:00:00Z'))).to.include({
      state: 'full',
      href: wait,
    });
    expect(registrationState(allKinds, T('2021-09-14T00:00:00Z'))).to.include({
      state: 'full',
      href: wait,
    });
    // last scheduled session (closing, 14:30 CDT = 19:30Z on Sept 15) ended: on demand
    expect(registrationState(allKinds, T('2021-09-15T19:30:00Z'))).to.include({
      state: 'on-demand',
      href: 'https://courses.example.org/all-kinds/on-demand',
    });
  });
});
