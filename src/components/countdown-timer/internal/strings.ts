/**
 * The countdown's UI strings, English and Spanish. Entries shared with other elements repeat
 * the text (and key) of core/i18n/common.ts on purpose (a test keeps them equal): importing
 * that table would ship every element's strings with this one.
 */

import type { StringTable } from '../../../core/i18n/index.js';
import { loadErrorStrings } from '../../../core/i18n/load-error.js';

const en = {
  /** `time`: a duration from core/time ("5 minutes", "2 days, 3 hours"). */
  startsIn: (p: { time: string }) => `Starts in ${p.time}`,
  /** A `to` countdown whose instant has passed (it has no end, so it cannot say "live"). */
  started: 'Started',
  'phase.live': 'Live now',
  'phase.ended': 'Ended',
  'phase.cancelled': 'Cancelled',
  'phase.postponed': 'Postponed',
  courseEnded: 'This course has ended',
  join: 'Join',
  watchOnDemand: 'Watch on demand',
  pauseCountdown: 'Pause countdown',
  resumeCountdown: 'Resume countdown',
  ...loadErrorStrings.en,
};

export type CountdownStrings = typeof en;

export const strings: StringTable<CountdownStrings> & { es: CountdownStrings } = {
  en,
  es: {
    startsIn: (p) => `Comienza en ${p.time}`,
    started: 'Ya comenzó',
    'phase.live': 'En vivo ahora',
    'phase.ended': 'Finalizado',
    'phase.cancelled': 'Cancelado',
    'phase.postponed': 'Pospuesto',
    courseEnded: 'Este curso finalizó',
    join: 'Unirse',
    watchOnDemand: 'Ver a pedido',
    pauseCountdown: 'Pausar la cuenta regresiva',
    resumeCountdown: 'Reanudar la cuenta regresiva',
    ...loadErrorStrings.es,
  },
};
