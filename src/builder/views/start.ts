/**
 * Where a course begins: a blank course, the sample course, a file (course JSON or an
 * iCalendar export from LibCal, Google Calendar or Outlook), or pasted text; and what the
 * last import found (the organiser's zone it proposes, its warnings).
 */

import { html, nothing } from 'lit';
import type { ImportNotice } from '../start-from.js';

export function renderStart(
  notice: ImportNotice | undefined,
  savedAt: string | undefined,
  hasSample: boolean,
) {
  return html`<section class="panel" aria-labelledby="start-heading">
    <h2 id="start-heading">Start</h2>
    <p class="hint">
      ${savedAt ? `Your draft from ${savedAt} is back. ` : nothing}The draft is kept in this
      browser only and never sent anywhere. Starting again replaces it.
    </p>
    <div class="actions">
      <button type="button" data-action="start-blank">Blank course</button>
      ${
        hasSample
          ? html`<button type="button" data-action="start-sample">Sample course</button>`
          : nothing
      }
    </div>
    <div class="field wide">
      <label for="open-file">Open a course file (.json) or a calendar export (.ics)</label>
      <input
        id="open-file"
        type="file"
        data-action="open-file"
        accept=".json,.ics,.ical,application/json,text/calendar"
      />
    </div>
    <div class="field wide">
      <label for="paste-text">Or paste course JSON or calendar (iCalendar) text</label>
      <textarea id="paste-text" rows="3" spellcheck="false"></textarea>
    </div>
    <div class="actions">
      <button type="button" data-action="start-paste">Use the pasted text</button>
    </div>
    ${notice ? renderNotice(notice) : nothing}
  </section>`;
}

function renderNotice(notice: ImportNotice) {
  return html`<div class="notice ${notice.failed ? 'failed' : ''}" id="import-notice">
    <p>${notice.summary}</p>
    ${
      notice.zone
        ? html`<p>
          The calendar's times are in <strong>${notice.zoneDescription}</strong>: it is proposed
          as the organiser's time zone (change it under "The course" if they are elsewhere).
        </p>`
        : nothing
    }
    ${
      notice.warnings.length
        ? html`<ul>
          ${notice.warnings.map((warning) => html`<li>${warning}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}
