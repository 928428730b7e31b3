/**
 * Where a draft comes from: the blank course, the sample, course JSON or iCalendar text
 * (a file or pasted), each with the notice the Start panel shows (what was found, the
 * organiser's zone a calendar proposes, what the import had to read specially). No DOM.
 */

import { courseFromIcs } from '../authoring/from-ics.js';
import * as ops from './draft.js';
import { describeZone } from './zones.js';

export interface ImportNotice {
  /** One sentence on what happened ("5 sessions from the calendar genealogy.ics."). */
  summary: string;
  /** The organiser's zone the calendar names, to confirm. */
  zone?: string;
  zoneDescription?: string;
  warnings: string[];
  failed?: boolean;
}

export interface Started {
  /** Undefined when the text could not be used (the notice says why). */
  draft?: ops.Draft;
  notice: ImportNotice;
}

export function startBlank(zone: string): Started {
  return { draft: ops.blankCourse(zone), notice: { summary: 'A blank course.', warnings: [] } };
}

export function startSample(sample: unknown): Started {
  const draft = ops.draftFromJson(sample);
  if (!draft) return failed('The sample course is not available.');
  return {
    draft,
    notice: { summary: `The sample course: ${draft.sessions.length} sessions.`, warnings: [] },
  };
}

const isCalendar = (text: string, name: string) =>
  /^\s*BEGIN:VCALENDAR/i.test(text) || /\.(ics|ical)$/i.test(name);

/** Course JSON or iCalendar text, named `name` (a file name, or "text" when pasted). */
export function startFromText(text: string, name: string, fallbackZone: string): Started {
  if (isCalendar(text, name)) {
    const imported = courseFromIcs(text);
    const draft = ops.draftFromJson(imported.course) ?? ops.blankCourse(fallbackZone);
    draft.$schema ??= ops.SCHEMA_URL;
    return {
      draft,
      notice: {
        summary: `${draft.sessions.length} sessions from the calendar ${name}.`,
        zone: imported.zone,
        zoneDescription: imported.zone ? describeZone(imported.zone) : undefined,
        warnings: imported.warnings,
      },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`${name} is neither course JSON nor a calendar: ${error}`);
  }
  const draft = ops.draftFromJson(json);
  if (!draft) return failed(`${name} is JSON, but not a course (an object).`);
  const converted = ops.sessionTimesAsWallTimes(draft);
  const note =
    `${converted} times written as instants now read as wall times ` + "in the organiser's zone.";
  return {
    draft,
    notice: {
      summary: `${draft.sessions.length} sessions from ${name}.`,
      warnings: converted ? [note] : [],
    },
  };
}

const failed = (summary: string): Started => ({
  notice: { summary, warnings: [], failed: true },
});
