/**
 * An iCalendar file (RFC 5545: LibCal, Google Calendar and Outlook exports) -> course JSON
 * (format v1). ical.js reads the file and walks recurrence rules; the zones are ours:
 *   - a TZID becomes an IANA zone: an IANA name as is (also behind a "/mozilla.org/..."
 *     style prefix), a Windows name ("Eastern Standard Time", Outlook) through windows-iana's
 *     table, else the file's own VTIMEZONE definition (offsets only, with a warning);
 *   - every occurrence becomes an instant with the library's own zone arithmetic (the same
 *     'compatible' rule as the parser), and is written back as a wall time in the course's
 *     zone, so the author edits "14:00" rather than an instant;
 *   - RRULE is walked in wall time (a weekly 18:00 stays 18:00 across a DST change), RDATE
 *     adds, EXDATE removes, and a VEVENT with a RECURRENCE-ID replaces the one occurrence it
 *     names (matched by instant).
 * The organiser's zone is proposed from the file: X-WR-TIMEZONE (Google), else the zone most
 * events start in. Nothing here touches the DOM; the builder page and the command share it.
 * Not for the widget bundles: ical.js and the Windows zone table weigh more than the elements.
 */

import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { COURSE_LIMITS, slugify } from '../core/course/parse.js';
import { checkUrl } from '../core/course/url.js';
import {
  timeZoneProblem,
  wallAsUtc,
  wallTimeAt,
  wallTimeToInstant,
  type WallTime,
} from '../core/time/zoned.js';
import type { CourseInput, SessionInput } from './types.js';
import { courseDateTime, wallString } from '../core/time/wall.js';

export interface IcsImportOptions {
  /** The organiser's IANA zone (a Windows name is mapped too); default: proposed from the file. */
  zone?: string;
  /** The course title; default: the calendar's name, else the events' common title. */
  title?: string;
  /** The course id; default: made from the title by the parser. */
  id?: string;
}

export interface IcsImport {
  course: CourseInput;
  /** The organiser's zone the file suggests, if any (the course uses `options.zone` first). */
  zone: string | undefined;
  /** What was read specially or left out, in words, for the author to review. */
  warnings: string[];
}

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalTimezone = InstanceType<typeof ICAL.Timezone>;
type IcalRecur = InstanceType<typeof ICAL.Recur>;

/** Where a date-time's wall clock is: UTC, an IANA zone, the file's own VTIMEZONE, or floating. */
type ZoneRef =
  | { kind: 'utc' }
  | { kind: 'iana'; zone: string }
  | { kind: 'vtimezone'; timezone: IcalTimezone; tzid: string }
  | { kind: 'floating' };

interface Occurrence {
  startMs: number;
  endMs: number;
  /** The VEVENT whose title, description and links the session takes. */
  event: Component;
  /** The series a changed occurrence belongs to: what the change leaves out comes from it. */
  series?: Component;
}

/** Where editors find the format's schema (docs/course-format.md, "Editor support"). */
export const COURSE_SCHEMA_URL = 'https://unpkg.com/course-widgets/course.schema.json';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** A rule without COUNT or UNTIL is read for this long after its first occurrence. */
const OPEN_ENDED_MS = 366 * DAY_MS;
/** Recurrence steps per rule at most (a guard against rules that match rarely or never). */
const MAX_STEPS = 20_000;
/** Properties that hold an online meeting's address, in order of preference. */
const MEETING_PROPERTIES = [
  'conference',
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingconflink',
];

const usable = (zone: string) => timeZoneProblem(zone) === undefined;

/**
 * The IANA zone a TZID (or an option) names, if any: an IANA name, one behind a prefix
 * ("/mozilla.org/20050126_1/America/New_York"), a Windows zone name, or UTC/GMT/Z.
 */
export function ianaZone(name: string): string | undefined {
  const tzid = name.trim().replace(/^"(.*)"$/, '$1');
  if (!tzid) return undefined;
  if (/^(z|utc|gmt|etc\/utc|etc\/gmt|universal|zulu)$/i.test(tzid)) return 'UTC';
  if (usable(tzid)) return tzid;
  const parts = tzid.split('/').filter(Boolean);
  for (let index = 1; index < parts.length - 1; index++) {
    const suffix = parts.slice(index).join('/');
    if (usable(suffix)) return suffix;
  }
  try {
    return findIana(tzid).find(usable);
  } catch {
    return undefined;
  }
}

