/**
 * The author's view of a course document: the library's own parser (the same one the
 * elements run), with every problem as a field path, a severity and a sentence. Pure.
 *   - error: the course cannot be shown (parseCourse throws), or a session is left out;
 *   - warning: a field is dropped, defaulted or shortened, a zone is written under an old name
 *     (`US/Eastern`), or a wall time falls in a DST gap or overlap (said in words, with the
 *     times the author reads on a clock: "2:30 AM on March 14, 2027 does not exist in New
 *     York: clocks jump from 2:00 to 3:00. It will be shown as 3:30 AM.").
 * The parser's own messages already name the value and what to write instead; they are kept
 * (without the path in front, which is in `path`), with a "did you mean" for misspelt fields.
 */

import { isCourseError } from '../core/course/errors.js';
import { parseCourse } from '../core/course/parse.js';
import type { Course } from '../core/course/types.js';
import { zoneCity } from '../core/time/format.js';
import { cachedFormat } from '../core/time/intl.js';
import { parseDateTime } from '../core/time/parse.js';
import { offsetAt, timeZoneProblem, wallAsUtc } from '../core/time/zoned.js';
import { offsetString, zonePlace } from '../core/time/wall.js';

export interface Problem {
  /** JSON path of the field, such as `sessions[3].start` (`''`: the whole document). */
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckResult {
  /** The course as the elements will show it; undefined when it cannot be shown. */
  course: Course | undefined;
  problems: Problem[];
}

const DAY_MS = 86_400_000;

/** The fields of each object in the format, for "did you mean" on an unknown one. */
const FIELDS: Record<string, string[]> = {
  '': [
    '$schema',
    'version',
    'id',
    'title',
    'subtitle',
    'summary',
    'url',
    'image',
    'timeZone',
    'language',
    'registration',
    'onDemand',
    'parts',
    'sessions',
  ],
  session: [
    'id',
    'title',
    'type',
    'part',
    'start',
    'end',
    'timeZone',
    'description',
    'speakers',
    'joinUrl',
    'recordingUrl',
    'status',
  ],
  speaker: ['name', 'title', 'organization', 'url'],
  part: ['id', 'title', 'summary'],
  registration: [
    'url',
    'opens',
    'closes',
    'status',
    'waitlistUrl',
    'price',
    'note',
    'codeOfConductUrl',
    'groupRates',
  ],
  groupRates: ['note', 'contact'],
  onDemand: ['url', 'until', 'note'],
};

/**
 * Which object a path's parent is: `sessions[2]` -> session,
 * `registration.groupRates` -> groupRates.
 */
function objectKind(parentPath: string): string | undefined {
  if (parentPath === '') return '';
  if (/^sessions\[\d+\]$/.test(parentPath)) return 'session';
  if (/^sessions\[\d+\]\.speakers\[\d+\]$/.test(parentPath)) return 'speaker';
  if (/^parts\[\d+\]$/.test(parentPath)) return 'part';
  if (parentPath === 'registration') return 'registration';
  if (parentPath === 'registration.groupRates') return 'groupRates';
  if (parentPath === 'onDemand') return 'onDemand';
  return undefined;
}

/** Edit distance, for suggestions between short field names. */
function distance(written: string, known: string): number {
  const row = Array.from({ length: known.length + 1 }, (_, index) => index);
  for (let i = 1; i <= written.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= known.length; j++) {
      const above = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      const substitution = diagonal + (written[i - 1] === known[j - 1] ? 0 : 1);
      row[j] = Math.min(above + 1, left + 1, substitution);
      diagonal = above;
    }
  }
  return row[known.length] ?? 0;
}

