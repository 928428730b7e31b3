/**
 * Wall time <-> instant in an IANA zone. Pure: every answer depends only on the arguments,
 * never on the visitor's own zone (no local-time `Date` getters are used anywhere).
 *
 * Why not date-fns-tz's `fromZonedTime`/`getTimezoneOffset`: their public entry points read
 * the instant's *host-local* fields first, so at DST edges the answer depends on where the
 * visitor is (test/core/time/date-fns-tz.test.ts pins it; their own test is skipped). We use the
 * same technique they use internally (Intl `formatToParts` in the target zone) but only on
 * instants, and resolve gaps and overlaps with the RFC 5545 / Temporal 'compatible' rule:
 * a repeated wall time takes the earlier instant, a skipped one moves forward by the gap.
 */

import { describe } from '../describe.js';
import { cachedFormat, lru } from './intl.js';
import { DAY_MS } from './units.js';

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type WallTimeKind = 'exact' | 'ambiguous' | 'skipped';

export interface ResolvedInstant {
  epochMs: number;
  /** 'ambiguous': the wall time happened twice (DST overlap); 'skipped': never (DST gap). */
  kind: WallTimeKind;
}

/** en-US digits, 23-hour cycle (never `24:xx`), the era so that years before 1 read right. */
const FIELDS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** Epoch ms of a wall time read as if it were UTC (handles years below 100, unlike `Date.UTC`). */
export function wallAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/**
 * Wall-clock fields already read, by second and zone (at most 2,048, about 0.4 MB). A
 * schedule asks about the same instants again and again (parsing, grouping, both time
 * lines, the phase checks), and each `formatToParts` costs about 5 us: rendering 1,000
 * sessions made 18,000 calls for 4,600 distinct instants; with this memo, 7,600 calls.
 */
const walls = lru<Readonly<WallTime>>(2048);

function fieldsAt(epochMs: number, timeZone: string): Readonly<WallTime> {
  // The second Intl reads: the time value is truncated to whole ms (TimeClip) before flooring.
  return walls.get(`${Math.floor(Math.trunc(epochMs) / 1000)}|${timeZone}`, () => {
    const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    let beforeCommonEra = false;
    for (const p of cachedFormat(Intl.DateTimeFormat, 'en-US', {
      ...FIELDS,
      timeZone,
    }).formatToParts(epochMs)) {
      if (p.type === 'era') beforeCommonEra = p.value === 'BC';
      else if (p.type in wall) wall[p.type as keyof WallTime] = Number(p.value);
    }
    if (beforeCommonEra) wall.year = 1 - wall.year;
    wall.hour %= 24;
    return wall;
  });
}

/** The wall-clock fields of an instant in `timeZone`. Milliseconds are dropped. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  return { ...fieldsAt(epochMs, timeZone) };
}

/**
 * The zone's UTC offset at an instant, in ms (positive east of Greenwich: Kolkata is
 * +19,800,000).
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  const whole = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return wallAsUtc(fieldsAt(whole, timeZone)) - whole;
}

/**
 * The instant a wall time denotes in `timeZone`, by the 'compatible' rule. Candidates come
 * from the offsets a day either side, which bracket any transition near the wall time;
 * each is kept only if the zone really has that offset at that instant.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): ResolvedInstant {
  const local = wallAsUtc(wall);
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const offsets = new Set([before, after]);
  // Two transitions inside the window (rare, historical): the offset at the first guess joins in.
  offsets.add(offsetAt(local - before, timeZone));
  const valid: number[] = [];
  for (const o of offsets) {
    const instant = local - o;
    if (offsetAt(instant, timeZone) === o && !valid.includes(instant)) valid.push(instant);
  }
  if (valid.length === 0) {
    // A gap: read the wall time with the offset in force before it, which lands past the gap.
    return { epochMs: local - before, kind: 'skipped' };
  }
  return { epochMs: Math.min(...valid), kind: valid.length > 1 ? 'ambiguous' : 'exact' };
}

const zoneValidity = new Map<string, string | undefined>();

/**
 * Why `timeZone` cannot be used as an event's zone, or undefined when it can. Only IANA
 * place names (`America/New_York`), `UTC` and `Etc/*` pass: abbreviations and legacy ids
 * (`EST`, `CST6CDT`, `CET`) are refused because `EST` is a fixed UTC-5 zone, an hour off
 * New York all summer; raw offsets are refused because they ignore DST.
 */
export function timeZoneProblem(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string')
    return `must be an IANA time zone name such as "America/New_York", got ${describe(timeZone)}`;
  if (zoneValidity.has(timeZone)) return zoneValidity.get(timeZone);
  let problem: string | undefined;
  const quoted = JSON.stringify(timeZone);
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) {
    problem = `${quoted} is not an IANA time zone name such as "America/New_York"`;
  } else if (!timeZone.includes('/') && timeZone !== 'UTC') {
    problem =
      `${quoted} is an abbreviation or legacy zone, not a place: use an IANA name such as ` +
      '"America/New_York" (EST is a fixed UTC-5 zone, wrong all summer)';
  } else {
    try {
      // The same formatter wallTimeAt uses, so a valid zone costs nothing later.
      cachedFormat(Intl.DateTimeFormat, 'en-US', { ...FIELDS, timeZone });
    } catch {
      problem = `${quoted} is not a time zone this browser knows`;
    }
  }
  if (zoneValidity.size > 200) zoneValidity.clear();
  zoneValidity.set(timeZone, problem);
  return problem;
}
