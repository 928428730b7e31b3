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

export interface RegistrationState {
  state: RegistrationStateName;
  /** The link the state offers: registration (open), waitlist (full), on-demand viewing. */
  href?: string;
  /** not-yet-open: when registration opens. */
  opensMs?: number;
  /** open: when registration closes, only once that is within `CLOSING_SOON_MS`. */
  closesMs?: number;
  /** The next instant the state (or the closing-soon note) can change, if any. */
  nextMs?: number;
}

export interface RegistrationInput {
  registration?: Registration;
  onDemand?: OnDemand;
  sessions?: readonly Pick<Session, 'endMs' | 'status'>[];
}

export function registrationState(
  { registration: r = {}, onDemand, sessions = [] }: RegistrationInput,
  nowMs: number,
): RegistrationState {
  const { opensMs, closesMs, status } = r;
  let lastEndMs: number | undefined;
  for (const s of sessions)
    if (s.status === 'scheduled' && !(s.endMs <= lastEndMs!)) lastEndMs = s.endMs;
  const untilMs = onDemand?.untilMs;
  const closingSoonMs = closesMs === undefined ? undefined : closesMs - CLOSING_SOON_MS;
  const nextMs = nextAfter(nowMs, [opensMs, closingSoonMs, closesMs, lastEndMs, untilMs]);
  const at = (
    state: RegistrationStateName,
    extra?: Omit<RegistrationState, 'state' | 'nextMs'>,
  ): RegistrationState => ({ state, ...extra, nextMs });

  if (status === 'cancelled') return at('cancelled');
  if (lastEndMs !== undefined && nowMs >= lastEndMs) {
    return onDemand?.url && !(nowMs >= untilMs!)
      ? at('on-demand', { href: onDemand.url })
      : at('closed');
  }
  if (status === 'closed') return at('closed');
  if (status === 'full' || status === 'waitlist')
    return at('full', r.waitlistUrl ? { href: r.waitlistUrl } : undefined);
  if (status !== 'open') {
    if (nowMs < opensMs!) return at('not-yet-open', { opensMs });
    if (nowMs >= closesMs!) return at('closed');
  }
  if (!r.url) return at('unavailable');
  return at('open', {
    href: r.url,
    ...(nowMs >= closingSoonMs! && nowMs < closesMs! ? { closesMs } : undefined),
  });
}
