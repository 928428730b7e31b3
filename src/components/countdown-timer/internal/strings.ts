/**
 * The countdown's UI strings, English and Spanish, with the shared tables spread in: session
 * phases and Join, the on-demand link, and the load-error sentences.
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

export const strings: StringTable<CountdownStrings> & { es: CountdownStrings } = {
  en,
  es: {
    startsIn: (p) => `Comienza en ${p.time}`,
    started: 'Ya comenzó',
    courseEnded: 'Este curso finalizó',
    pauseCountdown: 'Pausar la cuenta regresiva',
    resumeCountdown: 'Reanudar la cuenta regresiva',
    ...phaseStrings.es,
    ...onDemandStrings.es,
    ...loadErrorStrings.es,
  },
};