/** The known field an unknown one was probably meant to be. */
function suggestion(path: string): string | undefined {
  const match = /^(.*?)(?:\.?([A-Za-z_$][\w$]*)|\["(.*)"\])$/.exec(path);
  if (!match) return undefined;
  const key = match[2] ?? match[3] ?? '';
  const known = FIELDS[objectKind(match[1] ?? '') ?? ''];
  if (!known || !key) return undefined;
  const lower = key.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    const score = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase());
    if (score < bestDistance) {
      best = name;
      bestDistance = score;
    }
  }
  return best;
}

/** The value at a path such as `sessions[3].start` in the raw document. */
function valueAt(json: unknown, path: string): unknown {
  let value = json;
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (typeof value !== 'object' || value === null) return undefined;
    const name = key ?? Number(index);
    if (!Object.prototype.hasOwnProperty.call(value, name)) return undefined;
    value = (value as Record<string | number, unknown>)[name];
  }
  return value;
}

/** The zone a date-time at `path` is read in: its session's own, else the course's. */
function zoneFor(json: unknown, path: string): string | undefined {
  const session = /^sessions\[\d+\]/.exec(path)?.[0];
  const own = session ? valueAt(json, `${session}.timeZone`) : undefined;
  if (typeof own === 'string' && !timeZoneProblem(own)) return own;
  const course = valueAt(json, 'timeZone');
  return typeof course === 'string' && !timeZoneProblem(course) ? course : undefined;
}

/** The areas of the tz database's own zone names (Area/Location); Etc holds the fixed offsets. */
const AREAS =
  /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\//;

/**
 * The current name of a zone written under an old, non-geographic name (`US/Eastern`,
 * `Canada/Pacific`, `Mexico/General`): undefined for a current name. Some engines (WebKit)
 * keep such a name as written, so visitors would read "in Eastern" instead of "in New York".
 * The current name comes from this engine's `Intl`, which in Chromium, Firefox and Node maps
 * the tz database's links; renames inside an area (Asia/Calcutta, Asia/Kolkata) are left
 * alone, as ICU's canonical name there is sometimes the older one.
 */
function currentZoneName(timeZone: string): string | undefined {
  if (AREAS.test(timeZone) || timeZoneProblem(timeZone)) return undefined;
  // The formatter zoneCity reads the same id from, built once per zone.
  const resolved = cachedFormat(Intl.DateTimeFormat, 'en', { timeZone }).resolvedOptions().timeZone;
  return resolved !== timeZone && AREAS.test(resolved) ? resolved : undefined;
}

/** A warning for each zone field written under an old name. */
function oldZoneNames(json: unknown): Problem[] {
  const sessions = valueAt(json, 'sessions');
  const paths = [
    'timeZone',
    ...(Array.isArray(sessions) ? sessions.map((_, index) => `sessions[${index}].timeZone`) : []),
  ];
  return paths.flatMap((path) => {
    const written = valueAt(json, path);
    if (typeof written !== 'string') return [];
    const current = currentZoneName(written);
    if (!current) return [];
    const message =
      `"${written}" is an old name for ${current}: some browsers (Safari) show it as ` +
      `written, so visitors would read "${zonePlace(written)}" instead of ` +
      `"${zoneCity(current, 'en')}". Write "${current}".`;
    return [{ path, severity: 'warning' as const, message }];
  });
}

/** Words for the DST cases, in `locale` (dates and clock times; the sentence is English). */
function clockWords(locale: string) {
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  return {
    /** A wall time read as UTC fields: "March 14, 2027". */
    date: (wallMs: number) => plain(dateFormat.format(wallMs)),
    /** "2:30 AM". */
    time: (wallMs: number) => plain(timeFormat.format(wallMs)),
    /** "2:00", without AM/PM: for the two sides of a clock change. */
    clock: (wallMs: number) =>
      plain(
        timeFormat
          .formatToParts(wallMs)
          .filter((part, index, parts) => {
            if (part.type === 'dayPeriod') return false;
            const next = parts[index + 1];
            const previous = parts[index - 1];
            const besidePeriod = next?.type === 'dayPeriod' || previous?.type === 'dayPeriod';
            return !(part.type === 'literal' && besidePeriod);
          })
          .map((part) => part.value)
          .join(''),
      ),
  };
}

