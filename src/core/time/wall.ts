/**
 * Writing an instant back as text: the format's wall time, an RFC 3339 date-time with the
 * zone's offset (structured data), and a zone named the way people do ("New York" for
 * America/New_York). Pure: no DOM, no clock; zone arithmetic through ./zoned.ts.
 */

import { offsetAt, wallTimeAt, wallTimeToInstant, type WallTime } from './zoned.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm`, with `:ss` only when the seconds are not zero. */
export function wallString(wall: WallTime): string {
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}${wall.second ? `:${pad(wall.second)}` : ''}`;
  return `${date}T${time}`;
}

/** An offset in ms as `+HH:MM` / `-HH:MM`. */
export function offsetString(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The instant as an RFC 3339 date-time with the zone's offset at that instant (no fraction). */
export function offsetDateTime(epochMs: number, timeZone: string): string {
  const wall = wallTimeAt(epochMs, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${offsetString(offsetAt(epochMs, timeZone))}`;
}

/**
 * The instant as the format's date-time in `timeZone`: a wall time when reading that wall
 * time back gives the same instant, else (the second pass through a repeated hour) the
 * wall time with its offset, which the format reads exactly.
 */
export function courseDateTime(epochMs: number, timeZone: string): string {
  const wall = wallTimeAt(epochMs, timeZone);
  const whole = Math.floor(epochMs / 1000) * 1000;
  if (wallTimeToInstant(wall, timeZone).epochMs === whole) return wallString(wall);
  return `${wallString(wall)}${offsetString(offsetAt(whole, timeZone))}`;
}

/** "New York" for America/New_York, "Port-au-Prince" for America/Port-au-Prince, "UTC" for UTC. */
export function zonePlace(timeZone: string): string {
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return timeZone.replace(/^Etc\//, '');
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}
