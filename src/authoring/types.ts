/**
 * The JSON input shape of course format v1 (docs/course-format.md), as an author writes it:
 * wall times or instants as strings, links as written. The parser (src/core/course/parse.ts)
 * turns this into the `Course` model; the authoring tools (the .ics import, the builder page,
 * the command) produce and edit it. Only the shape: values are checked by the parser.
 */

import type { RegistrationStatus, SessionStatus, SessionType } from '../core/course/types.js';

export interface SpeakerInput {
  name: string;
  title?: string;
  organization?: string;
  url?: string;
}

export interface PartInput {
  id: string;
  title: string;
  summary?: string;
}

export interface SessionInput {
  id: string;
  title: string;
  type?: SessionType;
  part?: string;
  /** A wall time `YYYY-MM-DDTHH:mm[:ss]` in the session's or course's zone, or an instant. */
  start: string;
  end: string;
  timeZone?: string;
  description?: string;
  speakers?: SpeakerInput[];
  joinUrl?: string;
  recordingUrl?: string;
  status?: SessionStatus;
}

export interface RegistrationInput {
  url?: string;
  opens?: string;
  closes?: string;
  status?: RegistrationStatus;
  waitlistUrl?: string;
  price?: string;
  note?: string;
  codeOfConductUrl?: string;
  groupRates?: { note?: string; contact?: string };
}

export interface OnDemandInput {
  url?: string;
  until?: string;
  note?: string;
}

export interface CourseInput {
  $schema?: string;
  version?: 1;
  id?: string;
  title: string;
  subtitle?: string;
  summary?: string;
  url?: string;
  image?: string;
  timeZone: string;
  language?: string;
  registration?: RegistrationInput;
  onDemand?: OnDemandInput;
  parts?: PartInput[];
  sessions: SessionInput[];
}