/** The instant the zone changes offset near `localMs` (a wall time read as UTC). */
function transitionNear(localMs: number, timeZone: string): number {
  let low = localMs - DAY_MS * 2;
  let high = localMs + DAY_MS * 2;
  const before = offsetAt(low, timeZone);
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** The sentence for a wall time in a DST gap or overlap, or undefined if it is neither. */
function dstMessage(raw: unknown, timeZone: string, locale: string): string | undefined {
  const parsed = parseDateTime(raw, timeZone);
  if (!parsed.ok || parsed.kind === 'exact') return undefined;
  const text = String(raw).trim();
  const fields = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!fields) return undefined;
  // Every group but the seconds is there when the pattern matches.
  const [, year, month, day, hour, minute, second] = fields;
  const localMs = wallAsUtc({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
  });
  const words = clockWords(locale);
  const place = zonePlace(timeZone);
  const when = `${words.time(localMs)} on ${words.date(localMs)}`;
  const change = transitionNear(localMs, timeZone);
  const offsetBefore = offsetAt(change - 1000, timeZone);
  const offsetAfter = offsetAt(change, timeZone);
  const from = words.clock(change + offsetBefore);
  const to = words.clock(change + offsetAfter);
  if (parsed.kind === 'skipped') {
    const shownMs = parsed.epochMs + offsetAt(parsed.epochMs, timeZone);
    const sameDay = words.date(shownMs) === words.date(localMs);
    const shown = sameDay
      ? words.time(shownMs)
      : `${words.time(shownMs)} on ${words.date(shownMs)}`;
    return (
      `${when} does not exist in ${place}: clocks jump from ${from} to ${to}. ` +
      `It will be shown as ${shown}.`
    );
  }
  const wall = text.replace(/[Tt]/, 'T').slice(0, second ? 19 : 16);
  return (
    `${when} happens twice in ${place}: clocks go back from ${from} to ${to}. The first one ` +
    `(UTC${offsetString(offsetBefore)}) is used; for the second, write ` +
    `"${wall}${offsetString(offsetAfter)}".`
  );
}

/**
 * Check a course document (already parsed from JSON) as the elements would read it.
 * `baseUrl`: where the file will be served from, so relative links resolve (without it they
 * are reported); `locale`: for the dates and times in messages (default en-US).
 */
export function checkCourse(
  json: unknown,
  options: { locale?: string; baseUrl?: string } = {},
): CheckResult {
  const locale = options.locale ?? 'en-US';
  const unprefixed = (path: string, message: string) =>
    path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  let result;
  try {
    result = parseCourse(json, { baseUrl: options.baseUrl });
  } catch (error) {
    if (!isCourseError(error)) throw error;
    const path = error.path ?? '';
    return {
      course: undefined,
      problems: [{ path, severity: 'error', message: unprefixed(path, error.message) }],
    };
  }
  const problems = result.issues.map((issue): Problem => {
    let message = unprefixed(issue.path, issue.message);
    if (issue.info) {
      const timeZone = zoneFor(json, issue.path);
      const words = timeZone && dstMessage(valueAt(json, issue.path), timeZone, locale);
      if (words) message = words;
    } else if (message.endsWith('is not a field of the course format; ignored')) {
      const meant = suggestion(issue.path);
      if (meant) message += `. Did you mean "${meant}"?`;
    }
    return { path: issue.path, severity: issue.skipped ? 'error' : 'warning', message };
  });
  problems.push(...oldZoneNames(json));
  if (
    result.course.sessions.length === 0 &&
    !problems.some((problem) => problem.severity === 'error')
  )
    problems.push({
      path: 'sessions',
      severity: 'warning',
      message: 'has no sessions: the elements show an empty schedule',
    });
  return { course: result.course, problems };
}
