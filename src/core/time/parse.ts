/**
 * Strict date-time parsing for the course format. Pure. Accepts exactly two shapes:
 *   - a wall time `YYYY-MM-DDTHH:mm[:ss]`, read in the given IANA zone;
 *   - an RFC 3339 instant with `Z` or a `+HH:MM`/`-HH:MM` offset (fraction of a second allowed).
 * Everything else is refused with a message that says what to write instead, because
 * `new Date()` silently accepts most of it wrongly (`2021-02-30` becomes March 2, a
 * date-only string is UTC midnight, a space instead of `T` is engine-dependent).
 */

import { describe } from '../describe.js';
import { cachedFormat } from './intl.js';
import { timeZoneProblem, wallAsUtc, wallTimeToInstant, type WallTimeKind } from './zoned.js';

export type DateTimeResult =
  { ok: true; epochMs: number; kind: WallTimeKind } | { ok: false; error: string };

const FULL =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const SPACE = /^\d{4}-\d{2}-\d{2} +\d{2}:\d{2}/;
const TRAILING_WORD =
  /^(\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(?::\d{2})?)\s*([A-Za-z]{2,5}|[A-Za-z]+\/[A-Za-z_]+)$/;
const COMPACT_OFFSET = /[Tt][\d:.]+[+-]\d{2}(\d{2})?$/;
const EXAMPLE =
  "YYYY-MM-DDTHH:mm (a wall time in the event's zone, e.g. 2021-10-13T14:00) " +
  'or an instant with Z or an offset (e.g. 2021-10-13T18:00:00Z)';

/**
 * Day 0 of the next month is the last of this one (`setUTCFullYear`, unlike `Date.UTC`, keeps
 * years below 100).
 */
const daysInMonth = (year: number, month: number) =>
  new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
/** "February": the English month name, as the rest of the message is English. */
const monthName = (month: number) =>
  cachedFormat(Intl.DateTimeFormat, 'en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1),
  );

/**
 * Parse a date-time from the feed. `timeZone` is the zone wall times are read in; pass
 * undefined where only instants are acceptable (then a wall time is an error).
 */
export function parseDateTime(value: unknown, timeZone: string | undefined): DateTimeResult {
  if (typeof value !== 'string') {
    return fail(`must be a date-time string such as "2021-10-13T14:00", got ${describe(value)}`);
  }
  const text = value.trim();
  const quoted = JSON.stringify(value);
  const match = FULL.exec(text);
  if (!match) {
    if (DATE_ONLY.test(text))
      return fail(`${quoted} has a date but no time of day: write e.g. ${text}T14:00`);
    if (SPACE.test(text))
      return fail(`${quoted} has a space where "T" belongs: write ${text.replace(/ +/, 'T')}`);
    const word = TRAILING_WORD.exec(text);
    if (word) {
      return fail(
        `${quoted} ends in a zone name or abbreviation (${JSON.stringify(word[2])}), ` +
          `which is not allowed: write ${word[1]} and set timeZone to an IANA name such as ` +
          `"America/New_York", or use an offset such as ${word[1]}-04:00`,
      );
    }
    if (COMPACT_OFFSET.test(text))
      return fail(`${quoted} has an offset without a colon: write it as +HH:MM, e.g. -04:00`);
    return fail(`${quoted} is not a date-time: expected ${EXAMPLE}`);
  }
  // FULL's groups: the date and time of day are always there; seconds, fraction, zone may not be.
  const [, yearText = '', monthText = '', dayText = '', hourText = '', minuteText = ''] = match;
  const [secondText = '00', frac = '', zone] = match.slice(6);
  const year = +yearText,
    month = +monthText,
    day = +dayText,
    hour = +hourText,
    minute = +minuteText,
    second = +secondText;
  if (month < 1 || month > 12)
    return fail(`${quoted} has month ${monthText}, which does not exist`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim)
    return fail(`${quoted} has day ${dayText}, but ${monthName(month)} ${year} has ${dim} days`);
  if (hour === 24)
    return fail(
      `${quoted} uses 24:xx, which is not a time of day: write 00:${minuteText} on the next day`,
    );
  if (hour > 23) return fail(`${quoted} has hour ${hourText}, which does not exist`);
  if (minute > 59) return fail(`${quoted} has minute ${minuteText}, which does not exist`);
  if (second > 59)
    return fail(
      `${quoted} has second ${secondText}, which is not allowed (leap seconds are not supported)`,
    );

  const wall = { year, month, day, hour, minute, second };
  if (zone) {
    let offsetMs = 0;
    if (zone !== 'Z' && zone !== 'z') {
      const offsetHours = +zone.slice(1, 3),
        offsetMinutes = +zone.slice(4, 6);
      if (offsetHours > 23 || offsetMinutes > 59)
        return fail(`${quoted} has offset ${zone}, which does not exist`);
      offsetMs = (zone[0] === '-' ? -1 : 1) * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
    }
    const ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    return { ok: true, epochMs: wallAsUtc(wall) + ms - offsetMs, kind: 'exact' };
  }
  if (frac)
    return fail(
      `${quoted} has a fraction of a second but no Z or offset: ` +
        'wall times go to the minute or second',
    );
  if (timeZone === undefined)
    return fail(`${quoted} has no Z or offset: write an instant such as ${text}Z or ${text}-04:00`);
  const zoneProblem = timeZoneProblem(timeZone);
  if (zoneProblem)
    return fail(`${quoted} is a wall time but its zone cannot be used: ${zoneProblem}`);
  const resolved = wallTimeToInstant(wall, timeZone);
  return { ok: true, epochMs: resolved.epochMs, kind: resolved.kind };
}

function fail(error: string): DateTimeResult {
  return { ok: false, error };
}
