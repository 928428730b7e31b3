// Generated from course.schema.json by scripts/course-data-type.mjs: do not edit by hand.
// The course JSON as written (what `src`, inline JSON and the `course` property take), before
// parsing; the parsed shapes (`Course`, `Session`: epoch ms, defaults filled) are in types.ts.

/**
 * An online course for the course-widgets elements: its sessions with their times, grouped into
 * parts, with registration and on-demand details. See docs/course-format.md. The schema checks
 * shapes; the runtime parser also checks what a schema cannot (end after start, real calendar days,
 * known time zones, unique ids, part references).
 */
export interface CourseData {
  /**
   * Where editors find this schema, e.g. "https://unpkg.com/course-widgets/course.schema.json".
   * Ignored by the elements.
   */
  $schema?: string;
  /** Format version. Only 1 exists; leave it out or write 1. */
  version?: 1;
  /**
   * Stable id of the course, used for calendar UIDs and remembered settings. Default: derived from
   * the title.
   */
  id?: string;
  /** Course title, plain text. */
  title: string;
  /** One-line subtitle, plain text. */
  subtitle?: string;
  /** Course summary, plain text; a blank line separates paragraphs. */
  summary?: string;
  /** The course's web page (http or https; relative to this file's address allowed). */
  url?: string;
  /** An image for the course (http or https). */
  image?: string;
  /**
   * The organiser's IANA time zone, such as "America/New_York". Wall times in this file are read in
   * it. Abbreviations such as EST are refused.
   */
  timeZone: string;
  /** BCP 47 language tag of the course text, such as "en" or "es-MX". */
  language?: string;
  /** How to register. */
  registration?: RegistrationData;
  /** Recordings or course content available after the live sessions. */
  onDemand?: OnDemandData;
  /** Groups of sessions, such as weeks, in display order. Part ids must be unique. */
  parts?: PartData[];
  /**
   * The sessions in any order (they are shown sorted by start). Session ids must be unique. May be
   * empty.
   */
  sessions: SessionData[];
}

/** A group of sessions, such as a week. */
export interface PartData {
  /** Unique id that sessions name in their "part". */
  id: string;
  /** Heading for the group, such as "Week 1". */
  title: string;
  /** Text shown under the heading. */
  summary?: string;
}

/** A person presenting the session. */
export interface SpeakerData {
  /** The speaker's name. */
  name: string;
  /** Job title, such as "Director". */
  title?: string;
  /** Where the speaker works. */
  organization?: string;
  /** A page about the speaker. */
  url?: string;
}

/**
 * One scheduled item: a talk, a break, office hours... A session with a problem is left out and
 * reported; the others are shown.
 */
export interface SessionData {
  /**
   * Unique id of the session in this course (for links, calendar UIDs and session-id attributes).
   */
  id: string;
  /** Session title, plain text. */
  title: string;
  /** Kind of session; default "session". A "break" (intermission) is shown compact. */
  type?: 'session' | 'break' | 'office-hours' | 'keynote' | 'panel' | 'workshop';
  /** Id of the part (from "parts") this session belongs to. */
  part?: string;
  /** When the session starts. */
  start: string;
  /** When the session ends; must be after start. */
  end: string;
  /** The zone this session's wall times are in, when not the course's. */
  timeZone?: string;
  /** What the session is about, plain text; a blank line separates paragraphs. */
  description?: string;
  /** Who presents. Absent or empty on a session that is not a break: "Speakers to be announced". */
  speakers?: SpeakerData[];
  /** Where to join while the session is live. */
  joinUrl?: string;
  /** The recording, once the session has ended. */
  recordingUrl?: string;
  /** Default "scheduled". */
  status?: 'scheduled' | 'cancelled' | 'postponed';
}

/** Discounts for groups. */
export interface GroupRatesData {
  /** Text such as "Discounted group rates available". */
  note?: string;
  /** Who to ask: an http(s) link or a mailto: address. */
  contact?: string;
}

/** How to register. Without a usable url the register button says the link is unavailable. */
export interface RegistrationData {
  /** The registration page. */
  url: string;
  /** When registration opens (wall times in the course's zone). */
  opens?: string;
  /** When registration closes; should be after opens. */
  closes?: string;
  /** Overrides what opens and closes imply. */
  status?: 'open' | 'closed' | 'full' | 'waitlist' | 'cancelled';
  /** Where to join the waitlist when registration is full. */
  waitlistUrl?: string;
  /** Price as display text, such as "$199" or "Free". */
  price?: string;
  /** Text shown with the button. */
  note?: string;
  /** The code of conduct registrants agree to. */
  codeOfConductUrl?: string;
  /** Discounts for groups. */
  groupRates?: GroupRatesData;
}

/** Access after the live sessions. */
export interface OnDemandData {
  /** Where to watch on demand. */
  url?: string;
  /** When on-demand access ends (wall times in the course's zone). */
  until?: string;
  /** Text shown with the on-demand link. */
  note?: string;
}
