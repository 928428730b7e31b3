/**
 * Every display string of a time: dates, times with their zone label, ranges, zone names,
 * durations, relative times, day keys and `datetime` values. Pure: every answer depends
 * only on the arguments (instant, locale, zone), never on the visitor's own zone, because
 * all formatting goes through `Intl` with an explicit `timeZone` (local-time `Date`
 * getters are wrong inside the host's DST gap, date-fns-tz issue 258). Every `Intl` object
 * comes from the bounded memo in ./intl.ts. The 12/24-hour choice is the locale's unless
 * the context forces one, and forcing 24 hours uses `hourCycle: 'h23'`, never
 * `hour12: false`, which in engines before the ECMA-402 fix (Node 20, older Chrome and
 * Safari) gives `en-US` the `h24` cycle and prints midnight as `24:05`.
 */

import { cachedFormat, slowStrings } from './intl.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './units.js';
import { offsetAt, wallAsUtc, wallTimeAt } from './zoned.js';

/** Where and for whom a time is displayed. */
export interface DisplayContext {
  /** BCP 47 tag; one `Intl` refuses falls back to `'en'`. */
  locale: string;
  /** IANA zone the time is shown in (check it with `timeZoneProblem` first). */
  timeZone: string;
  /** Forces a 12- or 24-hour clock; by default the locale chooses. */
  hourCycle?: 'h12' | 'h23';
}

export type UnitStyle = 'long' | 'short' | 'narrow';
export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

const FULL_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...SHORT_DATE, ...TIME };
const ZONE: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };
const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: 'long' };

function dateTimeFormat(
  ctx: DisplayContext,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  // undefined drops out of the cache key
  const hourCycle = options.hour ? ctx.hourCycle : undefined;
  return cachedFormat(Intl.DateTimeFormat, ctx.locale, {
    ...options,
    timeZone: ctx.timeZone,
    hourCycle,
  });
}

/** "Wednesday, October 13, 2021" */
export const formatDate = (epochMs: number, ctx: DisplayContext): string =>
  dateTimeFormat(ctx, FULL_DATE).format(epochMs);

/** "Wed, Oct 13" */
export const formatShortDate = (epochMs: number, ctx: DisplayContext): string =>
  dateTimeFormat(ctx, SHORT_DATE).format(epochMs);

/** "2:00 PM EDT": a displayed time always carries its zone label. */
export const formatTime = (epochMs: number, ctx: DisplayContext): string =>
  dateTimeFormat(ctx, TIME).format(epochMs);

/** "Wed, Oct 13, 2:00 PM EDT" */
export const formatDateTime = (epochMs: number, ctx: DisplayContext): string =>
  dateTimeFormat(ctx, DATE_TIME).format(epochMs);

/**
 * "2:00 – 2:45 PM EDT" (through `formatRange`, which shares what the two ends share). When
 * they fall on different dates in `ctx.timeZone` both dates are included:
 * "Wed, Oct 13, 11:30 PM EDT – Thu, Oct 14, 12:15 AM EDT".
 */
export const formatTimeRange = (startMs: number, endMs: number, ctx: DisplayContext): string =>
  timeRangeParts(startMs, endMs, ctx).join('');

/**
 * `formatTimeRange` split into [start, separator, end] (what is shared goes with the end it
 * stands beside: "Wed, Oct 13, 2:00", " – ", "2:45 PM EDT"), so each end can sit in its own
 * `<time datetime>`. `withDate` includes the date even when both ends share it.
 */
export function timeRangeParts(
  startMs: number,
  endMs: number,
  ctx: DisplayContext,
  withDate?: boolean,
): string[] {
  const start = local(startMs, ctx.timeZone);
  const end = local(endMs, ctx.timeZone);
  const formatter = dateTimeFormat(ctx, withDate || start.day !== end.day ? DATE_TIME : TIME);
  // ICU's formatRange prints one zone label for both ends, so a range across a DST change
  // would read "1:30 – 1:45 AM EST" for 1:30 EDT to 1:45 EST (or collapse to "1:30 AM EDT"
  // for an hour that ends at the same wall time): give each end its own label, joined by
  // CLDR's range fallback pattern "{0} – {1}".
  const [left, right] = [formatter.format(startMs), formatter.format(endMs)];
  if (start.offset !== end.offset) return [left, '\u2009–\u2009', right];
  // The range is a function of its two formatted ends (plus the year, which DATE_TIME
  // leaves out), and schedules repeat the same times: keep the slow formatRange results.
  const year = start.day.slice(0, 4);
  const key = `${ctx.locale}|${ctx.timeZone}|${ctx.hourCycle}|${year}|${left}|${right}`;
  return slowStrings
    .get(key, () => {
      const parts = formatter.formatRangeToParts(startMs, endMs);
      const endOfStart = parts.findLastIndex((p) => p.source === 'startRange') + 1;
      const startOfEnd = parts.findIndex((p) => p.source === 'endRange');
      const text = (from: number, to?: number) =>
        parts
          .slice(from, to)
          .map((p) => p.value)
          .join('');
      // Equal ends format as one time, with no start or end parts.
      return startOfEnd < 0
        ? `${text(0)}\0\0`
        : `${text(0, endOfStart)}\0${text(endOfStart, startOfEnd)}\0${text(startOfEnd)}`;
    })
    .split('\0');
}

