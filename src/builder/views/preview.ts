/**
 * The live preview: the four real elements fed the draft through their `course` property,
 * with the demo's controls for the moment (`now`), the visitor's zone (`time-zone`) and the
 * language (`lang`), which are the elements' own attributes.
 */

import type { CourseData } from '../../core/course/data.js';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
// The elements it previews (main.ts registers them too; this keeps the template's tags known).
import '../../define.js';
import { CourseElement } from '../../internal/course-element.js';
import { SessionElement } from '../../internal/session/session-element.js';
import type { PreviewMoment } from '../moments.js';

export interface PreviewSettings {
  now: string;
  zone: string;
  lang: string;
}

const ZONES = [
  { zone: '', label: 'Your own zone' },
  { zone: 'America/New_York', label: 'New York' },
  { zone: 'America/Chicago', label: 'Chicago' },
  { zone: 'America/Los_Angeles', label: 'Los Angeles' },
  { zone: 'Europe/London', label: 'London' },
  { zone: 'Europe/Berlin', label: 'Berlin' },
  { zone: 'Asia/Kolkata', label: 'Kolkata' },
  { zone: 'Asia/Tokyo', label: 'Tokyo' },
  { zone: 'Pacific/Auckland', label: 'Auckland' },
];

const LANGUAGES = [
  { lang: '', label: 'The page language (English)' },
  { lang: 'en', label: 'English' },
  { lang: 'es', label: 'Español' },
];

export function renderPreview(
  course: unknown,
  settings: PreviewSettings,
  moments: PreviewMoment[],
  organiserZone: string,
) {
  const zones = ZONES.some((entry) => entry.zone === organiserZone)
    ? ZONES
    : [...ZONES, { zone: organiserZone, label: organiserZone }];
  // Set as properties from code: the elements' own typings check them (lit-analyzer, run over
  // the whole of src/, does not see the attributes the elements inherit from CourseElement).
  const feed = (element?: Element) => {
    if (!(element instanceof CourseElement)) return;
    // The draft as typed, valid or not: the element's own parser reports what is wrong.
    element.course = course as CourseData;
    element.now = settings.now || undefined;
    element.timeZone = settings.zone || undefined;
    if (settings.lang) element.lang = settings.lang;
    else element.removeAttribute('lang');
  };
  const feedWithHeading = (element?: Element) => {
    feed(element);
    if (element instanceof SessionElement) element.headingLevel = 4;
  };
  return html`<section class="panel preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">Preview</h2>
    <div class="controls">
      ${select('preview-now', 'Moment', 'now', settings.now, [
        ...moments.map((moment) => ({ value: moment.now, label: moment.label })),
      ])}
      ${select(
        'preview-zone',
        'Visitor zone',
        'zone',
        settings.zone,
        zones.map((entry) => ({
          value: entry.zone,
          label: entry.zone === organiserZone ? `${entry.label} (the organiser)` : entry.label,
        })),
      )}
      ${select(
        'preview-lang',
        'Language',
        'lang',
        settings.lang,
        LANGUAGES.map((entry) => ({ value: entry.lang, label: entry.label })),
      )}
    </div>
    <h3>Register button</h3>
    <register-button ${ref(feed)}></register-button>
    <h3>Countdown</h3>
    <countdown-timer ${ref(feed)}></countdown-timer>
    <h3>Session card (the session live or next)</h3>
    <session-card ${ref(feedWithHeading)}></session-card>
    <h3>Schedule</h3>
    <course-schedule ${ref(feedWithHeading)}></course-schedule>
  </section>`;
}

function select(
  id: string,
  label: string,
  setting: keyof PreviewSettings,
  value: string,
  choices: { value: string; label: string }[],
) {
  const known = choices.some((choice) => choice.value === value);
  return html`<div class="field ${setting === 'now' ? 'wide' : ''}">
    <label for=${id}>${label}</label>
    <select id=${id} data-preview=${setting}>
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === value}>
            ${choice.label}
          </option>`,
      )}
      ${known ? '' : html`<option value=${value} selected>${value}</option>`}
    </select>
  </div>`;
}
