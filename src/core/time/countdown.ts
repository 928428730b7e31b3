/**
 * Remaining time for countdowns. Pure: `now` is an argument. Remaining time is real
 * elapsed time, so across a DST change a day is still 24 hours and a wall-clock day of
 * 25 hours shows as "1 day, 1 hour". Parts round *up* to the unit shown, so the count
 * never reads zero before the target is reached.
 */

import { formatUnits, type DurationUnit } from './format.js';
import { HOUR_MS } from './units.js';

export interface RemainingParts {
  /** Milliseconds left, never negative. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

function split(totalMs: number, stepSeconds: number): RemainingParts {
  const roundedSeconds = Math.ceil(totalMs / (stepSeconds * 1000)) * stepSeconds;
  return {
    totalMs,
    days: Math.floor(roundedSeconds / 86_400),
    hours: Math.floor(roundedSeconds / 3_600) % 24,
    minutes: Math.floor(roundedSeconds / 60) % 60,
    seconds: roundedSeconds % 60,
  };
}

/** Days, hours, minutes and seconds (rounded up to the second) from `nowMs` to `targetMs`. */
export const remainingParts = (targetMs: number, nowMs: number): RemainingParts =>
  split(Math.max(0, targetMs - nowMs), 1);

export interface CountdownTextOptions {
  /** "2d 3h 5m" instead of "2 days, 3 hours, 5 minutes". */
  compact?: boolean;
  /**
   * `true`: show seconds even before the final hour; `false`: never (minutes round up);
   * left out: only in the final hour.
   */
  seconds?: boolean;
}

/**
 * The remaining time as text: "2 days, 3 hours, 5 minutes" or, compact, "2d 3h 5m"; zero
 * units are left out. Without seconds the minutes round up (4 min 30 s left reads "5 minutes").
 */
export function formatCountdown(
  targetMs: number,
  nowMs: number,
  locale: string,
  { compact = false, seconds }: CountdownTextOptions = {},
): string {
  const totalMs = Math.max(0, targetMs - nowMs);
  const withSeconds = seconds ?? totalMs < HOUR_MS;
  const parts = split(totalMs, withSeconds ? 1 : 60);
  const amounts: [DurationUnit, number][] = [
    ['day', parts.days],
    ['hour', parts.hours],
    ['minute', parts.minutes],
  ];
  if (withSeconds) amounts.push(['second', parts.seconds]);
  return formatUnits(amounts, locale, compact ? 'narrow' : 'long');
}
