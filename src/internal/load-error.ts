/**
 * The load error of <register-button> and <countdown-timer>: what went wrong in one sentence and
 * a Retry button, in an alert, shown before the light-DOM fallback content (which stays). Without
 * it a page that gave no fallback content showed nothing at all when the data failed to load.
 * And the note every element shows beside data it kept through a failed refresh.
 */

import { html } from 'lit';
import type { CourseError } from '../core/course/errors.js';
import { errorText } from '../core/i18n/common.js';
import type { LoadErrorStrings } from '../core/i18n/load-error.js';

/** The stale note, when a refresh failed and the data shown is the previous one (every element). */
export const staleNote = (s: LoadErrorStrings, stale: boolean) =>
  stale ? html`<p part="notice">${s.stale}</p>` : '';

/** The alert with the sentence for `e` and a Retry button that calls `retry` (bound to the host by Lit). */
export const loadError = (s: LoadErrorStrings, e: CourseError, retry: () => unknown) =>
  html`<div part="error" role="alert"><p>${errorText(s, e)}</p><button type="button" @click=${retry}>${s.retry}</button></div>`;
