/**
 * The builder's draft: a course in the format-v1 JSON input shape (`CourseInput`), edited in
 * place by the form, plus the pure operations the form offers (add, duplicate, repeat weekly,
 * remove, set a field by its JSON path). Pure: no DOM, no clock; values are kept as the author
 * typed them, so the checker (checkCourse) reports what is wrong instead of the form hiding it.
 */

import type { CourseInput, SessionInput } from '../authoring/types.js';
import { wallTimeAt } from '../core/time/zoned.js';

export type Draft = CourseInput;

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

export const SCHEMA_URL = 'https://unpkg.com/course-widgets/course.schema.json';

/** A course with nothing in it yet but the organiser's zone (the visitor's own, a good guess). */
export function blankCourse(timeZone: string): Draft {
  return { $schema: SCHEMA_URL, version: 1, title: '', timeZone, sessions: [] };
}

/** A deep copy of JSON data (drafts are plain JSON). */
export const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Accepts parsed JSON as a draft when it has the outline of a course (an object whose
 * `sessions`, when present, is an array); the checker reports everything else.
 */
export function draftFromJson(json: unknown): Draft | undefined {
  if (!isObject(json)) return undefined;
  if (json.sessions !== undefined && !Array.isArray(json.sessions)) return undefined;
  const draft = copyJson(json) as unknown as Draft;
  draft.sessions ??= [];
  return draft;
}

/** `sessions[3].speakers[0].name` -> ['sessions', 3, 'speakers', 0, 'name']. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) keys.push(Number(index));
    else if (name !== undefined) keys.push(name);
  }
  return keys;
}

/** The value at a JSON path, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string | number, unknown>;

/** One object on the way down a JSON path, with the key of the next one inside it. */
interface Step {
  parent: Container;
  key: string | number;
}

/**
 * Sets the value at a JSON path, making the objects on the way. An empty string removes an
 * optional member (a blank optional field counts as absent), and an object left empty by it
 * (`groupRates`, `onDemand`) goes too; `keep` keeps a required member as '' for the checker.
 */
export function setValueAt(root: Draft, path: string, value: unknown, keep = false): void {
  const keys = pathKeys(path);
  const last = keys.at(-1);
  if (last === undefined) return;
  if (keys.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) return;
  const steps: Step[] = [];
  let node = root as unknown as Container;
  for (const [index, key] of keys.slice(0, -1).entries()) {
    steps.push({ parent: node, key });
    if (node[key] === null || typeof node[key] !== 'object')
      node[key] = typeof keys[index + 1] === 'number' ? [] : {};
    node = node[key] as Container;
  }
  if (value === '' && !keep && !Array.isArray(node)) {
    delete node[last];
    pruneEmpty(steps);
  } else {
    node[last] = value;
  }
}

/**
 * After a removal: deletes each object it left empty, innermost first, stopping at one that
 * is not empty or is an array item.
 */
function pruneEmpty(steps: Step[]) {
  for (const { parent, key } of [...steps].reverse()) {
    const child = parent[key];
    if (!isObject(child) || Object.keys(child).length > 0 || Array.isArray(parent)) return;
    delete parent[key];
  }
}

/** An id not yet used by any session: s1, s2, ... (or `base-2`, `base-3` for a copy of `base`). */
export function freeSessionId(draft: Draft, base?: string): string {
  const used = new Set(draft.sessions.map((session) => session?.id));
  const stem = base ? `${base.replace(/-\d+$/, '')}-` : 's';
  for (let n = base ? 2 : draft.sessions.length + 1; ; n++) {
    if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
  }
}

/** The date and time parts of a wall time, or undefined for an instant or anything else. */
export function splitWallTime(value: unknown): { date: string; time: string } | undefined {
  const match = typeof value === 'string' ? WALL_TIME.exec(value) : null;
  const [, date, time] = match ?? [];
  return date !== undefined && time !== undefined ? { date, time } : undefined;
}

/** A date `YYYY-MM-DD` moved by whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  // A missing part is NaN, like one that is not a number: either way the date is invalid.
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return moved.toISOString().slice(0, 10);
}

/** A new session after the last one: the same weekday a week later, same hours, or a blank one. */
export function newSession(draft: Draft): SessionInput {
  const last = draft.sessions[draft.sessions.length - 1];
  const start = splitWallTime(last?.start);
  const end = splitWallTime(last?.end);
  const session: SessionInput = { id: freeSessionId(draft), title: '', start: '', end: '' };
  if (start && end) {
    session.start = `${addDays(start.date, 7)}T${start.time}`;
    session.end = `${addDays(end.date, 7)}T${end.time}`;
  }
  return session;
}

