/**
 * UI strings of <session-card> and <course-schedule>: the shared table of core/i18n/common.ts
 * (already in these elements' bundle through the calendar export and error leads) plus the
 * few entries only they use, English and Spanish. Page overrides (`strings`) can replace any of them.
 */

import { common } from '../../../core/i18n/common.js';
import type { StringTable } from '../../../core/i18n/index.js';

const en = {
  ...common.en,
  /** Accessible name of the "Your time" / "Event time" switch. */
  showTimesIn: 'Show times in',
  /** Marks the next session in a schedule. */
  next: 'Next',
  more: 'Show more',
  less: 'Show less',
  hideEarlier: 'Hide earlier sessions',
  /** The whole-course calendar disclosure. */
  addAll: 'Add all sessions to your calendar',
  notFound: (p: { id: string }) => `This course has no session "${p.id}".`,
};

export type SessionStrings = typeof en;

export const strings: StringTable<SessionStrings> = {
  en,
  es: {
    ...common.es,
    showTimesIn: 'Mostrar las horas en',
    next: 'Siguiente',
    more: 'Mostrar más',
    less: 'Mostrar menos',
    hideEarlier: 'Ocultar sesiones anteriores',
    addAll: 'Agregar todas las sesiones a tu calendario',
    notFound: (p) => `Este curso no tiene la sesión "${p.id}".`,
  },
};
