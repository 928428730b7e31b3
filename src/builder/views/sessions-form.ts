/**
 * The sessions part of the form: one fieldset per session with its date and its start and
 * end times in the organiser's zone, then type, part, status, links, speakers and the rest,
 * and the buttons that work on it (duplicate, repeat weekly, remove). Every control is in
 * document order, so Tab walks a session field by field.
 */

import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { SessionInput, SpeakerInput } from '../../authoring/types.js';
import { SESSION_STATUSES, SESSION_TYPES } from '../../core/course/types.js';
import { sessionTimeParts, type Draft } from '../draft.js';
import { fieldId, type ProblemIndex } from '../problems.js';
import {
  describedBy,
  renderProblems,
  selectField,
  textArea,
  textField,
  zoneField,
} from './fields.js';

const TYPE_CHOICES = SESSION_TYPES.map((type) => ({ value: type, label: type }));
const STATUS_CHOICES = SESSION_STATUSES.map((status) => ({ value: status, label: status }));

export function renderSessions(draft: Draft, problems: ProblemIndex) {
  const partChoices = [
    { value: '', label: 'No part' },
    ...(draft.parts ?? []).map((part) => ({
      value: String(part?.id ?? ''),
      label: part?.title || String(part?.id ?? ''),
    })),
  ];
  return html`<section class="panel" aria-labelledby="sessions-heading">
    <h2 id="sessions-heading">Sessions</h2>
    <p class="hint">
      Dates and times are wall-clock times in the organiser's zone
      (${draft.timeZone || 'not chosen yet'}); visitors see them in their own.
    </p>
    ${draft.sessions.map((session, index) =>
      renderSession(session ?? ({} as SessionInput), index, problems, partChoices),
    )}
    <button type="button" class="primary" data-action="add-session">Add a session</button>
  </section>`;
}

function renderSession(
  session: SessionInput,
  index: number,
  problems: ProblemIndex,
  partChoices: { value: string; label: string }[],
) {
  const path = (field: string) => `sessions[${index}].${field}`;
  return html`<fieldset class="item session" id=${fieldId(`sessions[${index}]`)}>
    <legend>Session ${index + 1}${session.title ? `: ${session.title}` : ''}</legend>
    ${renderProblems(problems, `sessions[${index}]`)}
    <div class="grid">
      ${textField(problems, {
        path: path('title'),
        label: 'Title',
        value: session.title,
        required: true,
        wide: true,
      })}
      ${renderTimes(session, index, problems)}
      ${selectField(problems, {
        path: path('type'),
        label: 'Type',
        value: session.type ?? 'session',
        choices: TYPE_CHOICES,
      })}
      ${selectField(problems, {
        path: path('part'),
        label: 'Part',
        value: session.part ?? '',
        choices: partChoices,
      })}
      ${selectField(problems, {
        path: path('status'),
        label: 'Status',
        value: session.status ?? 'scheduled',
        choices: STATUS_CHOICES,
      })}
      ${textField(problems, {
        path: path('joinUrl'),
        label: 'Join link',
        value: session.joinUrl,
        type: 'url',
      })}
      ${textField(problems, {
        path: path('recordingUrl'),
        label: 'Recording link',
        value: session.recordingUrl,
        type: 'url',
      })}
      ${textField(problems, { path: path('id'), label: 'Id', value: session.id, required: true })}
      ${zoneField(problems, {
        path: path('timeZone'),
        label: 'Its own time zone',
        value: session.timeZone,
        hint: "Only when this session's times are not in the organiser's zone.",
      })}
      ${textArea(problems, {
        path: path('description'),
        label: 'Description',
        value: session.description,
      })}
    </div>
    ${renderSpeakers(session.speakers ?? [], index, problems)} ${renderSessionActions(index)}
  </fieldset>`;
}

/** Date, start and end: the end is on the same day, or the next when it is before the start. */
function renderTimes(session: SessionInput, index: number, problems: ProblemIndex) {
  const parts = sessionTimeParts(session);
  const startPath = `sessions[${index}].start`;
  const endPath = `sessions[${index}].end`;
  const input = (
    part: 'date' | 'start' | 'end',
    label: string,
    value: string,
    paths: [string, ...string[]],
    hint?: string,
  ) => {
    const id = part === 'date' ? `${fieldId(startPath)}-date` : fieldId(paths[0]);
    const hintId = hint ? `${id}-hint` : undefined;
    const aria = describedBy(problems, hintId, paths);
    return html`<div class="field">
      <label for=${id}>${label}<span class="required"> (required)</span></label>
      <input
        id=${id}
        type=${part === 'date' ? 'date' : 'time'}
        data-session-time=${part}
        data-index=${index}
        .value=${live(value)}
        aria-describedby=${ifDefined(aria.describedBy)}
        aria-invalid=${ifDefined(aria.invalid)}
      />
      ${hintId ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      ${part === 'date' ? nothing : renderProblems(problems, ...paths)}
    </div>`;
  };
  const endHint = parts.endDays === 1 ? 'Ends the next day.' : undefined;
  return html`${input('date', 'Date', parts.date, [startPath])}
  ${input('start', 'Starts', parts.start, [startPath])}
  ${input('end', 'Ends', parts.end, [endPath], endHint)}`;
}

function renderSpeakers(speakers: SpeakerInput[], index: number, problems: ProblemIndex) {
  const path = (speaker: number, field: string) =>
    `sessions[${index}].speakers[${speaker}].${field}`;
  return html`<div class="speakers">
    ${renderProblems(problems, `sessions[${index}].speakers`)}
    ${speakers.map(
      (speaker, number) =>
        html`<fieldset class="item speaker">
          <legend>Speaker ${number + 1}${speaker?.name ? `: ${speaker.name}` : ''}</legend>
          ${renderProblems(problems, `sessions[${index}].speakers[${number}]`)}
          <div class="grid">
            ${textField(problems, {
              path: path(number, 'name'),
              label: 'Name',
              value: speaker?.name,
              required: true,
            })}
            ${textField(problems, {
              path: path(number, 'title'),
              label: 'Job title',
              value: speaker?.title,
            })}
            ${textField(problems, {
              path: path(number, 'organization'),
              label: 'Organization',
              value: speaker?.organization,
            })}
            ${textField(problems, {
              path: path(number, 'url'),
              label: 'Link',
              value: speaker?.url,
              type: 'url',
            })}
          </div>
          <button
            type="button"
            data-action="remove-speaker"
            data-index=${index}
            data-speaker=${number}
          >
            Remove speaker ${number + 1}
          </button>
        </fieldset>`,
    )}
    <button type="button" data-action="add-speaker" data-index=${index}>
      Add a speaker to session ${index + 1}
    </button>
  </div>`;
}

function renderSessionActions(index: number) {
  const repeatId = `repeat-${index}`;
  return html`<div class="actions">
    <button type="button" data-action="duplicate" data-index=${index}>
      Duplicate session ${index + 1}
    </button>
    <span class="repeat">
      <label for=${repeatId}>Weeks to add</label>
      <input id=${repeatId} type="number" min="1" max="52" value="3" class="short" />
      <button type="button" data-action="repeat" data-index=${index}>Repeat weekly</button>
    </span>
    <button type="button" class="danger" data-action="remove-session" data-index=${index}>
      Remove session ${index + 1}
    </button>
  </div>`;
}
