/**
 * Course JSON (format version 1, see docs/course-format.md) -> the Course model. Pure and
 * deterministic: the same input gives the same course and issues in any visitor zone.
 *
 * Three outcomes, so one bad line in a hand-typed file never blanks a schedule:
 *   - a course-level problem (not an object, unsupported `version`, no usable `title`,
 *     `timeZone` or `sessions` array) throws `CourseError('invalid')` with its `path`;
 *   - a bad session is left out and reported with `skipped: true` (its first problem);
 *   - a bad optional field is dropped or defaulted and reported; DST-adjusted wall times are
 *     reported with `info: true`.
 * Every value is type-checked by a small reader before it is used, and known fields are picked
 * one by one into fresh objects: nothing from the feed is spread, merged or walked, so
 * `__proto__` keys, deep nesting and huge unknown members cost nothing and change nothing.
 */

import { describe } from '../describe.js';
import { datetimeAttr } from '../time/format.js';
import { parseDateTime } from '../time/parse.js';
import { timeZoneProblem, type WallTimeKind } from '../time/zoned.js';
import { CourseError } from './errors.js';
import { checkUrl } from './url.js';
import {
  REGISTRATION_STATUSES,
  SESSION_STATUSES,
  SESSION_TYPES,
  type Course,
  type CourseIssue,
  type GroupRates,
  type OnDemand,
  type ParseResult,
  type Part,
  type Registration,
  type Session,
  type Speaker,
} from './types.js';

/**
 * What the parser accepts. Lengths are in characters (code points), after trimming. Longer
 * display text is shortened (ending in "…") with an issue; a longer id is refused. Issues that
 * do not skip a session are listed up to `issues`, then counted in one closing issue.
 */
export const COURSE_LIMITS = {
  id: 100,
  line: 200,
  text: 5000,
  sessions: 5000,
  speakers: 50,
  parts: 100,
  issues: 100,
} as const;

type Obj = Record<string, unknown>;
/**
 * Validates one value at `path`: returns it cleaned, undefined for blank text, or throws
 * CourseError.
 */
type Read<T> = (value: unknown, path: string) => T | undefined;
/** A reader that returns a value or throws: never undefined. */
type Check<T> = (value: unknown, path: string) => T;
type Instant = { epochMs: number; kind: WallTimeKind };

const fields = (names: string) => new Set(names.split(' '));
const COURSE_FIELDS = fields(
  '$schema version id title subtitle summary url image timeZone language registration onDemand ' +
    'parts sessions',
);
const SESSION_FIELDS = fields(
  'id title type part start end timeZone description speakers joinUrl recordingUrl status',
);
const SPEAKER_FIELDS = fields('name title organization url');
const PART_FIELDS = fields('id title summary');
const REGISTRATION_FIELDS = fields(
  'url opens closes status waitlistUrl price note codeOfConductUrl groupRates',
);
const GROUP_RATES_FIELDS = fields('note contact');
const ON_DEMAND_FIELDS = fields('url until note');

/**
 * Runs of whitespace, line separators and control characters (`\p{Cc}`: C0, DEL and C1,
 * U+0000-U+001F and U+007F-U+009F): one space in one-line text.
 */
const LINE_SPACE = /[\s\p{Cc}]+/gu;
/** Control characters other than tab and line breaks: removed from multi-line text. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

const own = Object.prototype.hasOwnProperty;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (path: string, message: string) =>
  new CourseError('invalid', path ? `${path}: ${message}` : message, { path });
const at = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key)
    ? path
      ? `${path}.${key}`
      : key
    : `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key)}]`;
const codePoints = (s: string, max: number) => (s.length > max ? Array.from(s).length : s.length);

/** A copy without the undefined members, so results carry only the keys that have values. */
function prune<T extends object>(record: T): T {
  const out = {} as T;
  for (const k of Object.keys(record) as (keyof T)[])
    if (record[k] !== undefined) out[k] = record[k];
  return out;
}

/**
 * The course id derived from a title: lower-case letters and digits of any script, joined by
 * "-".
 */
export function slugify(title: string): string {
  const text = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return text.slice(0, 64).replace(/^-+|-+$/g, '') || 'course';
}

