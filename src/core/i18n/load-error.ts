/**
 * The load-error sentences, Retry and the stale-data note, English and Spanish: the one copy,
 * spread into every element's string table, and `errorText()`, which picks the sentence for an
 * error. Pure. A table of its own because all four elements show it: the CDN script carries it
 * once, and a single element gets nothing else.
 */

import type { CourseErrorKind } from '../course/errors.js';

/** What the detail line reads of a load error. */
export interface ErrorFacts {
  kind: string;
  status?: number;
  path?: string;
}

const en = {
  'error.http': (status?: number) =>
    `The course data could not be loaded${status ? ` (HTTP ${status})` : ''}.`,
  'error.network': 'The course data could not be loaded because of a network error.',
  'error.timeout': 'The course data took too long to load.',
  'error.not-json': 'The course data could not be read: the server did not send JSON.',
  'error.malformed': 'The course data could not be read: it is incomplete or malformed.',
  'error.too-large': 'The course data is too large to load.',
  'error.invalid': 'The course data is not in the expected format.',
  retry: 'Retry',
  /** Beside data kept through a failed refresh. */
  stale: 'Showing saved data; the latest update failed.',
};

export type LoadErrorStrings = typeof en;

/**
 * Compile-time check that every shown error kind has its sentence. `aborted` is never shown;
 * `internal` (a failure of the library itself) gets the generic lead of `error.http`.
 */
const everyKind: Record<`error.${Exclude<CourseErrorKind, 'aborted' | 'internal'>}`, unknown> = en;

export const loadErrorStrings: { en: LoadErrorStrings; es: LoadErrorStrings } = {
  en: everyKind as LoadErrorStrings,
  es: {
    'error.http': (status) =>
      `No se pudieron cargar los datos del curso${status ? ` (HTTP ${status})` : ''}.`,
    'error.network': 'No se pudieron cargar los datos del curso por un error de red.',
    'error.timeout': 'Los datos del curso tardaron demasiado en cargarse.',
    'error.not-json': 'No se pudieron leer los datos del curso: el servidor no envió JSON.',
    'error.malformed': 'No se pudieron leer los datos del curso: están incompletos o mal formados.',
    'error.too-large': 'Los datos del curso son demasiado grandes para cargarlos.',
    'error.invalid': 'Los datos del curso no tienen el formato esperado.',
    retry: 'Reintentar',
    stale: 'Se muestran datos guardados; la última actualización falló.',
  },
};

/**
 * The lead sentence for a load error (`CourseError` or anything with its `kind`/`status`).
 * `aborted` is never shown and gives ''; a kind without a sentence of its own (`internal`, or
 * one from a newer copy of the library) gets the generic lead.
 */
export function errorText(
  strings: Pick<LoadErrorStrings, 'error.http'>,
  error: { kind: string; status?: number },
): string {
  if (error.kind === 'aborted') return '';
  const entry = (strings as Record<string, unknown>)[`error.${error.kind}`];
  if (typeof entry === 'string') return entry;
  return strings['error.http'](error.kind === 'http' ? error.status : undefined);
}

/**
 * The line under the lead in the schedule and the card: a hint for the site's owner, with no
 * address (the console has the whole message and the URL). A table of its own: only those two
 * elements show it, so the register button and the countdown do not carry it.
 */
export const errorDetailStrings = {
  en: {
    'error.detail': (e: ErrorFacts): string =>
      ({
        http: `The server answered with HTTP status ${e.status}.`,
        network: 'The server could not be reached, or the browser blocked the request.',
        timeout: 'The server did not finish sending it in time.',
        'not-json': 'The address sent something else, such as a web page.',
        malformed: 'The JSON is cut off or has a syntax error.',
        'too-large': 'The file is larger than the widgets accept.',
        invalid: e.path ? `The problem is at ${e.path}.` : 'The document is not a course.',
      })[e.kind] ?? '',
  },
  es: {
    'error.detail': (e: ErrorFacts): string =>
      ({
        http: `El servidor respondió con el código HTTP ${e.status}.`,
        network: 'No se pudo contactar con el servidor, o el navegador bloqueó la solicitud.',
        timeout: 'El servidor no terminó de enviarlos a tiempo.',
        'not-json': 'La dirección envió otra cosa, como una página web.',
        malformed: 'El JSON está cortado o tiene un error de sintaxis.',
        'too-large': 'El archivo es más grande de lo que aceptan los widgets.',
        invalid: e.path ? `El problema está en ${e.path}.` : 'El documento no es un curso.',
      })[e.kind] ?? '',
  },
};

export type ErrorDetailStrings = typeof errorDetailStrings.en;
