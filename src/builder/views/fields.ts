/**
 * Form controls for one field of the course, each tied to its JSON path: a label, the
 * control (`data-path` tells the builder where its value goes), an optional hint, and the
 * checker's problems for that path right below it, linked with `aria-describedby` and
 * marked `aria-invalid` when one of them is an error.
 */

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Problem } from '../../authoring/check.js';
import { fieldId, problemId, type ProblemIndex } from '../problems.js';

export interface FieldOptions {
  path: string;
  label: string;
  value: unknown;
  hint?: string;
  required?: boolean;
  /** Keeps an emptied value as '' (a required field) instead of removing the member. */
  keepEmpty?: boolean;
  type?: 'text' | 'url' | 'date' | 'time' | 'datetime-local' | 'number';
  /** No field sets it today: the form's values are a course's, never the author's own. */
  autocomplete?: 'off' | 'on';
  /** The id of a datalist to suggest from. */
  list?: string;
  placeholder?: string;
  /** Takes a whole row of the grid (long values such as titles). */
  wide?: boolean;
}

export interface SelectOptions extends FieldOptions {
  choices: readonly { value: string; label: string }[];
}

/** The message without the path prefix the parser writes (`sessions[2].end: ...`). */
export function problemText(problem: Problem): string {
  const prefix = `${problem.path}: `;
  return problem.path && problem.message.startsWith(prefix)
    ? problem.message.slice(prefix.length)
    : problem.message;
}

/** The checker's words for `paths` (the first path names the ids). */
export function renderProblems(problems: ProblemIndex, ...paths: [string, ...string[]]) {
  const list = paths.flatMap((path) => problems.byPath.get(path) ?? []);
  if (!list.length) return nothing;
  return html`<div class="problems" id=${problemId(paths[0])}>
    ${list.map(
      (problem) =>
        html`<p class="problem ${problem.severity}">
          <span class="problem-kind">${problem.severity === 'error' ? 'Error' : 'Check'}:</span>
          ${problemText(problem)}
        </p>`,
    )}
  </div>`;
}

/** The ARIA attributes of a control whose problems are at `paths` (the first names the ids). */
export function describedBy(
  problems: ProblemIndex,
  hintId: string | undefined,
  paths: [string, ...string[]],
) {
  const list = paths.flatMap((path) => problems.byPath.get(path) ?? []);
  const ids = [hintId, list.length ? problemId(paths[0]) : undefined].filter(Boolean);
  return {
    describedBy: ids.length ? ids.join(' ') : undefined,
    invalid: list.some((problem) => problem.severity === 'error') ? ('true' as const) : undefined,
  };
}

const stringValue = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

function renderLabel(id: string, label: string, required?: boolean) {
  return html`<label for=${id}
    >${label}${required ? html`<span class="required"> (required)</span>` : nothing}</label
  >`;
}

function renderHint(id: string, hint?: string) {
  return hint ? html`<p class="hint" id=${id}>${hint}</p>` : nothing;
}

export function textField(problems: ProblemIndex, options: FieldOptions): TemplateResult {
  const id = fieldId(options.path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const aria = describedBy(problems, hintId, [options.path]);
  return html`<div class="field ${options.wide ? 'wide' : ''}">
    ${renderLabel(id, options.label, options.required)}
    <input
      id=${id}
      type=${options.type ?? 'text'}
      data-path=${options.path}
      ?data-keep=${options.keepEmpty ?? options.required}
      .value=${live(stringValue(options.value))}
      list=${ifDefined(options.list)}
      autocomplete=${options.autocomplete ?? 'off'}
      placeholder=${ifDefined(options.placeholder)}
      aria-describedby=${ifDefined(aria.describedBy)}
      aria-invalid=${ifDefined(aria.invalid)}
    />
    ${renderHint(hintId ?? '', options.hint)} ${renderProblems(problems, options.path)}
  </div>`;
}

export function textArea(problems: ProblemIndex, options: FieldOptions): TemplateResult {
  const id = fieldId(options.path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const aria = describedBy(problems, hintId, [options.path]);
  return html`<div class="field wide">
    ${renderLabel(id, options.label, options.required)}
    <textarea
      id=${id}
      rows="3"
      data-path=${options.path}
      .value=${live(stringValue(options.value))}
      aria-describedby=${ifDefined(aria.describedBy)}
      aria-invalid=${ifDefined(aria.invalid)}
    ></textarea>
    ${renderHint(hintId ?? '', options.hint)} ${renderProblems(problems, options.path)}
  </div>`;
}

export function selectField(problems: ProblemIndex, options: SelectOptions): TemplateResult {
  const id = fieldId(options.path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const aria = describedBy(problems, hintId, [options.path]);
  const value = stringValue(options.value);
  const known = options.choices.some((choice) => choice.value === value);
  return html`<div class="field">
    ${renderLabel(id, options.label, options.required)}
    <select
      id=${id}
      data-path=${options.path}
      aria-describedby=${ifDefined(aria.describedBy)}
      aria-invalid=${ifDefined(aria.invalid)}
    >
      ${options.choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === value}>
            ${choice.label}
          </option>`,
      )}
      ${known ? nothing : html`<option value=${value} selected>${value} (as written)</option>`}
    </select>
    ${renderHint(hintId ?? '', options.hint)} ${renderProblems(problems, options.path)}
  </div>`;
}

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A date-time in the organiser's zone: a date-and-time picker for a wall time (or nothing
 * yet), a text box for anything else (an instant with an offset), so no value is hidden.
 */
export function dateTimeField(problems: ProblemIndex, options: FieldOptions): TemplateResult {
  const value = stringValue(options.value);
  const wall = value === '' || WALL_TIME.test(value);
  return textField(problems, {
    ...options,
    type: wall ? 'datetime-local' : 'text',
    hint: wall ? options.hint : `${options.hint ?? ''} Written as an instant.`.trim(),
  });
}

/** An IANA zone, typed or picked from the cities in the shared datalist. */
export function zoneField(problems: ProblemIndex, options: FieldOptions): TemplateResult {
  return textField(problems, {
    ...options,
    list: 'zone-choices',
    hint: options.hint ?? 'Type a city or a zone name, such as Chicago or America/Chicago.',
  });
}
