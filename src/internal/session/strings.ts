/**
 * UI strings of <session-card> and <course-schedule>, English and Spanish. The shared tables
 * are spread in: the load-error sentences (all four elements) and the session phases with
 * their Join link (also <countdown-timer>).
 */

import { phaseStrings } from '../../core/i18n/common.js';
import { plural, type StringTable } from '../../core/i18n/index.js';
import { errorDetailStrings, loadErrorStrings } from '../../core/i18n/load-error.js';

const en = {
  ...loadErrorStrings.en,
  ...errorDetailStrings.en,
  ...phaseStrings.en,
  'type.session': 'Session',
  'type.break': 'Intermission',
  'type.office-hours': 'Office hours',
  'type.keynote': 'Keynote',
  'type.panel': 'Panel',
  'type.workshop': 'Workshop',
  loading: 'Loading course schedule…',
  sessionsSkipped: (count: number) =>
    plural('en', count, {
      one: '# session in the data could not be shown.',
      other: '# sessions in the data could not be shown.',
    }),
  showEarlier: (n: number) =>
    plural('en', n, { one: 'Show # earlier session', other: 'Show # earlier sessions' }),
  speakers: 'Speakers',
  speakersTba: 'Speakers to be announced',
  yourTime: 'Your time',
  eventTime: 'Event time',
  /** The organiser's time and place: "2:00 – 2:45 PM EDT in New York". */
  timeInPlace: (p: { time: string; place: string }) => `${p.time} in ${p.place}`,
  online: 'Online',
  watchRecording: 'Watch recording',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',
  /** Accessible name of the "Your time" / "Event time" switch. */
  showTimesIn: 'Show times in',
  /** Printed instead of the switch: "Times in Pacific Daylight Time". */
  timesIn: (zone: string) => `Times in ${zone}`,
  /** Marks the next session in a schedule. */
  next: 'Next',
  /** The status of a break in progress (its coloured bar alone would not say so). */
  breakUnderWay: 'Intermission under way',
  more: 'Show more',
  less: 'Show less',
  hideEarlier: 'Hide earlier sessions',
  /** The whole-course calendar disclosure. */
  addAll: 'Add all sessions to your calendar',
  notFound: (p: { id: string }) => `This course has no session "${p.id}".`,
};

export type SessionStrings = typeof en;

export const strings: StringTable<SessionStrings> & { es: SessionStrings } = {
  en,
  es: {
    ...loadErrorStrings.es,
    ...errorDetailStrings.es,
    ...phaseStrings.es,
    'type.session': 'Sesión',
    'type.break': 'Pausa',
    'type.office-hours': 'Horario de consultas',
    'type.keynote': 'Conferencia magistral',
    'type.panel': 'Panel',
    'type.workshop': 'Taller',
    loading: 'Cargando el programa del curso…',
    sessionsSkipped: (count) =>
      plural('es', count, {
        one: 'No se pudo mostrar # sesión de los datos.',
        other: 'No se pudieron mostrar # sesiones de los datos.',
      }),
    showEarlier: (count) =>
      plural('es', count, {
        one: 'Mostrar # sesión anterior',
        other: 'Mostrar # sesiones anteriores',
      }),
    speakers: 'Ponentes',
    speakersTba: 'Ponentes por anunciar',
    yourTime: 'Tu hora',
    eventTime: 'Hora del evento',
    timeInPlace: (p) => `${p.time} en ${p.place}`,
    online: 'En línea',
    watchRecording: 'Ver grabación',
    addToCalendar: 'Agregar al calendario',
    downloadIcs: 'Descargar .ics',
    googleCalendar: 'Google Calendar',
    showTimesIn: 'Mostrar las horas en',
    timesIn: (zone) => `Horas en ${zone}`,
    next: 'Siguiente',
    breakUnderWay: 'Pausa en curso',
    more: 'Mostrar más',
    less: 'Mostrar menos',
    hideEarlier: 'Ocultar sesiones anteriores',
    addAll: 'Agregar todas las sesiones a tu calendario',
    notFound: (p) => `Este curso no tiene la sesión "${p.id}".`,
  },
};
