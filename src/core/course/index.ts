/** The course core: types, parser, URL safety and the error type. Pure re-exports. */
export * from './types.js';
export type * from './data.js';
export {
  COURSE_ERROR_KINDS,
  CourseError,
  isCourseError,
  type CourseErrorKind,
  type CourseErrorDetails,
} from './errors.js';
export { checkUrl, safeUrl, URL_MAX_LENGTH, type UrlResult } from './url.js';
export { COURSE_LIMITS, parseCourse, slugify } from './parse.js';
export {
  CLOSING_SOON_MS,
  REGISTRATION_STATES,
  registrationState,
  type RegistrationInput,
  type RegistrationState,
  type RegistrationStateName,
} from './registration.js';