/** Adds a new session at the end; returns its index. */
export function addSession(draft: Draft): number {
  draft.sessions.push(newSession(draft));
  return draft.sessions.length - 1;
}

/**
 * Inserts a copy of session `index` right after it, with a new id; returns the copy's index
 * (undefined, and nothing inserted, when there is no session `index`).
 */
export function duplicateSession(draft: Draft, index: number): number | undefined {
  const session = draft.sessions[index];
  if (!session) return undefined;
  const copy = copyJson(session);
  copy.id = freeSessionId(draft, copy.id || 's');
  draft.sessions.splice(index + 1, 0, copy);
  return index + 1;
}

/**
 * "Repeat weekly": `count` more copies of session `index`, each 7 days after the previous one
 * (same wall-clock hours in the organiser's zone, whatever DST does), inserted after it.
 * Returns how many were added (none when the session's times are not wall times yet, or
 * there is no session `index`).
 */
export function repeatWeekly(draft: Draft, index: number, count: number): number {
  const session = draft.sessions[index];
  if (!session) return 0;
  const start = splitWallTime(session.start);
  const end = splitWallTime(session.end);
  if (!start || !end || !(count > 0)) return 0;
  const copies: SessionInput[] = [];
  for (let week = 1; week <= count; week++) {
    const copy = copyJson(session);
    copy.id = freeSessionId(
      { ...draft, sessions: [...draft.sessions, ...copies] },
      session.id || 's',
    );
    copy.start = `${addDays(start.date, 7 * week)}T${start.time}`;
    copy.end = `${addDays(end.date, 7 * week)}T${end.time}`;
    copies.push(copy);
  }
  draft.sessions.splice(index + 1, 0, ...copies);
  return copies.length;
}

export function removeSession(draft: Draft, index: number): void {
  draft.sessions.splice(index, 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant (`...Z`, `...-04:00`) as the wall time it is in `timeZone`, or undefined. */
export function instantAsWallTime(value: unknown, timeZone: string): string | undefined {
  if (typeof value !== 'string' || !INSTANT.test(value.trim())) return undefined;
  const epochMs = Date.parse(value.trim());
  if (Number.isNaN(epochMs)) return undefined;
  try {
    const wall = wallTimeAt(epochMs, timeZone);
    const seconds = wall.second ? `:${pad(wall.second)}` : '';
    const date = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
    return `${date}T${pad(wall.hour)}:${pad(wall.minute)}${seconds}`;
  } catch {
    return undefined;
  }
}

/**
 * Session times written as instants become wall times in the session's (or course's) zone,
 * so the form can show them as a date and two times. Returns how many values changed.
 * Leaves everything alone when the zone is not usable.
 */
export function sessionTimesAsWallTimes(draft: Draft): number {
  let changed = 0;
  for (const session of draft.sessions) {
    if (!isObject(session)) continue;
    const zone = session.timeZone || draft.timeZone;
    for (const field of ['start', 'end'] as const) {
      const wall = typeof zone === 'string' ? instantAsWallTime(session[field], zone) : undefined;
      if (wall) {
        session[field] = wall;
        changed++;
      }
    }
  }
  return changed;
}

export interface SessionTimeParts {
  date: string;
  start: string;
  end: string;
  /** Days from the start's date to the end's (0, or 1 for a session past midnight). */
  endDays: number;
}

/** A date-time string's date and time halves, tolerating a half that is missing. */
function halves(value: unknown): { date: string; time: string } {
  if (typeof value !== 'string') return { date: '', time: '' };
  const [date = '', time = ''] = value.split('T');
  return {
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    time: /^\d{2}:\d{2}(:\d{2})?$/.test(time) ? time : '',
  };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);

/** What the form's date, start and end inputs show for a session. */
export function sessionTimeParts(session: SessionInput): SessionTimeParts {
  const start = halves(session.start);
  const end = halves(session.end);
  const endDays = start.date && end.date ? daysBetween(start.date, end.date) : 0;
  return { date: start.date || end.date, start: start.time, end: end.time, endDays };
}

/**
 * Writes one of the form's date, start and end inputs back into the session. The end is on
 * the start's date, or the next day when its time is before the start's (a session past
 * midnight). Incomplete input stays as typed (`T14:00`) for the checker to point out.
 */
export function setSessionTime(
  session: SessionInput,
  part: 'date' | 'start' | 'end',
  value: string,
): void {
  const parts = sessionTimeParts(session);
  const next = { ...parts, [part]: value };
  const join = (date: string, time: string) => (date || time ? `${date}T${time}` : '');
  const endDays = next.start && next.end && next.end < next.start ? 1 : 0;
  session.start = join(next.date, next.start);
  session.end = join(next.date && endDays ? addDays(next.date, endDays) : next.date, next.end);
}
