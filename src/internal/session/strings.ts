/**
 * UI strings of <session-card> and <course-schedule>, in English (other languages:
 * src/locales/). The shared tables are spread in: the load-error sentences (all four
 * elements) and the session phases with their Join link (also <countdown-timer>).
 */

import { phaseStrings } from '../../core/i18n/common.js';
import type { StringTable } from '../../core/i18n/index.js';
import { pluralText } from '../../core/i18n/languages.js';
import { errorDetailStrings, loadErrorStrings } from '../../core/i18n/load-error.js';

const en = {
  ...loadErrorStrings.en,
  ...errorDetailStrings.en,
  ...phaseStrings.en,
  'type.session': 'Session',
  'type.break': 'Intermission',
  'type.office-hours': 'Office hours',
  'type.keynote': 'Keynote',
  'type.panel': 'Panel',
  'type.workshop': 'Workshop',
  loading: 'Loading course schedule…',
  sessionsSkipped: (n: number) =>
    pluralText('en', n, {
      one: '# session in the data could not be shown.',
      other: '# sessions in the data could not be shown.',
    }),
  showEarlier: (n: number) =>
    pluralText('en', n, { one: 'Show # earlier session', other: 'Show # earlier sessions' }),
  speakers: 'Speakers',
  speakersTba: 'Speakers to be announced',
  yourTime: 'Your time',
  eventTime: 'Event time',
  /** The organiser's time and place: "2:00 – 2:45 PM EDT in New York". */
  timeInPlace: (p: { time: string; place: string }) => `${p.time} in ${p.place}`,
  online: 'Online',
  watchRecording: 'Watch recording',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',
  /** Accessible name of the "Your time" / "Event time" switch. */
  showTimesIn: 'Show times in',
  /** Printed instead of the switch: "Times in Pacific Daylight Time". */
  /** Printed above the schedule: the time choice in words. */
  timesIn: ({ zone }: { zone: string }) => `Times in ${zone}`,
  /** Marks the next session in a schedule. */
  next: 'Next',
  /** The status of a break in progress (its coloured bar alone would not say so). */
  breakUnderWay: 'Intermission under way',
  more: 'Show more',
  less: 'Show less',
  hideEarlier: 'Hide earlier sessions',
  /** The whole-course calendar disclosure. */
  addAll: 'Add all sessions to your calendar',
  notFound: (p: { id: string }) => `This course has no session "${p.id}".`,
};

export type SessionStrings = typeof en;

export const strings: StringTable<SessionStrings> = {
  en,
};
