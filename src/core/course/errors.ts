/**
 * The one error type an element ever sees for course data. Pure. The loader makes the
 * transport kinds (`http`, `network`, `timeout`, `not-json`, `malformed`: JSON cut off or with
 * a syntax error, `too-large`, `aborted`); the parser makes `invalid` with the JSON `path` of
 * the problem; `internal` is a failure of the library's own code (never relabelled as a
 * problem with the data). Messages are plain English
 * and name what is wrong, because authors read them in the console and in the error state.
 */

export const COURSE_ERROR_KINDS = [
  'http',
  'network',
  'timeout',
  'not-json',
  'malformed',
  'too-large',
  'invalid',
  'aborted',
  'internal',
] as const;
export type CourseErrorKind = (typeof COURSE_ERROR_KINDS)[number];

export interface CourseErrorDetails {
  /** HTTP status, for `http`. */
  status?: number;
  /** JSON path of the problem, for `invalid` (`''` is the whole document). */
  path?: string;
  /** The course JSON's URL, when it came from one. */
  url?: string;
  /** Whether the loader retries (or retried) this kind of failure. */
  retryable?: boolean;
  cause?: unknown;
}

export class CourseError extends Error {
  readonly kind: CourseErrorKind;
  readonly status?: number;
  readonly path?: string;
  readonly url?: string;
  readonly retryable: boolean;

  constructor(kind: CourseErrorKind, message: string, details: CourseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CourseError';
    this.kind = kind;
    this.status = details.status;
    this.path = details.path;
    this.url = details.url;
    this.retryable = details.retryable ?? false;
  }
}

/**
 * True for a CourseError, also one made by another copy of this library on the page (an npm
 * bundle beside the CDN script), where `instanceof` fails.
 */
export function isCourseError(value: unknown): value is CourseError {
  return (
    value instanceof Error &&
    value.name === 'CourseError' &&
    (COURSE_ERROR_KINDS as readonly unknown[]).includes((value as CourseError).kind)
  );
}
