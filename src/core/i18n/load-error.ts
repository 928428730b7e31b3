/**
 * The load-error sentences, Retry and the stale-data note, in English (other languages:
 * src/locales/): the one copy, spread into every element's string table, and `errorText()`,
 * which picks the sentence for an error. Pure. A table of its own because all four elements
 * show it: the CDN script carries it once, and a single element gets nothing else.
 */

import type { CourseErrorKind } from '../course/errors.js';
import type { StringTable } from './index.js';

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

export const loadErrorStrings: StringTable<LoadErrorStrings> = {
  en: everyKind as LoadErrorStrings,
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
 * The line under the lead in the schedule and the card, for a course document that is not in
 * the format: where the first problem is. Other errors have no line of their own (the lead
 * names the kind and the HTTP status); the whole message and the address go to the console,
 * not to visitors. A table of its own: only those two elements show it.
 */
export const errorDetailStrings = {
  en: {
    'detail.invalid-at': ({ path }: { path: string }) => `The problem is at ${path}.`,
  },
};

export type ErrorDetailStrings = typeof errorDetailStrings.en;

/** The hint under the lead for `error`, or '' when there is none. */
export const errorDetail = (strings: ErrorDetailStrings, error: ErrorFacts): string =>
  error.kind === 'invalid' && error.path ? strings['detail.invalid-at']({ path: error.path }) : '';
