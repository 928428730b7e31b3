// Course documents for the hardening suites, built so that one document reaches every field an
// element can show, and the moments (`now`) at which each element shows each of them.
//
// Timeline (America/New_York, EST before 10 March 2030):
//   registration opens 2030-02-01, closes 2030-03-04 09:00; on demand until 2030-06-01
//   s1  2030-03-04 10:00-11:00   ended at LIVE (recording)
//   s2  2030-03-04 12:00-13:00   live at LIVE (join)
//   s3  2030-03-05 12:00-13:00   upcoming

export const AT = {
  beforeOpen: '2030-01-15T12:00:00Z',
  open: '2030-02-15T12:00:00Z',
  live: '2030-03-04T17:30:00Z',
  after: '2030-03-10T12:00:00Z',
} as const;

/** Where an element shows what, for `render()` in the suites: [tag, attributes]. */
export const VIEWS: [string, Record<string, string>][] = [
  ['course-schedule', { now: AT.live }],
  ['course-schedule', { now: AT.beforeOpen }],
  ['session-card', { now: AT.live, 'session-id': 's1' }],
  ['session-card', { now: AT.live, 'session-id': 's2' }],
  ['session-card', { now: AT.open, 'session-id': 's3' }],
  ['register-button', { now: AT.beforeOpen }],
  ['register-button', { now: AT.open }],
  ['register-button', { now: AT.open, status: 'full' }],
  ['register-button', { now: AT.after }],
  ['countdown-timer', { now: AT.open }],
  ['countdown-timer', { now: AT.live }],
  ['countdown-timer', { now: AT.after }],
];

/** The URL fields of the format, as paths (for issue checks) and setters. */
export const URL_FIELDS = [
  'url',
  'image',
  'registration.url',
  'registration.waitlistUrl',
  'registration.codeOfConductUrl',
  'registration.groupRates.contact',
  'onDemand.url',
  'sessions[0].recordingUrl',
  'sessions[1].joinUrl',
  'sessions[0].speakers[0].url',
  'sessions[1].speakers[0].url',
] as const;

type Json = LooseJson;

/**
 * The course with every free-text field from `text(n)` (n numbers the field) and every URL
 * field from `link(field)`. `text` must keep the value valid where the format needs it (ids).
 */

import type { LooseJson } from '../json.js';
export function course(
  text: (n: number) => string,
  link: (field: string) => unknown = defaultLink,
): Json {
  const speaker = (n: number, url: string) => ({
    name: text(n),
    title: text(n + 1),
    organization: text(n + 2),
    url: link(url),
  });
  return {
    version: 1,
    id: 'hardening-course',
    title: text(1),
    subtitle: text(2),
    summary: `${text(3)}\n\n${text(4)}`,
    url: link('url'),
    image: link('image'),
    timeZone: 'America/New_York',
    language: 'en',
    registration: {
      url: link('registration.url'),
      opens: '2030-02-01T00:00',
      closes: '2030-03-04T09:00',
      waitlistUrl: link('registration.waitlistUrl'),
      price: text(5),
      note: text(6),
      codeOfConductUrl: link('registration.codeOfConductUrl'),
      groupRates: { note: text(7), contact: link('registration.groupRates.contact') },
    },
    onDemand: { url: link('onDemand.url'), until: '2030-06-01T00:00', note: text(8) },
    parts: [{ id: 'p1', title: text(9), summary: text(10) }],
    sessions: [
      {
        id: 's1',
        title: text(11),
        type: 'keynote',
        part: 'p1',
        start: '2030-03-04T10:00',
        end: '2030-03-04T11:00',
        description: `${text(12)}\n\n${text(13)}`,
        speakers: [speaker(14, 'sessions[0].speakers[0].url')],
        recordingUrl: link('sessions[0].recordingUrl'),
      },
      {
        id: 's2',
        title: text(17),
        part: 'p1',
        start: '2030-03-04T12:00',
        end: '2030-03-04T13:00',
        description: text(18),
        speakers: [speaker(19, 'sessions[1].speakers[0].url')],
        joinUrl: link('sessions[1].joinUrl'),
      },
      {
        id: 's3',
        title: text(22),
        type: 'workshop',
        start: '2030-03-05T12:00',
        end: '2030-03-05T13:00',
        description: text(23),
        speakers: [],
      },
    ],
  };
}

const defaultLink = (field: string) => `https://example.org/${field.replace(/[^\w]+/g, '-')}`;
