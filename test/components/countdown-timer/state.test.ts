// countdownState and reachesMilestone, table-driven. Instants are literals (the seed course:
// sessions at 2 pm New York = 18:00Z in October 2021).
import { expect } from '@open-wc/testing';
import {
  countdownState,
  milestoneHolds,
  reachesMilestone,
  type CountdownState,
} from '../../../src/components/countdown-timer/internal/state.js';
import { parseCourse } from '../../../src/core/course/parse.js';
import type { Course } from '../../../src/core/course/types.js';
import { FIXTURE_URL, iso, loadFixture } from '../../core/course/fixtures.js';
import { T } from '../helpers.js';

describe('countdownState', () => {
  let seed: Course;
  before(async () => {
    seed = parseCourse(await loadFixture('resilient-together-2021.json'), {
      baseUrl: FIXTURE_URL,
    }).course;
  });

  const brief = (s: CountdownState) => [
    s.kind,
    s.key,
    s.stage,
    iso(s.targetMs),
    s.href,
    iso(s.nextMs),
  ];
  const OD = 'https://courses.example.org/resilient-together-2021/on-demand';
  const JOIN = (id: string) => `https://meet.example.org/resilient-together/${id}`;

  it('course mode through the first day', () => {
    const table: [string, unknown[]][] = [
      [
        '2021-10-11T17:00:00Z',
        ['counting', 'w1-s1', 0, '2021-10-13T18:00:00Z', undefined, '2021-10-12T18:00:00Z'],
      ],
      [
        '2021-10-12T18:00:00Z',
        ['counting', 'w1-s1', 1, '2021-10-13T18:00:00Z', undefined, '2021-10-13T17:00:00Z'],
      ],
      [
        '2021-10-13T17:00:00Z',
        ['counting', 'w1-s1', 2, '2021-10-13T18:00:00Z', undefined, '2021-10-13T17:55:00Z'],
      ],
      [
        '2021-10-13T17:55:00Z',
        ['counting', 'w1-s1', 3, '2021-10-13T18:00:00Z', undefined, '2021-10-13T18:00:00Z'],
      ],
      [
        '2021-10-13T18:00:00Z',
        ['live', 'w1-s1', 4, undefined, JOIN('w1-s1'), '2021-10-13T18:45:00Z'],
      ],
      [
        '2021-10-13T18:45:00Z',
        ['counting', 'w1-s2', 2, '2021-10-13T19:00:00Z', undefined, '2021-10-13T18:55:00Z'],
      ], // the break is skipped
      [
        '2021-10-13T19:45:00Z',
        ['live', 'w1-s3', 4, undefined, JOIN('w1-s3'), '2021-10-13T20:15:00Z'],
      ],
      ['2021-10-27T20:00:00Z', ['ended', '', 5, undefined, OD, '2022-04-27T20:00:00Z']],
      ['2022-04-27T20:00:00Z', ['ended', '', 5, undefined, undefined, undefined]],
    ];
    for (const [now, expected] of table)
      expect(brief(countdownState({ course: seed }, T(now))), now).to.deep.equal(expected);
  });

  it('pinned, unknown, and `to`', () => {
    expect(
      brief(countdownState({ course: seed, pinnedId: 'w2-s1' }, T('2021-10-13T18:10:00Z'))),
    ).to.deep.equal([
      'counting',
      'w2-s1',
      0,
      '2021-10-20T18:00:00Z',
      undefined,
      '2021-10-19T18:00:00Z',
    ]);
    expect(
      brief(countdownState({ course: seed, pinnedId: 'w1-s1' }, T('2021-10-14T00:00:00Z'))),
    ).to.deep.equal(['ended', 'w1-s1', 5, undefined, OD, '2022-04-27T20:00:00Z']);
    expect(
      countdownState({ course: seed, pinnedId: 'nope' }, T('2021-10-14T00:00:00Z')).kind,
    ).to.equal('missing');
    const toMs = T('2021-10-13T18:00:30Z');
    expect(brief(countdownState({ toMs }, T('2021-10-13T17:55:00Z')))).to.deep.equal([
      'counting',
      `to:${toMs}`,
      2,
      '2021-10-13T18:00:30Z',
      undefined,
      '2021-10-13T17:55:30Z',
    ]);
    expect(brief(countdownState({ toMs }, toMs))).to.deep.equal([
      'started',
      `to:${toMs}`,
      4,
      undefined,
      undefined,
      undefined,
    ]);
    expect(countdownState({}, toMs).kind).to.equal('missing');
  });

  it('reachesMilestone: a rising stage of one target, or a new target already live or over; never the first look', () => {
    const s = (key: string, stage: number) => ({ kind: 'counting', key, stage }) as CountdownState;
    const table: [Pick<CountdownState, 'key' | 'stage'> | undefined, CountdownState, boolean][] = [
      [undefined, s('a', 4), false],
      [s('a', 0), s('a', 0), false],
      [s('a', 0), s('a', 1), true],
      [s('a', 1), s('a', 3), true],
      [s('a', 3), s('a', 2), false], // the clock went back
      [s('a', 4), s('b', 2), false], // the next session, already within the hour: no "starts in" out of the blue
      [s('a', 4), s('b', 4), true],
      [s('a', 4), s('', 5), true],
      [s('a', 0), s('a', -1), false],
    ];
    for (const [prev, cur, expected] of table)
      expect(reachesMilestone(prev, cur), JSON.stringify([prev, cur])).to.equal(expected);
  });

  it('milestoneHolds: live and ended while unchanged, a counting one only at its instant', () => {
    const s = (key: string, stage: number) => ({ kind: 'counting', key, stage }) as CountdownState;
    const said = (key: string, stage: number) => ({ key, stage, atMs: 1000 });
    const table: [
      ReturnType<typeof said> | undefined,
      CountdownState | undefined,
      number,
      boolean,
    ][] = [
      [undefined, s('a', 4), 1000, false],
      [said('a', 4), undefined, 1000, false],
      [said('a', 4), s('a', 4), 9_000_000, true], // still live
      [said('a', 4), s('b', 2), 1000, false], // the intermission: counting to the next talk
      [said('a', 4), s('b', 0), 1000, false], // the week after
      [said('a', 4), s('a', 3), 1000, false], // the clock went back
      [said('', 5), s('', 5), 9_000_000, true], // the course has ended, and still has
      [said('a', 3), s('a', 3), 1000, true], // "Starts in 5 minutes" at 5 minutes
      [said('a', 3), s('a', 3), 2000, false], // a second later the screen says 4:59
    ];
    for (const [before, cur, nowMs, expected] of table)
      expect(milestoneHolds(before, cur, nowMs), JSON.stringify([before, cur, nowMs])).to.equal(
        expected,
      );
  });
});
