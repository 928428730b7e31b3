/**
 * What a countdown shows at an instant, and which milestones it has reached. Pure: `now`
 * is an argument. Course mode follows `countdownTarget` (the next main session that has not
 * ended, or the pinned one): counting to its start, live until its end, then the next
 * session, and after the last "ended" (with the on-demand link while offered). A `to`
 * countdown counts to one instant and then has "started" (it knows no end).
 *
 * Milestones ("stages") rise as the target nears: 0 more than a day to go, 1 within a day,
 * 2 within an hour, 3 within five minutes, 4 live (or started), 5 ended. The element
 * announces a milestone when the stage rises for the same target, or when a new target is
 * already live or over; never on a tick.
 */

import type { Course, Session } from '../../../core/course/types.js';
import { countdownTarget, nextAfter, onDemandUrl } from '../../../core/time/status.js';

/** How long before the target each counting milestone begins: a day, an hour, five minutes. */
const MILESTONES_MS = [86_400_000, 3_600_000, 300_000] as const;
const LIVE_STAGE = 4;
const ENDED_STAGE = 5;

/** What every countdown state has. */
interface StateBase {
  /** Which target this is (a session id, or the `to` instant): milestones are per key. */
  key: string;
  /** The milestone reached (see the module notes); -1 when milestones do not apply. */
  stage: number;
  /** The session shown, in course mode. */
  session?: Session;
  /** live: the session's join link; ended: the course's on-demand link while offered. */
  href?: string;
  /** The next instant at which the state or its stage changes. */
  nextMs?: number;
}

/** Counting down to `targetMs`. */
export interface CountingState extends StateBase {
  kind: 'counting';
  targetMs: number;
  nextMs: number;
}

/** Every state but counting has no target instant. */
type NotCounting = StateBase & { targetMs?: undefined };

export type CountdownState =
  | CountingState
  | (NotCounting & { kind: 'live'; session: Session; nextMs: number })
  | (NotCounting & { kind: 'cancelled' | 'postponed'; session: Session })
  | (NotCounting & { kind: 'started' })
  | (NotCounting & { kind: 'ended' })
  | (NotCounting & { kind: 'missing' });

export type CountdownKind = CountdownState['kind'];

export interface CountdownInput {
  course?: Pick<Course, 'sessions' | 'onDemand'>;
  /** The `to` instant, used when there is no course. */
  toMs?: number;
  /** `session-id`: count down to this session only. */
  pinnedId?: string;
}

export function countdownState(
  { course, toMs, pinnedId }: CountdownInput,
  nowMs: number,
): CountdownState {
  const session = course ? countdownTarget(course.sessions, nowMs, pinnedId) : undefined;
  const start = session ? session.startMs : toMs;
  const key = session ? session.id : `to:${toMs}`;
  if (course && !session) {
    if (pinnedId !== undefined) return { kind: 'missing', key: '', stage: -1 };
    const untilMs = course.onDemand?.untilMs;
    return {
      kind: 'ended',
      key: '',
      stage: ENDED_STAGE,
      href: onDemandUrl(course, nowMs),
      nextMs: nextAfter(nowMs, [untilMs]),
    };
  }
  if (session && session.status !== 'scheduled')
    return { kind: session.status, key, stage: -1, session };
  if (start === undefined) return { kind: 'missing', key: '', stage: -1 };
  if (nowMs < start) {
    let stage = 0;
    for (const milestoneMs of MILESTONES_MS) if (start - nowMs <= milestoneMs) stage++;
    const milestones = MILESTONES_MS.map((milestoneMs) => start - milestoneMs);
    return {
      kind: 'counting',
      key,
      stage,
      session,
      targetMs: start,
      // The start itself is after now, so there is always a next instant.
      nextMs: nextAfter(nowMs, [...milestones, start]) ?? start,
    };
  }
  if (!session) return { kind: 'started', key, stage: LIVE_STAGE };
  if (nowMs < session.endMs)
    return {
      kind: 'live',
      key,
      stage: LIVE_STAGE,
      session,
      href: session.joinUrl,
      nextMs: session.endMs,
    };
  // Only a pinned session is still the target after its end.
  return {
    kind: 'ended',
    key,
    stage: ENDED_STAGE,
    session,
    href: course && onDemandUrl(course, nowMs),
    nextMs: nextAfter(nowMs, [course?.onDemand?.untilMs]),
  };
}

/**
 * Whether going from `previous` to `current` reaches a milestone worth announcing (not the first
 * look).
 */
export function reachesMilestone(
  previous: Pick<CountdownState, 'key' | 'stage'> | undefined,
  current: CountdownState,
): boolean {
  if (!previous || current.stage <= 0) return false;
  if (current.key === previous.key) return current.stage > previous.stage;
  return current.stage >= LIVE_STAGE;
}

/** A milestone the element announced: the target and stage it was about, and when. */
export interface Milestone {
  key: string;
  stage: number;
  atMs: number;
}

/**
 * Whether the words of `said` may stay in the status region at `cur`: a screen reader that
 * reads the page must not find "Live now" during the intermission or in the week after, nor
 * "Starts in 5 minutes" once the screen says 4 minutes, 59 seconds. Live, started and ended
 * hold while the target and stage are unchanged; a counting milestone only at the instant it
 * was reached, since the time on screen moves on.
 */
export const milestoneHolds = (
  said: Milestone | undefined,
  cur: CountdownState | undefined,
  nowMs: number,
): boolean =>
  !!said &&
  !!cur &&
  said.key === cur.key &&
  said.stage === cur.stage &&
  (cur.stage >= LIVE_STAGE || nowMs === said.atMs);
