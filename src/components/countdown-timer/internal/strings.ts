/**
 * The countdown's UI strings in English (other languages: src/locales/), with the shared
 * tables spread in: session phases and Join, the on-demand link, and the load-error sentences.
 */

import { onDemandStrings, phaseStrings } from '../../../core/i18n/common.js';
import type { StringTable } from '../../../core/i18n/index.js';
import { loadErrorStrings } from '../../../core/i18n/load-error.js';

const en = {
  /** `time`: a duration from core/time ("5 minutes", "2 days, 3 hours"). */
  startsIn: (p: { time: string }) => `Starts in ${p.time}`,
  /** A `to` countdown whose instant has passed (it has no end, so it cannot say "live"). */
  started: 'Started',
  courseEnded: 'This course has ended',
  pauseCountdown: 'Pause countdown',
  resumeCountdown: 'Resume countdown',
  ...phaseStrings.en,
  ...onDemandStrings.en,
  ...loadErrorStrings.en,
};

export type CountdownStrings = typeof en;

export const strings: StringTable<CountdownStrings> = {
  en,
};
