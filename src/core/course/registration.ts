/**
 * Where registration for a course stands at an instant. Pure: `now` is an argument, and
 * the answer depends only on the registration, on-demand and session data.
 *
 * Precedence, first match wins:
 *   1. `status: 'cancelled'`                          -> cancelled
 *   2. the last scheduled session has ended            -> on-demand while `onDemand.url` is
 *      set and `until` has not passed, else closed (nobody registers for a course that is over)
 *   3. an explicit `status` (the organiser's word beats the calendar):
 *      `closed` -> closed, `full`/`waitlist` -> full (linking the waitlist), `open` -> open
 *   4. the dates: before `opens` -> not-yet-open, from `closes` on -> closed, else open
 *   5. open without a usable registration URL          -> unavailable
 * An open registration reports `closesMs` when `closes` is in the future and at most
 * `CLOSING_SOON_MS` away. `nextMs` is the next instant at which the answer can change.
 */

import { nextAfter } from '../time/status.js';
import type { OnDemand, Registration, Session } from './types.js';

export const REGISTRATION_STATES = [
  'not-yet-open',
  'open',
  'full',
  'closed',
  'cancelled',
  'on-demand',
  'unavailable',
] as const;
export type RegistrationStateName = (typeof REGISTRATION_STATES)[number];

/** "Registration closes in 2 days" shows from this long before `closes`. */
export const CLOSING_SOON_MS = 3 * 86_400_000;

/**
 * What every state has. Fields a state does not have are typed `undefined` in it, so code
 * can read `state.href` on any state and narrow by `state` for the rest.
 */
interface StateBase {
  /** The next instant the state (or the closing-soon note) can change, if any. */
  nextMs?: number;
  href?: string;
  opensMs?: undefined;
  closesMs?: undefined;
}

interface NotYetOpen extends Omit<StateBase, 'opensMs'> {
  state: 'not-yet-open';
  /** When registration opens. */
  opensMs: number;
  href?: undefined;
}

interface Open extends Omit<StateBase, 'closesMs'> {
  state: 'open';
  /** The registration page. */
  href: string;
  /** When registration closes, only once that is within `CLOSING_SOON_MS`. */
  closesMs?: number;
}

interface Full extends StateBase {
  state: 'full';
  /** The waitlist page, when there is one. */
  href?: string;
}

interface OnDemandState extends StateBase {
  state: 'on-demand';
  /** Where the course can be watched. */
  href: string;
}

interface Closed extends StateBase {
  state: 'closed' | 'cancelled' | 'unavailable';
  href?: undefined;
}

/** Where registration stands, with what each state needs to show itself. */
export type RegistrationState = NotYetOpen | Open | Full | OnDemandState | Closed;

export interface RegistrationInput {
  registration?: Registration;
  onDemand?: OnDemand;
  sessions?: readonly Pick<Session, 'endMs' | 'status'>[];
}

export function registrationState(
  { registration = {}, onDemand, sessions = [] }: RegistrationInput,
  nowMs: number,
): RegistrationState {
  const { opensMs, closesMs, status } = registration;
  let lastEndMs: number | undefined;
  for (const session of sessions) {
    if (session.status !== 'scheduled') continue;
    if (lastEndMs === undefined || session.endMs > lastEndMs) lastEndMs = session.endMs;
  }
  const untilMs = onDemand?.untilMs;
  const closingSoonMs = closesMs === undefined ? undefined : closesMs - CLOSING_SOON_MS;
  const nextMs = nextAfter(nowMs, [opensMs, closingSoonMs, closesMs, lastEndMs, untilMs]);
  const reached = (instantMs: number | undefined) => instantMs !== undefined && nowMs >= instantMs;

  if (status === 'cancelled') return { state: 'cancelled', nextMs };
  if (reached(lastEndMs)) {
    return onDemand?.url && !reached(untilMs)
      ? { state: 'on-demand', href: onDemand.url, nextMs }
      : { state: 'closed', nextMs };
  }
  if (status === 'closed') return { state: 'closed', nextMs };
  if (status === 'full' || status === 'waitlist') {
    const waitlist = registration.waitlistUrl;
    return waitlist ? { state: 'full', href: waitlist, nextMs } : { state: 'full', nextMs };
  }
  if (status !== 'open') {
    if (opensMs !== undefined && nowMs < opensMs) return { state: 'not-yet-open', opensMs, nextMs };
    if (reached(closesMs)) return { state: 'closed', nextMs };
  }
  if (!registration.url) return { state: 'unavailable', nextMs };
  const closingSoon = reached(closingSoonMs) && !reached(closesMs);
  return closingSoon
    ? { state: 'open', href: registration.url, closesMs, nextMs }
    : { state: 'open', href: registration.url, nextMs };
}
