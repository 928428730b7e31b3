/**
 * Strings shared by several elements, in English and (neutral Latin-American) Spanish.
 * Pure data plus the plural/parameter functions of ./index.ts. Keys for values that come
 * from the data are the value with a prefix (`phase.live`, `type.office-hours`,
 * `error.not-json`), so an element looks them up with a template literal, no switch.
 * Parameters are already formatted by core/time (`date`, `time`, `when`, `place`).
 */

import type { SessionType } from '../course/types.js';
import type { SessionPhase } from '../time/status.js';
import { plural, type StringTable } from './index.js';
import { loadErrorStrings } from './load-error.js';

const en = {
  ...loadErrorStrings.en,
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

  loading: 'Loading course schedule…',
  sessionsSkipped: (n: number) =>
    plural('en', n, {
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

  join: 'Join',
  watchRecording: 'Watch recording',
  watchOnDemand: 'Watch on demand',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',

  register: 'Register',
  /** Accessible name of the registration link. */
  registerFor: (p: { title: string }) => `Register for ${p.title}`,
  /** `date`: a formatted date and time with its zone. */
  registrationOpens: (p: { date: string }) => `Registration opens ${p.date}`,
  /** `when`: relative-time text from core/time ("in 2 days", "tomorrow", "in 5 hours"). */
  registrationCloses: (p: { when: string }) => `Registration closes ${p.when}`,
  soldOut: 'Sold out',
  joinWaitlist: 'Join waitlist',
  registrationClosed: 'Registration closed',
  registrationCancelled: 'Registration cancelled',
  registrationLinkUnavailable: 'Registration link unavailable',
  /** Linked as a whole, so the link text makes sense out of context. */
  codeOfConduct: 'By registering you agree to the Code of Conduct',

  /** `time`: a duration from core/time ("5 minutes", "2 days, 3 hours"). */
  startsIn: (p: { time: string }) => `Starts in ${p.time}`,
  courseEnded: 'This course has ended',
  pauseCountdown: 'Pause countdown',
  resumeCountdown: 'Resume countdown',
};

export type CommonStrings = typeof en;

// Compile-time check that every phase, session type and error kind has its entry.
type Covered = Record<`phase.${SessionPhase}` | `type.${SessionType}`, string> &
  Record<
    `error.${'http' | 'network' | 'timeout' | 'not-json' | 'malformed' | 'too-large' | 'invalid'}`,
    Function | string
  >;
const covered: Covered = en;

export const common: StringTable<CommonStrings> & { es: CommonStrings } = {
  en: covered as CommonStrings,
  es: {
    ...loadErrorStrings.es,
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

    loading: 'Cargando el programa del curso…',
    sessionsSkipped: (n) =>
      plural('es', n, {
        one: 'No se pudo mostrar # sesión de los datos.',
        other: 'No se pudieron mostrar # sesiones de los datos.',
      }),
    showEarlier: (n) =>
      plural('es', n, { one: 'Mostrar # sesión anterior', other: 'Mostrar # sesiones anteriores' }),

    speakers: 'Ponentes',
    speakersTba: 'Ponentes por anunciar',
    yourTime: 'Tu hora',
    eventTime: 'Hora del evento',
    timeInPlace: (p) => `${p.time} en ${p.place}`,
    online: 'En línea',

    join: 'Unirse',
    watchRecording: 'Ver grabación',
    watchOnDemand: 'Ver a pedido',
    addToCalendar: 'Agregar al calendario',
    downloadIcs: 'Descargar .ics',
    googleCalendar: 'Google Calendar',

    register: 'Inscribirse',
    registerFor: (p) => `Inscribirse en ${p.title}`,
    registrationOpens: (p) => `La inscripción abre el ${p.date}`,
    registrationCloses: (p) => `La inscripción cierra ${p.when}`,
    soldOut: 'Agotado',
    joinWaitlist: 'Unirse a la lista de espera',
    registrationClosed: 'Inscripción cerrada',
    registrationCancelled: 'Inscripción cancelada',
    registrationLinkUnavailable: 'Enlace de inscripción no disponible',
    codeOfConduct: 'Al inscribirte, aceptas el Código de Conducta',

    startsIn: (p) => `Comienza en ${p.time}`,
    courseEnded: 'Este curso finalizó',
    pauseCountdown: 'Pausar la cuenta regresiva',
    resumeCountdown: 'Reanudar la cuenta regresiva',
  },
};

/**
 * The lead sentence for a load error (`CourseError` or anything with its `kind`/`status`).
 * `aborted` is never shown and gives ''; an unknown kind gets the generic lead.
 */
export function errorText(
  strings: Pick<CommonStrings, 'error.http'>,
  error: { kind: string; status?: number },
): string {
  if (error.kind === 'aborted') return '';
  const entry = (strings as unknown as Record<string, unknown>)[`error.${error.kind}`];
  return typeof entry === 'string'
    ? entry
    : strings['error.http'](error.kind === 'http' ? error.status : undefined);
}
