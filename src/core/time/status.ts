/**
 * Where a session stands at a given instant, and which sessions the elements point at.
 * Pure: `now` is always an argument (the shared clock supplies it). Sessions are those of
 * a parsed `Course`, sorted by start.
 */

import type { Course, Session } from '../course/types.js';

/** Every phase a session card can show; the i18n tables key their labels by these. */
export const SESSION_PHASES = [
  'upcoming',
  'starting-soon',
  'live',
  'ended',
  'cancelled',
  'postponed',
] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/** "Starting soon" begins this long before the start. */
export const STARTING_SOON_MS = 15 * 60_000;

/**
 * The session's phase at `nowMs`: a cancelled or postponed status wins over the clock;
 * otherwise 'starting-soon' from 15 minutes before the start, 'live' from the start
 * (inclusive) to the end (exclusive), then 'ended'.
 */
export function sessionPhase(
  session: Pick<Session, 'startMs' | 'endMs' | 'status'>,
  nowMs: number,
): SessionPhase {
  if (session.status !== 'scheduled') return session.status;
  if (nowMs >= session.endMs) return 'ended';
  if (nowMs >= session.startMs) return 'live';
  return nowMs >= session.startMs - STARTING_SOON_MS ? 'starting-soon' : 'upcoming';
}

/**
 * The phase a session's status line names, if any. A break names only what is out of the
 * ordinary (under way, cancelled, postponed): the schedule marks a running intermission with
 * a coloured bar, and colour must never be the only sign of a state (WCAG 1.4.1).
 */
export function namedPhase(
  session: Pick<Session, 'type'>,
  phase: SessionPhase,
): SessionPhase | undefined {
  const unusual = phase === 'live' || phase === 'cancelled' || phase === 'postponed';
  return session.type !== 'break' || unusual ? phase : undefined;
}

/** The course's on-demand link while it is offered (`now` before `onDemand.until`, or no until). */
export function onDemandUrl(course: Pick<Course, 'onDemand'>, nowMs: number): string | undefined {
  const offer = course.onDemand;
  return offer?.url && (offer.untilMs === undefined || nowMs < offer.untilMs)
    ? offer.url
    : undefined;
}

/**
 * What "Watch recording" links to for a session at `now`: only once it has ended, its own
 * `recordingUrl`, else the course's on-demand link while offered. Breaks have no replay.
 */
export function replayUrl(
  session: Session,
  course: Pick<Course, 'onDemand'>,
  nowMs: number,
): string | undefined {
  if (session.type === 'break' || sessionPhase(session, nowMs) !== 'ended') return undefined;
  return session.recordingUrl ?? onDemandUrl(course, nowMs);
}

/** The earliest of `times` after `nowMs` (missing ones ignored): when a state next changes. */
export function nextAfter(nowMs: number, times: Iterable<number | undefined>): number | undefined {
  let next: number | undefined;
  for (const time of times)
    if (time !== undefined && time > nowMs && (next === undefined || time < next)) next = time;
  return next;
}

/**
 * Whether a session is something to count down to or point at as "next": not a break, not
 * cancelled/postponed.
 */
const isMain = (s: Session) => s.type !== 'break' && s.status === 'scheduled';

/** The first main session that has not started yet. */
export const nextSession = (sessions: readonly Session[], nowMs: number): Session | undefined =>
  sessions.find((s) => isMain(s) && s.startMs > nowMs);

/** Every session live at `now` (breaks included: an intermission in progress is what is on). */
export const liveSessions = (sessions: readonly Session[], nowMs: number): Session[] =>
  sessions.filter((s) => sessionPhase(s, nowMs) === 'live');

/**
 * The session a countdown shows: the pinned one when `pinnedId` is given (undefined if no
 * session has that id), else the first main session that has not ended, which is live or
 * next. Undefined once every session has ended.
 */
export function countdownTarget(
  sessions: readonly Session[],
  nowMs: number,
  pinnedId?: string,
): Session | undefined {
  return pinnedId === undefined
    ? sessions.find((s) => isMain(s) && s.endMs > nowMs)
    : sessions.find((s) => s.id === pinnedId);
}