/**
 * The zone's short label at an instant, as the locale writes it: "EDT", "GMT+5:30", "GMT-4"
 * (es).
 */
export function zoneLabel(epochMs: number, ctx: DisplayContext): string {
  const parts = dateTimeFormat(ctx, ZONE).formatToParts(epochMs);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? ctx.timeZone;
}

/**
 * The zone's name in words at `date`: "Pacific Daylight Time", "hora de verano del Pacífico".
 * Without `date`, `Intl` names it at the moment of the call; pass the instant when the answer
 * must not depend on the clock (the summer and winter names differ).
 */
export function zoneName(timeZone: string, locale: string, date?: Date): string {
  const parts = dateTimeFormat({ locale, timeZone }, ZONE_NAME).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A place name for an IANA zone, for "in New York": the id's last segment with spaces
 * (`America/Argentina/Buenos_Aires` -> "Buenos Aires"). `Intl` has no localised city
 * names, so this is the English exemplar city. Zones that are not places (`UTC`,
 * `Etc/GMT+5`, whose sign is inverted) get their offset label instead: "UTC", "GMT-5".
 */
export function zoneCity(timeZone: string, locale: string): string {
  return /^(Etc\/|[^/]*$)/.test(timeZone)
    ? zoneLabel(0, { locale, timeZone })
    : timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

/**
 * Whether two zones show the same wall clock at an instant (same UTC offset). Compare
 * zones this way, never by id: Chromium reports Asia/Kolkata as Asia/Calcutta.
 */
export const sameWallClock = (epochMs: number, zoneA: string, zoneB: string): boolean =>
  offsetAt(epochMs, zoneA) === offsetAt(epochMs, zoneB);

/**
 * Amounts in localised units, largest first, zero amounts left out ("2 days, 5 minutes";
 * all zero shows the last unit: "0 min"): `NumberFormat` units joined by a unit `ListFormat`.
 * The same CLDR patterns as `Intl.DurationFormat` (the tests hold it to DurationFormat's
 * strings), in every browser, and about 2 us a call where DurationFormat takes 25-75 us:
 * a ticking countdown formats once a second (npm run bench).
 */
export function formatUnits(
  amounts: [DurationUnit, number][],
  locale: string,
  style: UnitStyle,
): string {
  const shown = amounts.filter(([, n]) => n);
  const smallest = amounts.at(-1);
  if (!shown.length && smallest) shown.push([smallest[0], 0]);
  const words = shown.map(([unit, n]) =>
    cachedFormat(Intl.NumberFormat, locale, { style: 'unit', unit, unitDisplay: style }).format(n),
  );
  return cachedFormat(Intl.ListFormat, locale, { type: 'unit', style }).format(words);
}

/**
 * A length of time to the nearest minute: "45 min", "1 hr, 30 min" (`style` 'short' by
 * default).
 */
export function formatDuration(
  durationMs: number,
  locale: string,
  style: UnitStyle = 'short',
): string {
  const minutes = Math.round(Math.max(0, durationMs) / MINUTE_MS);
  return formatUnits(
    [
      ['hour', Math.floor(minutes / 60)],
      ['minute', minutes % 60],
    ],
    locale,
    style,
  );
}

const RELATIVE_UNITS = [
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
  ['second', SECOND_MS],
] as const;

/**
 * "in 3 days", "in 2 hours", "5 minutes ago", "now". Real elapsed time in the largest
 * whole unit, truncated (2 days 20 hours is "in 2 days": never overstates the time left).
 * Days are 24-hour spans, not calendar days, so there is no "tomorrow": 47 hours ahead
 * may be the day after tomorrow.
 */
export function formatRelative(targetMs: number, nowMs: number, locale: string): string {
  const diff = targetMs - nowMs;
  const [unit, size] =
    RELATIVE_UNITS.find(([, size]) => Math.abs(diff) >= size) ?? RELATIVE_UNITS[3];
  const numeric = unit === 'second' ? 'auto' : 'always'; // 'auto' only for "now"
  return cachedFormat(Intl.RelativeTimeFormat, locale, { numeric }).format(
    Math.trunc(diff / size),
    unit,
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The wall date (`YYYY-MM-DD`) and UTC offset of an instant in a zone, from one
 * `formatToParts`.
 */
function local(epochMs: number, timeZone: string): { day: string; offset: number } {
  const wall = wallTimeAt(epochMs, timeZone);
  return {
    day: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    offset: wallAsUtc(wall) - Math.floor(epochMs / 1000) * 1000,
  };
}

/**
 * The wall date of an instant in a zone, `YYYY-MM-DD`: the key to group sessions by the
 * visitor's date, and to notice that the visitor's date is not the organiser's.
 */
export const dayKey = (epochMs: number, timeZone: string): string => local(epochMs, timeZone).day;

/** The exact instant for a `<time datetime>` attribute, in UTC: "2021-10-13T18:00:00Z". */
export const datetimeAttr = (epochMs: number): string =>
  new Date(epochMs).toISOString().replace('.000Z', 'Z');
