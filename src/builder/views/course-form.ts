/**
 * The course-wide parts of the form: the course itself, registration (with group rates),
 * on-demand viewing, and the parts (weeks) sessions can belong to.
 */

import { html } from 'lit';
import { REGISTRATION_STATUSES } from '../../core/course/types.js';
import type { Draft } from '../draft.js';
import type { ProblemIndex } from '../problems.js';
import { dateTimeField, selectField, textArea, textField, zoneField } from './fields.js';

const WALL_HINT = "In the organiser's time zone.";

export function renderCourseFields(draft: Draft, problems: ProblemIndex) {
  return html`<section class="panel" aria-labelledby="course-heading">
    <h2 id="course-heading">The course</h2>
    <div class="grid">
      ${textField(problems, {
        path: 'title',
        label: 'Title',
        value: draft.title,
        required: true,
        wide: true,
      })}
      ${textField(problems, { path: 'subtitle', label: 'Subtitle', value: draft.subtitle })}
      ${zoneField(problems, {
        path: 'timeZone',
        label: "Organiser's time zone",
        value: draft.timeZone,
        required: true,
      })}
      ${textField(problems, {
        path: 'language',
        label: 'Language of the course text',
        value: draft.language,
        hint: 'A language tag such as en or es-MX.',
      })}
      ${textField(problems, { path: 'url', label: 'Course page', value: draft.url, type: 'url' })}
      ${textField(problems, {
        path: 'image',
        label: 'Image link',
        value: draft.image,
        type: 'url',
      })}
      ${textField(problems, {
        path: 'id',
        label: 'Course id',
        value: draft.id,
        hint: 'Optional; made from the title when left empty.',
      })}
      ${textArea(problems, {
        path: 'summary',
        label: 'Summary',
        value: draft.summary,
        hint: 'A blank line starts a new paragraph.',
      })}
    </div>
  </section>`;
}

const STATUS_CHOICES = [
  { value: '', label: 'From the dates' },
  ...REGISTRATION_STATUSES.map((status) => ({ value: status, label: status })),
];

export function renderRegistration(draft: Draft, problems: ProblemIndex) {
  const registration = draft.registration ?? {};
  const onDemand = draft.onDemand ?? {};
  const field = (name: string) => `registration.${name}`;
  return html`<section class="panel" aria-labelledby="registration-heading">
    <h2 id="registration-heading">Registration and on-demand viewing</h2>
    <div class="grid">
      ${textField(problems, {
        path: field('url'),
        label: 'Registration page',
        value: registration.url,
        type: 'url',
      })}
      ${selectField(problems, {
        path: field('status'),
        label: 'Status',
        value: registration.status ?? '',
        choices: STATUS_CHOICES,
      })}
      ${dateTimeField(problems, {
        path: field('opens'),
        label: 'Opens',
        value: registration.opens,
        hint: WALL_HINT,
      })}
      ${dateTimeField(problems, {
        path: field('closes'),
        label: 'Closes',
        value: registration.closes,
        hint: WALL_HINT,
      })}
      ${textField(problems, { path: field('price'), label: 'Price', value: registration.price })}
      ${textField(problems, {
        path: field('waitlistUrl'),
        label: 'Waitlist page',
        value: registration.waitlistUrl,
        type: 'url',
      })}
      ${textField(problems, {
        path: field('codeOfConductUrl'),
        label: 'Code of conduct',
        value: registration.codeOfConductUrl,
        type: 'url',
      })}
      ${textArea(problems, { path: field('note'), label: 'Note', value: registration.note })}
      ${textField(problems, {
        path: field('groupRates.note'),
        label: 'Group rates: note',
        value: registration.groupRates?.note,
      })}
      ${textField(problems, {
        path: field('groupRates.contact'),
        label: 'Group rates: contact',
        value: registration.groupRates?.contact,
        hint: 'A link, or mailto: and an address.',
      })}
      ${textField(problems, {
        path: 'onDemand.url',
        label: 'On demand: where to watch',
        value: onDemand.url,
        type: 'url',
      })}
      ${dateTimeField(problems, {
        path: 'onDemand.until',
        label: 'On demand until',
        value: onDemand.until,
        hint: WALL_HINT,
      })}
      ${textArea(problems, {
        path: 'onDemand.note',
        label: 'On demand: note',
        value: onDemand.note,
      })}
    </div>
  </section>`;
}

export function renderParts(draft: Draft, problems: ProblemIndex) {
  const parts = draft.parts ?? [];
  return html`<section class="panel" aria-labelledby="parts-heading">
    <h2 id="parts-heading">Parts</h2>
    <p class="hint">Groups of sessions, such as weeks, in the order they are shown.</p>
    ${parts.map(
      (part, index) =>
        html`<fieldset class="item">
          <legend>Part ${index + 1}${part?.title ? `: ${part.title}` : ''}</legend>
          <div class="grid">
            ${textField(problems, {
              path: `parts[${index}].title`,
              label: 'Title',
              value: part?.title,
              required: true,
            })}
            ${textField(problems, {
              path: `parts[${index}].id`,
              label: 'Id',
              value: part?.id,
              required: true,
            })}
            ${textArea(problems, {
              path: `parts[${index}].summary`,
              label: 'Summary',
              value: part?.summary,
            })}
          </div>
          <button type="button" data-action="remove-part" data-index=${index}>
            Remove part ${index + 1}
          </button>
        </fieldset>`,
    )}
    <button type="button" data-action="add-part">Add a part</button>
  </section>`;
}
