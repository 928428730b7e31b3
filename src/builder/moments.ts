/**
 * The moments the preview offers, worked out from the course being built: the instants at
 * which its elements look different (before registration opens, two days before it closes,
 * just before the first session, during a session, after the course). Pure: the course in,
 * instants and English labels out, formatted in the organiser's zone.
 */

import type { Course } from '../core/course/types.js';
import { formatDateTime } from '../core/time/format.js';
import { DAY_MS, MINUTE_MS } from '../core/time/units.js';

export interface PreviewMoment {
  /** An instant for the elements' `now` attribute (`2021-10-13T18:20:00.000Z`); '' is real time. */
  now: string;
  label: string;
}

/** How far into a session the "live" moments are: long enough to be clearly under way. */
const INTO_SESSION_MS = 20 * MINUTE_MS;

export function previewMoments(course: Course | undefined): PreviewMoment[] {
  const moments: PreviewMoment[] = [{ now: '', label: 'Real time (now)' }];
  if (!course) return moments;
  const at = (epochMs: number) =>
    formatDateTime(epochMs, { locale: 'en-US', timeZone: course.timeZone });
  const add = (epochMs: number | undefined, label: (when: string) => string) => {
    if (epochMs === undefined || !Number.isFinite(epochMs)) return;
    moments.push({ now: new Date(epochMs).toISOString(), label: label(at(epochMs)) });
  };
  const registration = course.registration;
  add(registration?.opensMs && registration.opensMs - DAY_MS, (when) => {
    return `${when}: the day before registration opens`;
  });
  add(registration?.closesMs && registration.closesMs - 2 * DAY_MS, (when) => {
    return `${when}: registration closes in 2 days`;
  });
  const sessions = course.sessions.filter((session) => session.status === 'scheduled');
  const first = sessions[0];
  if (first) add(first.startMs - 10 * MINUTE_MS, (when) => `${when}: "${first.title}" soon`);
  for (const session of sessions.slice(0, 12)) {
    const into = Math.min(INTO_SESSION_MS, (session.endMs - session.startMs) / 2);
    add(session.startMs + into, (when) => `${when}: "${session.title}" live`);
  }
  const last = course.sessions.reduce((max, session) => Math.max(max, session.endMs), -Infinity);
  add(Number.isFinite(last) ? last + DAY_MS : undefined, (when) => `${when}: after the course`);
  return moments;
}
