/**
 * The public time API: zone math, strict parsing, display strings, countdowns and session
 * phases.
 */
export { wallTimeToInstant, wallTimeAt, offsetAt, timeZoneProblem } from './zoned.js';
export type { WallTime, WallTimeKind, ResolvedInstant } from './zoned.js';
export { parseDateTime } from './parse.js';
export type { DateTimeResult } from './parse.js';
export { cachedFormat, clearFormatCache } from './intl.js';
export {
  formatDate,
  formatShortDate,
  formatTime,
  formatDateTime,
  formatTimeRange,
  timeRangeParts,
  zoneLabel,
  zoneCity,
  zoneName,
  sameWallClock,
  formatDuration,
  formatRelative,
  dayKey,
  datetimeAttr,
} from './format.js';
export type { DisplayContext, UnitStyle } from './format.js';
export { remainingParts, formatCountdown } from './countdown.js';
export type { RemainingParts, CountdownTextOptions } from './countdown.js';
export {
  SESSION_PHASES,
  STARTING_SOON_MS,
  sessionPhase,
  onDemandUrl,
  replayUrl,
  nextSession,
  liveSessions,
  countdownTarget,
} from './status.js';
export type { SessionPhase } from './status.js';
