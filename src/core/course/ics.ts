/**
 * Calendar export: an RFC 5545 `.ics` for the whole course or one session, a Google
 * Calendar link, a safe file name and a `data:` URL to download it. Pure: `now` is an
 * argument (for DTSTAMP) and nothing touches the DOM.
 *
 * Times are written in UTC (`20211013T180000Z`): an instant is exact in every client
 * with no VTIMEZONE block to ship or keep in sync with the tz database, and the
 * calendar app shows it in its user's own zone anyway. UIDs depend only on the course
 * and session ids, so re-importing (the whole course or one session) updates the events
 * already there instead of duplicating them.
 */

import type { Course, Session } from './types.js';

/** The words the export writes; pass an element's picked strings to localise them. */
/** The words a calendar entry uses, in the visitor's language. */
export interface IcsLabels {
  speakers: string;
  join: string;
  online: string;
}

/**
 * The English words of core/i18n/common.ts (a test keeps them equal), written out so the
 * export does not pull every element's string table into a bundle.
 */
export const ICS_LABELS_EN: IcsLabels = { speakers: 'Speakers', join: 'Join', online: 'Online' };

export interface IcsOptions {
  /** The export's own time, for DTSTAMP. */
  nowMs: number;
  /** The sessions to export; default every session of the course except breaks. */
  sessions?: readonly Session[];
  labels?: IcsLabels;
}

/** Reserved by RFC 2606, so a UID of ours can never collide with one a real domain issues. */
const UID_DOMAIN = 'course-widgets.invalid';
/** Google answers an over-long URL with an error page; the description is clipped to this. */
const GOOGLE_DETAILS_MAX = 1000;

/** A lone surrogate cannot be encoded as UTF-8 (and makes `encodeURIComponent` throw). */
const wellFormed = (value: string): string => value.replace(/[\ud800-\udfff]/gu, '\ufffd');

/** `20211013T180000Z` */
const utc = (ms: number): string => new Date(ms).toISOString().replace(/-|:|\.\d+/g, '');

/**
 * RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped, any newline as `\n`.
 * Other control characters are not allowed in TEXT and are dropped.
 */
const text = (value: string): string =>
  wellFormed(value)
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- RFC 5545 CONTROL characters are its target
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

/**
 * A content line folded at 75 octets (3.1): counted in UTF-8 and broken only between
 * code points, each continuation starting with the one space the reader removes.
 */
function line(name: string, value: string): string {
  let out = '';
  let octets = 0;
  for (const ch of `${name}:${value}`) {
    const codePoint = ch.codePointAt(0) ?? 0;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return `${out}\r\n`;
}

/** What a calendar entry is called: the session, then the course it belongs to. */
const summary = (session: Session, course: Course): string => `${session.title} – ${course.title}`;

const location = (session: Session, labels: IcsLabels): string => session.joinUrl ?? labels.online;

/**
 * Description, speakers, then the join link (else the course page): Google and Outlook
 * ignore the URL property, so the link has to be in the text to be clickable.
 */
function details(session: Session, course: Course, labels: IcsLabels, max = Infinity): string {
  const parts: string[] = [];
  const description = session.description?.trim();
  if (description) {
    const shortened = `${description.slice(0, max).trimEnd()}…`;
    parts.push(description.length > max ? shortened : description);
  }
  if (session.speakers.length) {
    const names = session.speakers.map((s) =>
      [s.name, s.title, s.organization].filter(Boolean).join(', '),
    );
    parts.push(`${labels.speakers}:\n${names.join('\n')}`);
  }
  if (session.joinUrl) parts.push(`${labels.join}: ${session.joinUrl}`);
  else if (course.url) parts.push(course.url);
  return parts.join('\n\n');
}

/** Percent-encoded, so `/` separates the two ids unambiguously and nothing needs TEXT escaping. */
const uidPart = (id: string): string => encodeURIComponent(wellFormed(id));

const STATUS = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

function vevent(session: Session, course: Course, nowMs: number, labels: IcsLabels): string {
  const url = session.joinUrl ?? course.url;
  const body = details(session, course, labels);
  return (
    'BEGIN:VEVENT\r\n' +
    line('UID', `${uidPart(course.id)}/${uidPart(session.id)}@${UID_DOMAIN}`) +
    line('DTSTAMP', utc(nowMs)) +
    line('DTSTART', utc(session.startMs)) +
    line('DTEND', utc(session.endMs)) +
    line('SUMMARY', text(summary(session, course))) +
    (body ? line('DESCRIPTION', text(body)) : '') +
    (url ? line('URL', url) : '') +
    line('LOCATION', text(location(session, labels))) +
    line('STATUS', STATUS[session.status]) +
    'END:VEVENT\r\n'
  );
}

/**
 * The course as an iCalendar document (CRLF line ends, folded, UTF-8 text). Cancelled
 * sessions stay in, marked `STATUS:CANCELLED`, so a calendar that imported them earlier
 * learns of the cancellation; postponed ones are `TENTATIVE`.
 */
export function courseToIcs(course: Course, options: IcsOptions): string {
  const { nowMs, labels = ICS_LABELS_EN } = options;
  const sessions = options.sessions ?? course.sessions.filter((s) => s.type !== 'break');
  return (
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//course-widgets//course-widgets//EN\r\n' +
    'CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n' +
    line('X-WR-CALNAME', text(course.title)) +
    sessions.map((s) => vevent(s, course, nowMs, labels)).join('') +
    'END:VCALENDAR\r\n'
  );
}

/** One session as an iCalendar document (same UID as in the whole-course export). */
export const sessionToIcs = (
  session: Session,
  course: Course,
  options: Omit<IcsOptions, 'sessions'>,
): string => courseToIcs(course, { ...options, sessions: [session] });

/**
 * A Google Calendar "create event" link. Times are UTC instants; `ctz` makes Google show
 * the event in the organiser's zone. The description is clipped so the URL stays well
 * under the length Google accepts.
 */
export function googleCalendarUrl(
  session: Session,
  course: Course,
  labels: IcsLabels = ICS_LABELS_EN,
): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: summary(session, course),
    dates: `${utc(session.startMs)}/${utc(session.endMs)}`,
    details: details(session, course, labels, GOOGLE_DETAILS_MAX),
    location: location(session, labels),
    ctz: session.timeZone,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * Letters and digits of any script, the rest as single hyphens, accents dropped, at most 40
 * characters.
 */
const slug = (value: string): string =>
  [
    ...value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-'),
  ]
    .slice(0, 40)
    .join('')
    .replace(/^-+|-+$/g, '');

/** A file name safe on every system: `course-title.ics` or `course-title-session-title.ics`. */
export function icsFileName(course: Course, session?: Session): string {
  const name = slug(course.title) || slug(course.id) || 'course';
  const part = session && (slug(session.title) || slug(session.id));
  return `${part ? `${name}-${part}` : name}.ics`;
}

/**
 * A `data:` URL of an `.ics` document, for `<a download href>`. We generate it, so it does
 * not go through the feed URL allow-list. A `data:` link needs no `URL.createObjectURL`
 * and nothing to revoke when the element goes away, and CSP does not govern a download
 * link's target; Chromium refuses to *navigate* to `data:`, so the link must carry `download`.
 */
export const icsDataUrl = (ics: string): string =>
  `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
