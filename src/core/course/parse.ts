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
function prune<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/**
 * The course id derived from a title: lower-case letters and digits of any script, joined by
 * "-".
 */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  return s.slice(0, 64).replace(/^-+|-+$/g, '') || 'course';
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
  const reportError = (e: unknown, skipped?: boolean) => {
    if (!(e instanceof CourseError)) throw e;
    add({ path: e.path ?? '', message: e.message, ...(skipped && { skipped }) });
  };

  /** Read `o[key]` (own members only) with `read`. A field that fails is reported and dropped. */
  function field<T>(o: Obj, key: string, path: string, read: Read<T>): T | undefined {
    const p = at(path, key);
    const v = own.call(o, key) ? o[key] : undefined;
    if (v === undefined) return undefined;
    try {
      return read(v, p);
    } catch (e) {
      reportError(e);
      return undefined;
    }
  }

  /**
   * Read a required `o[key]` with `read`: its value, or a CourseError when it is missing,
   * blank or bad.
   */
  function required<T>(o: Obj, key: string, path: string, read: Read<T>): T {
    const p = at(path, key);
    const v = own.call(o, key) ? o[key] : undefined;
    if (v === undefined) throw invalid(p, 'is required');
    const value = read(v, p);
    if (value === undefined) throw invalid(p, 'must not be blank');
    return value;
  }

  const object =
    (known: Set<string>): Read<Obj> =>
    (v, p) => {
      if (!isObject(v)) throw invalid(p, `must be an object, got ${describe(v)}`);
      for (const k of Object.keys(v))
        if (!known.has(k)) report(at(p, k), 'is not a field of the course format; ignored');
      return v;
    };

  const text =
    (max: number, multiline?: boolean): Read<string> =>
    (v, p) => {
      if (typeof v !== 'string') throw invalid(p, `must be text, got ${describe(v)}`);
      let s = (
        multiline ? v.replace(CONTROL, '').replace(/\r\n?/g, '\n') : v.replace(LINE_SPACE, ' ')
      ).trim();
      const length = codePoints(s, max);
      if (length > max) {
        report(p, `is ${length} characters long; shortened to ${max}`);
        s = `${Array.from(s)
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`;
      }
      return s || undefined;
    };
  const line = text(COURSE_LIMITS.line);
  const paragraphs = text(COURSE_LIMITS.text, true);

  /** One-line text that must not be blank, also where the field itself is optional. */
  const word: Read<string> = (v, p) => {
    const s = line(v, p);
    if (s === undefined) throw invalid(p, 'must not be blank');
    return s;
  };
  const ident: Read<string> = (v, p) => {
    if (typeof v === 'string' && codePoints(v.trim(), COURSE_LIMITS.id) > COURSE_LIMITS.id) {
      throw invalid(p, `is longer than ${COURSE_LIMITS.id} characters`);
    }
    return word(v, p);
  };

  const oneOf =
    <T extends string>(allowed: readonly T[]): Read<T> =>
    (v, p) => {
      if (!allowed.includes(v as T))
        throw invalid(p, `must be one of ${allowed.join(', ')}; got ${describe(v)}`);
      return v as T;
    };

  const link =
    (mailto?: boolean): Read<string> =>
    (v, p) => {
      const r = checkUrl(v, options.baseUrl, { mailto });
      if (!r.ok) throw invalid(p, r.error);
      return r.href;
    };
  const web = link();

  const zone: Read<string> = (v, p) => {
    const problem = timeZoneProblem(v);
    if (problem) throw invalid(p, problem);
    return v as string;
  };

  const dstNote = (p: string, raw: unknown, r: Instant, timeZone: string) => {
    if (r.kind === 'ambiguous') {
      report(
        p,
        `${describe(raw)} happens twice in ${timeZone} (clocks go back); ` +
          `the first, ${datetimeAttr(r.epochMs)}, is used`,
        'info',
      );
    } else if (r.kind === 'skipped') {
      report(
        p,
        `${describe(raw)} does not exist in ${timeZone} (clocks go forward); ` +
          `it moves forward by the gap, to ${datetimeAttr(r.epochMs)}`,
        'info',
      );
    }
  };
  /** A date-time reader for `timeZone`; `quiet` leaves the DST note to the caller. */
  const when =
    (timeZone: string, quiet?: boolean): Read<Instant> =>
    (v, p) => {
      const r = parseDateTime(v, timeZone);
      if (!r.ok) throw invalid(p, r.error);
      if (!quiet) dstNote(p, v, r, timeZone);
      return r;
    };

  const array: Read<unknown[]> = (v, p) => {
    if (!Array.isArray(v)) throw invalid(p, `must be an array, got ${describe(v)}`);
    return v;
  };
  const list =
    <T>(max: number, item: Read<T>, skip?: boolean): Read<T[]> =>
    (json, p) => {
      const v = array(json, p)!;
      if (v.length > max)
        report(
          p,
          `has ${v.length} entries; only the first ${max} are read`,
          skip ? 'skipped' : undefined,
        );
      const out: T[] = [];
      for (let i = 0; i < v.length && i < max; i++) {
        try {
          const r = item(v[i], `${p}[${i}]`);
          if (r !== undefined) out.push(r);
        } catch (e) {
          reportError(e, skip);
        }
      }
      return out;
    };

  // The document itself and the fields without which nothing can be shown.
  if (!isObject(json)) throw invalid('', `the course must be a JSON object, got ${describe(json)}`);
  const root = object(COURSE_FIELDS)(json, '')!;
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
  const part: Read<Part> = (v, p) => {
    const o = object(PART_FIELDS)(v, p)!;
    const id = required(o, 'id', p, ident);
    const seen = partPaths.get(id);
    if (seen)
      throw invalid(
        at(p, 'id'),
        `${describe(id)} is already the id of ${seen}; this part is ignored`,
      );
    const result = prune<Part>({
      id,
      title: required(o, 'title', p, line),
      summary: field(o, 'summary', p, paragraphs),
    });
    partPaths.set(id, p);
    return result;
  };

  const partRef: Read<string> = (v, p) => {
    const id = ident(v, p);
    if (id !== undefined && !partPaths.has(id))
      throw invalid(p, `${describe(id)} is not the id of any part in "parts"; ignored`);
    return id;
  };

  const speaker: Read<Speaker> = (v, p) => {
    const o = object(SPEAKER_FIELDS)(v, p)!;
    return prune<Speaker>({
      name: required(o, 'name', p, line),
      title: field(o, 'title', p, line),
      organization: field(o, 'organization', p, line),
      url: field(o, 'url', p, web),
    });
  };

  const sessionPaths = new Map<string, string>();
  const session: Read<Session> = (v, p) => {
    const o = object(SESSION_FIELDS)(v, p)!;
    const id = required(o, 'id', p, ident);
    const seen = sessionPaths.get(id);
    if (seen) throw invalid(at(p, 'id'), `${describe(id)} is already the id of ${seen}`);
    const title = required(o, 'title', p, line);
    const tz = own.call(o, 'timeZone') ? zone(o.timeZone, at(p, 'timeZone'))! : timeZone;
    const start = required(o, 'start', p, when(tz, true));
    const end = required(o, 'end', p, when(tz, true));
    if (end.epochMs <= start.epochMs)
      throw invalid(at(p, 'end'), `${describe(o.end)} is not after start ${describe(o.start)}`);
    // From here on nothing skips the session.
    sessionPaths.set(id, p);
    dstNote(at(p, 'start'), o.start, start, tz);
    dstNote(at(p, 'end'), o.end, end, tz);
    return prune<Session>({
      id,
      title,
      type: field(o, 'type', p, oneOf(SESSION_TYPES)) ?? 'session',
      part: field(o, 'part', p, partRef),
      startMs: start.epochMs,
      endMs: end.epochMs,
      timeZone: tz,
      startKind: start.kind === 'exact' ? undefined : start.kind,
      endKind: end.kind === 'exact' ? undefined : end.kind,
      description: field(o, 'description', p, paragraphs),
      speakers: field(o, 'speakers', p, list(COURSE_LIMITS.speakers, speaker)) ?? [],
      joinUrl: field(o, 'joinUrl', p, web),
      recordingUrl: field(o, 'recordingUrl', p, web),
      status: field(o, 'status', p, oneOf(SESSION_STATUSES)) ?? 'scheduled',
    });
  };

  const groupRates: Read<GroupRates> = (v, p) => {
    const o = object(GROUP_RATES_FIELDS)(v, p)!;
    return prune<GroupRates>({
      note: field(o, 'note', p, paragraphs),
      contact: field(o, 'contact', p, link(true)),
    });
  };

  const registration: Read<Registration> = (v, p) => {
    const o = object(REGISTRATION_FIELDS)(v, p)!;
    if (!own.call(o, 'url'))
      report(
        at(p, 'url'),
        'is required; without it the register button says the link is unavailable',
      );
    const opens = field(o, 'opens', p, when(timeZone));
    const closes = field(o, 'closes', p, when(timeZone));
    if (opens && closes && closes.epochMs <= opens.epochMs) {
      report(at(p, 'closes'), `${describe(o.closes)} is not after opens ${describe(o.opens)}`);
    }
    return prune<Registration>({
      url: field(o, 'url', p, web),
      opensMs: opens?.epochMs,
      closesMs: closes?.epochMs,
      status: field(o, 'status', p, oneOf(REGISTRATION_STATUSES)),
      waitlistUrl: field(o, 'waitlistUrl', p, web),
      price: field(o, 'price', p, line),
      note: field(o, 'note', p, paragraphs),
      codeOfConductUrl: field(o, 'codeOfConductUrl', p, web),
      groupRates: field(o, 'groupRates', p, groupRates),
    });
  };

  const onDemand: Read<OnDemand> = (v, p) => {
    const o = object(ON_DEMAND_FIELDS)(v, p)!;
    return prune<OnDemand>({
      url: field(o, 'url', p, web),
      untilMs: field(o, 'until', p, when(timeZone))?.epochMs,
      note: field(o, 'note', p, paragraphs),
    });
  };

  const language: Read<string> = (v, p) => {
    const tag = word(v, p)!;
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      throw invalid(p, `${describe(tag)} is not a BCP 47 language tag such as "en" or "es-MX"`);
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
    )(sessionsJson, 'sessions')!.sort((a, b) => a.startMs - b.startMs),
  });
  if (unlisted) issues.push({ path: '', message: `${unlisted} more issues are not listed` });
  return { course, issues };
}
