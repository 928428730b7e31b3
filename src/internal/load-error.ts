/**
 * The load error every element shows: what went wrong in one sentence and a Retry button, in
 * an alert, before the light-DOM fallback content (which stays). Without it a page that gave
 * no fallback content showed nothing at all when the data failed to load. And the note every
 * element shows beside data it kept through a failed refresh.
 */

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CourseError } from '../core/course/errors.js';
import { errorText, type LoadErrorStrings } from '../core/i18n/load-error.js';

export interface LoadErrorOptions {
  /**
   * A localised hint for the site's owner under the lead (`error.detail`): the schedule and the
   * card have room for it. Never the raw message or the URL, which are for the console.
   */
  detail?: string;
  /** The `part` of the Retry button, where the element lists it among its buttons. */
  retryPart?: string;
}

/** The alert with the sentence for `error` and a Retry button that calls `retry`. */
export function renderLoadError(
  text: LoadErrorStrings,
  error: CourseError,
  retry: () => unknown,
  { detail, retryPart }: LoadErrorOptions = {},
): TemplateResult {
  return html`
    <div part="error" role="alert">
      <p>${errorText(text, error)}</p>
      ${detail ? html`<p class="details">${detail}</p>` : nothing}
      <button
        part=${ifDefined(retryPart)}
        class="retry"
        type="button"
        @click=${retry}
      >${text.retry}</button>
    </div>
  `;
}

/** The stale note, when a refresh failed and the data shown is the previous one. */
export function renderStaleNote(text: LoadErrorStrings, stale: boolean): unknown {
  return stale ? html`<p part="notice">${text.stale}</p>` : nothing;
}