const wallOf = (time: IcalTime): WallTime => ({
  year: time.year,
  month: time.month,
  day: time.day,
  hour: time.isDate ? 0 : time.hour,
  minute: time.isDate ? 0 : time.minute,
  second: time.isDate ? 0 : time.second,
});

const dateKey = (wall: WallTime) => wallString({ ...wall, hour: 0, minute: 0, second: 0 });

/** Wall-clock arithmetic: `days` later, same time of day. */
const addDays = (wall: WallTime, days: number): WallTime => {
  const moved = new Date(wallAsUtc(wall) + days * DAY_MS);
  return {
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
  };
};

/**
 * Plain text from an ics text value. Descriptions (`html`) are sometimes HTML (Google, LibCal):
 * tags go, links keep their address, entities are decoded. Titles are plain text as written.
 */
function plainText(value: unknown, html = true): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/\r\n?/g, '\n');
  if (html && /<\/?[a-z][^>]*>/i.test(text)) {
    text = text
      .replace(
        /<a\s[^>]*href="(https?:[^"]+)"[^>]*>([^<]*)<\/a>/gi,
        (_, href: string, label: string) =>
          label.trim() && label.trim() !== href ? `${label.trim()} (${href})` : href,
      )
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h\d)>/gi, '\n\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  }
  text = text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