/**
 * Validate feed JSON and build the Course. `baseUrl` is the address the JSON came from:
 * relative URLs resolve against it, and are refused without it. Throws `CourseError` with
 * `kind: 'invalid'` and `path` for a course-level problem; everything else is in `issues`.
 */
export function parseCourse(json: unknown, options: { baseUrl?: string } = {}): ParseResult {
  const issues: CourseIssue[] = [];
  let listed = 0;
  let unlisted = 0;
  const add = (issue: CourseIssue) => {
    if (issue.skipped) issues.push(issue);
    else if (listed++ < COURSE_LIMITS.issues) issues.push(issue);
    else unlisted++;
  };
  const report = (path: string, message: string, flag?: 'skipped' | 'info') =>
    add({ path, message: path ? `${path}: ${message}` : message, ...(flag && { [flag]: true }) });
  const reportError = (error: unknown, skipped?: boolean) => {
    if (!(error instanceof CourseError)) throw error;
    add({ path: error.path ?? '', message: error.message, ...(skipped && { skipped }) });
  };

  /** Read `o[key]` (own members only) with `read`. A field that fails is reported and dropped. */
  function field<T>(record: Obj, key: string, path: string, read: Read<T>): T | undefined {
    const fieldPath = at(path, key);
    const value = own.call(record, key) ? record[key] : undefined;
    if (value === undefined) return undefined;
    try {
      return read(value, fieldPath);
    } catch (error) {
      reportError(error);
      return undefined;
    }
  }

  /**
   * Read a required `o[key]` with `read`: its value, or a CourseError when it is missing,
   * blank or bad.
   */
  function required<T>(record: Obj, key: string, path: string, read: Read<T>): T {
    const fieldPath = at(path, key);
    const raw = own.call(record, key) ? record[key] : undefined;
    if (raw === undefined) throw invalid(fieldPath, 'is required');
    const value = read(raw, fieldPath);
    if (value === undefined) throw invalid(fieldPath, 'must not be blank');
    return value;
  }

  const object =
    (known: Set<string>): Check<Obj> =>
    (value, path) => {
      if (!isObject(value)) throw invalid(path, `must be an object, got ${describe(value)}`);
      for (const k of Object.keys(value))
        if (!known.has(k)) report(at(path, k), 'is not a field of the course format; ignored');
      return value;
    };

  const text =
    (max: number, multiline?: boolean): Read<string> =>
    (value, path) => {
      if (typeof value !== 'string') throw invalid(path, `must be text, got ${describe(value)}`);
      let cleaned = (
        multiline
          ? value.replace(CONTROL, '').replace(/\r\n?/g, '\n')
          : value.replace(LINE_SPACE, ' ')
      ).trim();
      const length = codePoints(cleaned, max);
      if (length > max) {
        report(path, `is ${length} characters long; shortened to ${max}`);
        cleaned = `${Array.from(cleaned)
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`;
      }
      return cleaned || undefined;
    };
  const line = text(COURSE_LIMITS.line);
  const paragraphs = text(COURSE_LIMITS.text, true);

  /** One-line text that must not be blank, also where the field itself is optional. */
  const word: Check<string> = (value, path) => {
    const text = line(value, path);
    if (text === undefined) throw invalid(path, 'must not be blank');
    return text;
  };
  const ident: Check<string> = (value, path) => {
    if (
      typeof value === 'string' &&
      codePoints(value.trim(), COURSE_LIMITS.id) > COURSE_LIMITS.id
    ) {
      throw invalid(path, `is longer than ${COURSE_LIMITS.id} characters`);
    }
    return word(value, path);
  };

  const oneOf =
    <T extends string>(allowed: readonly T[]): Read<T> =>
    (value, path) => {
      if (!allowed.includes(value as T))
        throw invalid(path, `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
      return value as T;
    };

  const link =
    (mailto?: boolean): Read<string> =>
    (value, path) => {
      const result = checkUrl(value, options.baseUrl, { mailto });
      if (!result.ok) throw invalid(path, result.error);
      return result.href;
    };
  const web = link();

  const zone: Check<string> = (value, path) => {
    const problem = timeZoneProblem(value);
    if (problem) throw invalid(path, problem);
    return value as string;
  };

  const dstNote = (path: string, raw: unknown, result: Instant, timeZone: string) => {
    if (result.kind === 'ambiguous') {
      report(
        path,
        `${describe(raw)} happens twice in ${timeZone} (clocks go back); ` +
          `the first, ${datetimeAttr(result.epochMs)}, is used`,
        'info',
      );
    } else if (result.kind === 'skipped') {
      report(
        path,
        `${describe(raw)} does not exist in ${timeZone} (clocks go forward); ` +
          `it moves forward by the gap, to ${datetimeAttr(result.epochMs)}`,
        'info',
      );
    }
  };
  /** A date-time reader for `timeZone`; `quiet` leaves the DST note to the caller. */
  const when =
    (timeZone: string, quiet?: boolean): Read<Instant> =>
    (value, path) => {
      const result = parseDateTime(value, timeZone);
      if (!result.ok) throw invalid(path, result.error);
      if (!quiet) dstNote(path, value, result, timeZone);
      return result;
    };

  const array: Check<unknown[]> = (value, path) => {
    if (!Array.isArray(value)) throw invalid(path, `must be an array, got ${describe(value)}`);
    return value;
  };
  const list =
    <T>(max: number, item: Read<T>, skip?: boolean): Check<T[]> =>
    (json, path) => {
      const value = array(json, path);
      if (value.length > max)
        report(
          path,
          `has ${value.length} entries; only the first ${max} are read`,
          skip ? 'skipped' : undefined,
        );
      const out: T[] = [];
      for (let i = 0; i < value.length && i < max; i++) {
        try {
          const result = item(value[i], `${path}[${i}]`);
          if (result !== undefined) out.push(result);
        } catch (error) {
          reportError(error, skip);
        }
      }
      return out;
    };

  // The document itself and the fields without which nothing can be shown.
  if (!isObject(json)) throw invalid('', `the course must be a JSON object, got ${describe(json)}`);
  const root = object(COURSE_FIELDS)(json, '');
  if (own.call(root, 'version') && root.version !== 1) {
    throw invalid(
      'version',
      `must be 1 (the only format version this library reads), got ${describe(root.version)}`,
    );
  }
  const title = required(root, 'title', '', line);
  const timeZone = required(root, 'timeZone', '', zone);
  const sessionsJson = required(root, 'sessions', '', array);

  const partPaths = new Map<string, string>();
  const part: Check<Part> = (value, path) => {
    const record = object(PART_FIELDS)(value, path);
    const id = required(record, 'id', path, ident);
    const seen = partPaths.get(id);
    if (seen)
      throw invalid(
        at(path, 'id'),
        `${describe(id)} is already the id of ${seen}; this part is ignored`,
      );
    const result = prune<Part>({
      id,
      title: required(record, 'title', path, line),
      summary: field(record, 'summary', path, paragraphs),
    });
    partPaths.set(id, path);
    return result;
  };

  const partRef: Check<string> = (value, path) => {
    const id = ident(value, path);
    if (id !== undefined && !partPaths.has(id))
      throw invalid(path, `${describe(id)} is not the id of any part in "parts"; ignored`);
    return id;
  };

  const speaker: Check<Speaker> = (value, path) => {
    const record = object(SPEAKER_FIELDS)(value, path);
    return prune<Speaker>({
      name: required(record, 'name', path, line),
      title: field(record, 'title', path, line),
      organization: field(record, 'organization', path, line),
      url: field(record, 'url', path, web),
    });
  };

  const sessionPaths = new Map<string, string>();
  const session: Check<Session> = (value, path) => {
    const record = object(SESSION_FIELDS)(value, path);
    const id = required(record, 'id', path, ident);
    const seen = sessionPaths.get(id);
    if (seen) throw invalid(at(path, 'id'), `${describe(id)} is already the id of ${seen}`);
    const title = required(record, 'title', path, line);
    const sessionZone = own.call(record, 'timeZone')
      ? zone(record.timeZone, at(path, 'timeZone'))
      : timeZone;
    const start = required(record, 'start', path, when(sessionZone, true));
    const end = required(record, 'end', path, when(sessionZone, true));
    if (end.epochMs <= start.epochMs)
      throw invalid(
        at(path, 'end'),
        `${describe(record.end)} is not after start ${describe(record.start)}`,
      );
    // From here on nothing skips the session.
    sessionPaths.set(id, path);
    dstNote(at(path, 'start'), record.start, start, sessionZone);
    dstNote(at(path, 'end'), record.end, end, sessionZone);
    return prune<Session>({
      id,
      title,
      type: field(record, 'type', path, oneOf(SESSION_TYPES)) ?? 'session',
      part: field(record, 'part', path, partRef),
      startMs: start.epochMs,
      endMs: end.epochMs,
      timeZone: sessionZone,
      startKind: start.kind === 'exact' ? undefined : start.kind,
      endKind: end.kind === 'exact' ? undefined : end.kind,
      description: field(record, 'description', path, paragraphs),
      speakers: field(record, 'speakers', path, list(COURSE_LIMITS.speakers, speaker)) ?? [],
      joinUrl: field(record, 'joinUrl', path, web),
      recordingUrl: field(record, 'recordingUrl', path, web),
      status: field(record, 'status', path, oneOf(SESSION_STATUSES)) ?? 'scheduled',
    });
  };

  const groupRates: Check<GroupRates> = (value, path) => {
    const record = object(GROUP_RATES_FIELDS)(value, path);
    return prune<GroupRates>({
      note: field(record, 'note', path, paragraphs),
      contact: field(record, 'contact', path, link(true)),
    });
  };

  const registration: Check<Registration> = (value, path) => {
    const record = object(REGISTRATION_FIELDS)(value, path);
    if (!own.call(record, 'url'))
      report(
        at(path, 'url'),
        'is required; without it the register button says the link is unavailable',
      );
    const opens = field(record, 'opens', path, when(timeZone));
    const closes = field(record, 'closes', path, when(timeZone));
    if (opens && closes && closes.epochMs <= opens.epochMs) {
      report(
        at(path, 'closes'),
        `${describe(record.closes)} is not after opens ${describe(record.opens)}`,
      );
    }
    return prune<Registration>({
      url: field(record, 'url', path, web),
      opensMs: opens?.epochMs,
      closesMs: closes?.epochMs,
      status: field(record, 'status', path, oneOf(REGISTRATION_STATUSES)),
      waitlistUrl: field(record, 'waitlistUrl', path, web),
      price: field(record, 'price', path, line),
      note: field(record, 'note', path, paragraphs),
      codeOfConductUrl: field(record, 'codeOfConductUrl', path, web),
      groupRates: field(record, 'groupRates', path, groupRates),
    });
  };

  const onDemand: Check<OnDemand> = (value, path) => {
    const record = object(ON_DEMAND_FIELDS)(value, path);
    return prune<OnDemand>({
      url: field(record, 'url', path, web),
      untilMs: field(record, 'until', path, when(timeZone))?.epochMs,
      note: field(record, 'note', path, paragraphs),
    });
  };

  const language: Check<string> = (value, path) => {
    const tag = word(value, path);
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      throw invalid(path, `${describe(tag)} is not a BCP 47 language tag such as "en" or "es-MX"`);
    }
  };

  const course = prune<Course>({
    version: 1,
    id: field(root, 'id', '', ident) ?? slugify(title),
    title,
    subtitle: field(root, 'subtitle', '', line),
    summary: field(root, 'summary', '', paragraphs),
    url: field(root, 'url', '', web),
    image: field(root, 'image', '', web),
    timeZone,
    language: field(root, 'language', '', language),
    registration: field(root, 'registration', '', registration),
    onDemand: field(root, 'onDemand', '', onDemand),
    // Evaluated in this order, so issues follow the document and parts exist before sessions
    // name them.
    parts: field(root, 'parts', '', list(COURSE_LIMITS.parts, part)) ?? [],
    // Array.prototype.sort is stable: equal starts keep feed order.
    sessions: list(
      COURSE_LIMITS.sessions,
      session,
      true,
    )(sessionsJson, 'sessions').sort((a, b) => a.startMs - b.startMs),
  });
  if (unlisted) issues.push({ path: '', message: `${unlisted} more issues are not listed` });
  return { course, issues };
}
