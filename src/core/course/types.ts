/**
 * The Course data model after parsing: what every element renders. Pure types plus the
 * `as const` lists that are both the TypeScript unions and the runtime allow-lists the
 * parser checks against. Raw feed JSON never reaches an element; it becomes these first
 * (see ./parse.ts). All instants are epoch milliseconds; all URLs are already resolved
 * and allow-listed (absolute `https:`/`http:`, or `mailto:` for the group-rates contact).
 */

import type { WallTimeKind } from '../time/zoned.js';

export const SESSION_TYPES = [
  'session',
  'break',
  'office-hours',
  'keynote',
  'panel',
  'workshop',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const REGISTRATION_STATUSES = ['open', 'closed', 'full', 'waitlist', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Speaker {
  name: string;
  title?: string;
  organization?: string;
  url?: string;
}

export interface Part {
  id: string;
  title: string;
  summary?: string;
}

export interface Session {
  id: string;
  title: string;
  type: SessionType;
  /** Id of a `Part` of the course; only kept when such a part exists. */
  part?: string;
  startMs: number;
  endMs: number;
  /** The organiser's zone for this session: its own `timeZone`, else the course's. */
  timeZone: string;
  /** Set when `start`/`end` was a wall time in a DST overlap ('ambiguous') or gap ('skipped'). */
  startKind?: WallTimeKind;
  endKind?: WallTimeKind;
  description?: string;
  /** Empty means "to be announced" (unless the session is a break). */
  speakers: Speaker[];
  joinUrl?: string;
  recordingUrl?: string;
  status: SessionStatus;
}

export interface GroupRates {
  note?: string;
  /** `https:`/`http:` URL or `mailto:` address. */
  contact?: string;
}

export interface Registration {
  /** Undefined when the feed's URL was missing or unsafe (an issue says which). */
  url?: string;
  opensMs?: number;
  closesMs?: number;
  status?: RegistrationStatus;
  waitlistUrl?: string;
  price?: string;
  note?: string;
  codeOfConductUrl?: string;
  groupRates?: GroupRates;
}

export interface OnDemand {
  url?: string;
  untilMs?: number;
  note?: string;
}

export interface Course {
  version: 1;
  /** The feed's `id`, else derived from the title; used for storage keys and calendar UIDs. */
  id: string;
  title: string;
  subtitle?: string;
  summary?: string;
  url?: string;
  image?: string;
  timeZone: string;
  language?: string;
  registration?: Registration;
  onDemand?: OnDemand;
  parts: Part[];
  /** Valid sessions only, sorted by start (then feed order). */
  sessions: Session[];
}

/**
 * Something in the document that was not used as written. `skipped` issues name a session
 * that was left out; `info` issues a value that was used but read specially; the others a
 * field that was dropped, defaulted or shortened.
 * `path` is a JSON path such as `sessions[3].start`.
 */
export interface CourseIssue {
  path: string;
  message: string;
  skipped?: boolean;
  /**
   * Nothing was lost: the value was used, but read in a way worth knowing (a wall time in a DST
   * gap or overlap).
   */
  info?: boolean;
}

export interface ParseResult {
  course: Course;
  issues: CourseIssue[];
}