/** An http(s) link, as written, or undefined. */
function webLink(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const found = /https?:\/\/[^\s<>"']+/i.exec(value)?.[0]?.replace(/[).,;]+$/, '');
  if (!found) return undefined;
  return checkUrl(found, undefined).ok ? found : undefined;
}

interface Calendars {
  /** The first VCALENDAR: the course's name, description, zone and link come from it. */
  first: Component | undefined;
  events: Component[];
  /** The file's VTIMEZONE definitions by TZID. */
  definitions: Map<string, IcalTimezone>;
}

/**
 * The file's calendars, events and zone definitions. Each VEVENT is its own component,
 * without the calendar as parent: ical.js looks up a TZID the file does not define by
 * scanning every sibling of the event, which made a 10,000-event file quadratic (1.7 s of
 * a 2.8 s import); zones are looked up here, in `definitions`, instead.
 */
function readCalendars(icsText: string): Calendars {
  if (!/BEGIN:VCALENDAR/i.test(icsText))
    throw new Error('This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line');
  let parsed: unknown;
  try {
    parsed = ICAL.parse(icsText);
  } catch (error) {
    throw new Error(`This .ics file could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  type Jcal = [string, unknown[], Jcal[]];
  const roots = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as Jcal[];
  const calendars = roots.filter((root) => root[0] === 'vcalendar');
  const events: Component[] = [];
  const definitions = new Map<string, IcalTimezone>();
  for (const [, , children] of calendars) {
    for (const child of children) {
      if (child[0] === 'vevent') events.push(new ICAL.Component(child as never));
      else if (child[0] === 'vtimezone') {
        const component = new ICAL.Component(child as never);
        const tzid = component.getFirstPropertyValue('tzid');
        if (typeof tzid === 'string' && !definitions.has(tzid))
          definitions.set(tzid, new ICAL.Timezone({ component, tzid }));
      }
    }
  }
  const first = calendars[0] && new ICAL.Component([calendars[0][0], calendars[0][1], []] as never);
  return { first, events, definitions };
}

/**
 * Turns an ics file into course JSON. Throws an Error with a readable message if it is not an
 * iCalendar file.
 */
export function courseFromIcs(icsText: string, options: IcsImportOptions = {}): IcsImport {
  const warnings: string[] = [];
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warnings.push(message);
    warned.add(message);
  };
  const { first, events, definitions } = readCalendars(icsText);

  // Zones: every TZID is resolved once.
  const refs = new Map<string, ZoneRef>();
  const unknownZones = new Set<string>();
  const zoneRef = (property: Property | null): ZoneRef => {
    if (!property) return { kind: 'floating' };
    const value = property.getFirstValue() as IcalTime;
    if (value?.zone === ICAL.Timezone.utcTimezone) return { kind: 'utc' };
    const tzid = property.getParameter('tzid');
    if (typeof tzid !== 'string' || !tzid.trim()) return { kind: 'floating' };
    let ref = refs.get(tzid);
    if (!ref) {
      const iana = ianaZone(tzid);
      const definition = definitions.get(tzid);
      const location = definition?.component?.getFirstPropertyValue('x-lic-location');
      const fromLocation = typeof location === 'string' ? ianaZone(location) : undefined;
      const ianaName = iana ?? fromLocation;
      if (ianaName) ref = { kind: 'iana', zone: ianaName };
      else if (definition) {
        ref = { kind: 'vtimezone', timezone: definition, tzid };
        warn(
          `The zone "${tzid}" is not a zone name this tool knows; its times were read from the ` +
            `file's own definition of it. Check the organiser's zone.`,
        );
      } else {
        ref = { kind: 'floating' };
        unknownZones.add(tzid);
      }
      refs.set(tzid, ref);
    }
    return ref;
  };

  // The organiser's zone: the option, else X-WR-TIMEZONE, else where most events start.
  const starts = new Map<string, number>();
  for (const event of events) {
    const ref = zoneRef(event.getFirstProperty('dtstart'));
    if (ref.kind === 'iana') starts.set(ref.zone, (starts.get(ref.zone) ?? 0) + 1);
  }
  const calendarZone = first?.getFirstPropertyValue('x-wr-timezone');
  const proposed =
    (typeof calendarZone === 'string' ? ianaZone(calendarZone) : undefined) ??
    [...starts].sort((a, b) => b[1] - a[1])[0]?.[0];
  let zone = proposed;
  if (options.zone !== undefined) {
    const chosen = ianaZone(options.zone);
    if (chosen) zone = chosen;
    else warn(`"${options.zone}" is not a time zone name; the file's zone is used instead.`);
  }
  if (!zone) {
    zone = 'UTC';
    warn("The file names no time zone, so times are written in UTC. Set the organiser's zone.");
  }
  const courseZone = zone;
  for (const tzid of unknownZones)
    warn(
      `The zone "${tzid}" is neither a known zone name nor defined in the file; its times were ` +
        `read in ${courseZone}.`,
    );

  const instant = (wall: WallTime, ref: ZoneRef): number => {
    switch (ref.kind) {
      case 'utc':
        return wallAsUtc(wall);
      case 'iana':
        return wallTimeToInstant(wall, ref.zone).epochMs;
      case 'vtimezone':
        return wallAsUtc(wall) - ref.timezone.utcOffset(ICAL.Time.fromData(wall)) * 1000;
      case 'floating':
        return wallTimeToInstant(wall, courseZone).epochMs;
    }
  };
  const timeOf = (property: Property | null) =>
    property ? (property.getFirstValue() as IcalTime | null) : null;

  /** A recurrence id or exception date as an instant, or a date for DATE values. */
  const exceptionKeys = (property: Property, fallback: ZoneRef) =>
    property.getValues().map((value) => {
      const time = value as IcalTime;
      if (time.isDate) return dateKey(wallOf(time));
      const ref = zoneRef(property);
      return instant(wallOf(time), ref.kind === 'floating' ? fallback : ref);
    });

  const titleOf = (event: Component) =>
    plainText(event.getFirstPropertyValue('summary'), false)?.replace(/\s+/g, ' ');

  let allDay = 0;
  let untimed = 0;
  const endOf = (event: Component, startWall: WallTime, startMs: number, ref: ZoneRef) => {
    const endProperty = event.getFirstProperty('dtend');
    const end = timeOf(endProperty);
    if (end && !end.isDate) return instant(wallOf(end), zoneRef(endProperty));
    const duration = event.getFirstPropertyValue('duration') as InstanceType<
      typeof ICAL.Duration
    > | null;
    if (duration) {
      const sign = duration.isNegative ? -1 : 1;
      const days = sign * (duration.weeks * 7 + duration.days);
      const seconds = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds);
      return instant(addDays(startWall, days), ref) + seconds * 1000;
    }
    untimed++;
    return startMs + HOUR_MS;
  };

  // Overrides (RECURRENCE-ID) by UID, each keyed by the instant of the occurrence it replaces.
  const overrides = new Map<string, Map<string | number, Component>>();
  const masters: Component[] = [];
  for (const event of events) {
    const uid = event.getFirstPropertyValue('uid');
    const recurrenceId = event.getFirstProperty('recurrence-id');
    if (typeof uid === 'string' && recurrenceId) {
      const byKey = overrides.get(uid) ?? new Map<string | number, Component>();
      overrides.set(uid, byKey);
      const fallback = zoneRef(event.getFirstProperty('dtstart'));
      for (const key of exceptionKeys(recurrenceId, fallback)) byKey.set(key, event);
      if (recurrenceId.getParameter('range'))
        warn(
          `A change to "${titleOf(event) ?? uid}" applies to this and later occurrences ` +
            `(RANGE=THISANDFUTURE); only the occurrence it names was changed. ` +
            `Check the later ones.`,
        );
    } else masters.push(event);
  }

  const occurrences: Occurrence[] = [];
  const usedOverrides = new Set<Component>();
  let excluded = 0;

  /** The master's occurrences, as start instants (DTSTART first, then RRULE and RDATE). */
  const expand = (event: Component, startWall: WallTime, startMs: number, ref: ZoneRef) => {
    const found = new Set<number>([startMs]);
    const name = titleOf(event) ?? 'an event';
    for (const property of event.getAllProperties('rrule')) {
      const rule = (property.getFirstValue() as IcalRecur).clone();
      let untilMs: number | undefined;
      if (rule.until) {
        const until = rule.until;
        untilMs = until.isDate
          ? instant({ ...wallOf(until), hour: 23, minute: 59, second: 59 }, ref)
          : until.zone === ICAL.Timezone.utcTimezone
            ? wallAsUtc(wallOf(until))
            : instant(wallOf(until), ref);
        rule.until = null;
      }
      const openEnded = untilMs === undefined && !rule.count;
      const horizon = openEnded ? startMs + OPEN_ENDED_MS : Infinity;
      const iterator = rule.iterator(ICAL.Time.fromData({ ...startWall, isDate: false }));
      for (let step = 0; step < MAX_STEPS; step++) {
        const next = iterator.next();
        if (!next) break;
        const ms = instant(wallOf(next), ref);
        if (untilMs !== undefined && ms > untilMs) break;
        if (ms > horizon) {
          warn(`"${name}" repeats with no end; the occurrences of its first year were imported.`);
          break;
        }
        found.add(ms);
        if (found.size > COURSE_LIMITS.sessions) break;
      }
    }
    for (const property of event.getAllProperties('rdate')) {
      for (const value of property.getValues()) {
        const time = (value as { start?: IcalTime }).start ?? (value as IcalTime);
        const rdateRef = zoneRef(property);
        found.add(instant(wallOf(time), rdateRef.kind === 'floating' ? ref : rdateRef));
      }
    }
    return [...found].sort((a, b) => a - b);
  };

  const timedStart = (event: Component) => {
    const property = event.getFirstProperty('dtstart');
    const start = timeOf(property);
    if (!start) {
      warn(`An event without a start (DTSTART) was left out: "${titleOf(event) ?? 'untitled'}".`);
      return undefined;
    }
    if (start.isDate) {
      allDay++;
      return undefined;
    }
    const ref = zoneRef(property);
    const wall = wallOf(start);
    return { wall, ref, ms: instant(wall, ref) };
  };

  for (const master of masters) {
    const start = timedStart(master);
    if (!start) continue;
    const endMs = endOf(master, start.wall, start.ms, start.ref);
    const durationMs = endMs > start.ms ? endMs - start.ms : HOUR_MS;
    if (endMs <= start.ms)
      warn(`"${titleOf(master) ?? 'An event'}" ends before it starts; it was given one hour.`);
    const uid = master.getFirstPropertyValue('uid');
    const changed = typeof uid === 'string' ? overrides.get(uid) : undefined;
    const exceptions = new Set<string | number>(
      master.getAllProperties('exdate').flatMap((property) => exceptionKeys(property, start.ref)),
    );
    for (const ms of expand(master, start.wall, start.ms, start.ref)) {
      const day = dateKey(wallTimeAtRef(ms, start.ref, courseZone));
      if (exceptions.has(ms) || exceptions.has(day)) {
        excluded++;
        continue;
      }
      const override = changed?.get(ms) ?? changed?.get(day);
      if (override) {
        usedOverrides.add(override);
        const moved = timedStart(override);
        if (!moved) continue;
        const overrideEnd = endOf(override, moved.wall, moved.ms, moved.ref);
        occurrences.push({
          startMs: moved.ms,
          endMs: overrideEnd > moved.ms ? overrideEnd : moved.ms + durationMs,
          event: override,
          series: master,
        });
      } else occurrences.push({ startMs: ms, endMs: ms + durationMs, event: master });
    }
  }
  // Changed occurrences whose series is not in the file (or does not produce them): as they are.
  for (const byKey of overrides.values()) {
    for (const override of new Set(byKey.values())) {
      if (usedOverrides.has(override)) continue;
      const start = timedStart(override);
      if (!start) continue;
      const endMs = endOf(override, start.wall, start.ms, start.ref);
      occurrences.push({
        startMs: start.ms,
        endMs: endMs > start.ms ? endMs : start.ms + HOUR_MS,
        event: override,
      });
    }
  }

  if (allDay)
    warn(
      `${allDay === 1 ? 'One all-day event was' : `${allDay} all-day events were`} left out: ` +
        `a session needs a start and end time.`,
    );
  if (untimed)
    warn(
      `${untimed === 1 ? 'One event has' : `${untimed} events have`} no end or duration; ` +
        `each was given one hour.`,
    );
  if (excluded)
    warn(
      `${excluded === 1 ? 'One occurrence was' : `${excluded} occurrences were`} left out ` +
        `(excluded in the file with EXDATE).`,
    );

  occurrences.sort((a, b) => a.startMs - b.startMs);
  if (occurrences.length > COURSE_LIMITS.sessions) {
    warn(
      `The file has ${occurrences.length} sessions; a course holds at most ` +
        `${COURSE_LIMITS.sessions}, so the first ${COURSE_LIMITS.sessions} were imported.`,
    );
    occurrences.length = COURSE_LIMITS.sessions;
  }

  const ids = new Set<string>();
  const sessionId = (title: string, startMs: number) => {
    const date = dateKey(wallTimeAt(startMs, courseZone)).slice(0, 10);
    const base = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${date}`;
    let id = base;
    for (let count = 2; ids.has(id); count++) id = `${base}-${count}`;
    ids.add(id);
    return id;
  };

  let untitled = 0;
  const sessions = occurrences.map(({ startMs, endMs, event, series }): SessionInput => {
    const value = (name: string) =>
      event.getFirstPropertyValue(name) ?? series?.getFirstPropertyValue(name);
    const title = titleOf(event) ?? (series && titleOf(series)) ?? (untitled++, 'Untitled session');
    const session: SessionInput = {
      id: sessionId(title, startMs),
      title,
      start: courseDateTime(startMs, courseZone),
      end: courseDateTime(endMs, courseZone),
    };
    const description = plainText(value('description'));
    if (description) session.description = description;
    const joinUrl =
      MEETING_PROPERTIES.map((name) => webLink(value(name))).find(Boolean) ??
      webLink(value('location'));
    if (joinUrl) session.joinUrl = joinUrl;
    const status = event.getFirstPropertyValue('status');
    if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED')
      session.status = 'cancelled';
    return session;
  });
  if (untitled)
    warn(
      `${untitled === 1 ? 'One event has' : `${untitled} events have`} no title (SUMMARY); ` +
        `"Untitled session" was used.`,
    );
  if (!sessions.length) warn('The file has no timed events, so the course has no sessions.');

  // The course's own fields, from the calendar's, else what all events share.
  const calendarText = (name: string) =>
    plainText(first?.getFirstPropertyValue(name), false)?.replace(/\s+/g, ' ');
  let title = options.title?.trim() || calendarText('x-wr-calname') || calendarText('name');
  if (!title) {
    const counts = new Map<string, number>();
    for (const session of sessions) counts.set(session.title, (counts.get(session.title) ?? 0) + 1);
    const [common, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    title = count * 2 > sessions.length ? common : 'Imported course';
    warn(`The file does not name the calendar; the course is called "${title}".`);
  }
  const course: CourseInput = {
    $schema: COURSE_SCHEMA_URL,
    version: 1,
    title,
    timeZone: courseZone,
    sessions,
  };
  if (options.id?.trim()) course.id = options.id.trim();
  const summary =
    plainText(first?.getFirstPropertyValue('x-wr-caldesc')) ??
    plainText(first?.getFirstPropertyValue('description'));
  if (summary) course.summary = summary;
  const links = new Set(masters.map((event) => webLink(event.getFirstPropertyValue('url'))));
  const url =
    webLink(first?.getFirstPropertyValue('url')) ??
    (links.size === 1 && masters.length > 0 ? [...links][0] : undefined);
  if (url) course.url = url;
  return { course, zone: proposed, warnings };
}

/** The wall time of an instant on a reference's clock (the course's zone for floating times). */
function wallTimeAtRef(epochMs: number, ref: ZoneRef, courseZone: string): WallTime {
  if (ref.kind === 'vtimezone') {
    const utc = ICAL.Time.fromJSDate(new Date(epochMs), true);
    return wallOf(utc.convertToZone(ref.timezone));
  }
  return wallTimeAt(
    epochMs,
    ref.kind === 'iana' ? ref.zone : ref.kind === 'utc' ? 'UTC' : courseZone,
  );
}
