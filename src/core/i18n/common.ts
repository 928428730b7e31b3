/**
 * Small string tables shared by more than one element, in English (every other language is
 * a module of src/locales/). Pure data. Each element spreads the ones it shows into its own
 * table (as every element does with ./load-error.ts), so a single element's bundle carries
 * only what it uses and the CDN script carries each text once. Keys for values that come
 * from the data are the value with a prefix (`phase.live`), so an element looks them up with
 * a template literal, no switch.
 */

import type { SessionPhase } from '../time/status.js';
import type { StringTable } from './index.js';

const phaseEn = {
  'phase.upcoming': 'Upcoming',
  'phase.starting-soon': 'Starting soon',
  'phase.live': 'Live now',
  'phase.ended': 'Ended',
  'phase.cancelled': 'Cancelled',
  'phase.postponed': 'Postponed',
  /** The link a live session offers. */
  join: 'Join',
};

export type PhaseStrings = typeof phaseEn;

// Compile-time check that every session phase has its entry.
const everyPhase: Record<`phase.${SessionPhase}`, string> = phaseEn;

/** A session's phase and its Join link: <session-card>, <course-schedule>, <countdown-timer>. */
export const phaseStrings: StringTable<PhaseStrings> = {
  en: everyPhase as PhaseStrings,
};

const onDemandEn = {
  /** The link to the recordings once the course is over. */
  watchOnDemand: 'Watch on demand',
};

export type OnDemandStrings = typeof onDemandEn;

/** The on-demand link: <register-button> and <countdown-timer>. */
export const onDemandStrings: StringTable<OnDemandStrings> = {
  en: onDemandEn,
};
