/**
 * UI strings of <session-card> and <course-schedule>, English and Spanish. The entries they
 * share with core/i18n/common.ts repeat its text on purpose (a test keeps them equal):
 * importing that table would ship every element's strings with these two.
 */

import type { StringTable } from '../../../core/i18n/index.js';
import { plural } from '../../../core/i18n/index.js';

const en = {
  'phase.upcoming': 'Upcoming',
  'phase.starting-soon': 'Starting soon',
  'phase.live': 'Live now',
  'phase.ended': 'Ended',
  'phase.cancelled': 'Cancelled',
  'phase.postponed': 'Postponed',
  'type.session': 'Session',
  'type.break': 'Intermission',
  'type.office-hours': 'Office hours',
  'type.keynote': 'Keynote',
  'type.panel': 'Panel',
  'type.workshop': 'Workshop',
  'error.http': (status?: number) => `The course data could not be loaded${status ? ` (HTTP ${status})` : ''}.`,
  'error.network': 'The course data could not be loaded because of a network error.',
  'error.timeout': 'The course data took too long to load.',
  'error.not-json': 'The course data could not be read: the server did not send JSON.',
  'error.too-large': 'The course data is too large to load.',
  'error.invalid': 'The course data is not in the expected format.',
  loading: 'Loading course schedule…',
  retry: 'Retry',
  stale: 'Showing saved data; the latest update failed.',
  sessionsSkipped: (n: number) =>
    plural('en', n, { one: '# session in the data could not be shown.', other: '# sessions in the data could not be shown.' }),
  showEarlier: (n: number) => plural('en', n, { one: 'Show # earlier session', other: 'Show # earlier sessions' }),
  speakers: 'Speakers',
  speakersTba: 'Speakers to be announced',
  yourTime: 'Your time',
  eventTime: 'Event time',
  /** The organiser's time and place: "2:00 – 2:45 PM EDT in New York". */
  timeInPlace: (p: { time: string; place: string }) => `${p.time} in ${p.place}`,
  online: 'Online',
  join: 'Join',
  watchRecording: 'Watch recording',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',
  // Only here:
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

export const strings: StringTable<SessionStrings> & { es: SessionStrings } = {
  en,
  es: {
    'phase.upcoming': 'Próximamente',
    'phase.starting-soon': 'Comienza pronto',
    'phase.live': 'En vivo ahora',
    'phase.ended': 'Finalizado',
    'phase.cancelled': 'Cancelado',
    'phase.postponed': 'Pospuesto',
    'type.session': 'Sesión',
    'type.break': 'Pausa',
    'type.office-hours': 'Horario de consultas',
    'type.keynote': 'Conferencia magistral',
    'type.panel': 'Panel',
    'type.workshop': 'Taller',
    'error.http': (status) => `No se pudieron cargar los datos del curso${status ? ` (HTTP ${status})` : ''}.`,
    'error.network': 'No se pudieron cargar los datos del curso por un error de red.',
    'error.timeout': 'Los datos del curso tardaron demasiado en cargarse.',
    'error.not-json': 'No se pudieron leer los datos del curso: el servidor no envió JSON.',
    'error.too-large': 'Los datos del curso son demasiado grandes para cargarlos.',
    'error.invalid': 'Los datos del curso no tienen el formato esperado.',
    loading: 'Cargando el programa del curso…',
    retry: 'Reintentar',
    stale: 'Se muestran datos guardados; la última actualización falló.',
    sessionsSkipped: (n) =>
      plural('es', n, { one: 'No se pudo mostrar # sesión de los datos.', other: 'No se pudieron mostrar # sesiones de los datos.' }),
    showEarlier: (n) => plural('es', n, { one: 'Mostrar # sesión anterior', other: 'Mostrar # sesiones anteriores' }),
    speakers: 'Ponentes',
    speakersTba: 'Ponentes por anunciar',
    yourTime: 'Tu hora',
    eventTime: 'Hora del evento',
    timeInPlace: (p) => `${p.time} en ${p.place}`,
    online: 'En línea',
    join: 'Unirse',
    watchRecording: 'Ver grabación',
    addToCalendar: 'Agregar al calendario',
    downloadIcs: 'Descargar .ics',
    googleCalendar: 'Google Calendar',
    showTimesIn: 'Mostrar las horas en',
    next: 'Siguiente',
    more: 'Mostrar más',
    less: 'Mostrar menos',
    hideEarlier: 'Ocultar sesiones anteriores',
    addAll: 'Agregar todas las sesiones a tu calendario',
    notFound: (p) => `Este curso no tiene la sesión "${p.id}".`,
  },
};
