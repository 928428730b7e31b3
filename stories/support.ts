/**
 * What the stories share: the course fixtures (the same files the tests and the demo use),
 * a way to derive a variant of one without touching the original, the instants that put
 * the seed course in each state, and the offline fake-network URLs for loading and error.
 */
import seedJson from '../test/fixtures/resilient-together-2021.json';
import allKindsJson from '../test/fixtures/all-kinds.json';
import partialJson from '../test/fixtures/partial-2021.json';
import dstJson from '../test/fixtures/dst-straddle-2021.json';
import midnightJson from '../test/fixtures/midnight-crossing-2021.json';
import { loader } from '../src/data/loader.js';

export { fakeUrl } from '../.storybook/fake-network.js';

/** The seed course: three weeks, Wednesdays 2-4:15 pm in New York (EDT), October 2021. */
export const seed = seedJson;
/** Every session type and status (Chicago; office hours given in Berlin time). */
export const allKinds = allKindsJson;
/** Ten sessions of which several are invalid and skipped. */
export const partial = partialJson;
/** Evenings in London across the EU and US DST changes. */
export const dstStraddle = dstJson;
/** Sessions that cross midnight in various zones. */
export const midnightCrossing = midnightJson;

/**
 * The manifest lists the classes' static members (`tagName`, `version`, `granularity`) with
 * the instance API; as controls on one element they would mislead, so stories hide them.
 */
export const hideStatics = {
  tagName: { table: { disable: true } },
  version: { table: { disable: true } },
  granularity: { table: { disable: true } },
} as const;

/** A deep copy of `course` changed by `edit`: stories never mutate the shared fixtures. */
export function variant<Course extends object>(course: Course, edit: (c: Course) => void): Course {
  const copy = structuredClone(course);
  edit(copy);
  return copy;
}

/** The seed course with a recording on every session too (the seed has join links only). */
export const seedWithLinks = variant(seed, (c) => {
  for (const s of c.sessions) {
    if (s.type === 'break') continue;
    Object.assign(s, {
      joinUrl: `https://meet.example.org/resilient-together/${s.id}`,
      recordingUrl: `https://video.example.org/resilient-together/${s.id}`,
    });
  }
});

/** Instants (UTC) that put the seed course in each state. New York is UTC-4 in October 2021. */
export const AT = {
  beforeRegistration: '2021-07-20T15:00:00Z', // registration opens Aug 1, 00:00 EDT
  registrationOpen: '2021-09-01T15:00:00Z',
  closingSoon: '2021-10-25T15:00:00Z', // closes Oct 27, 15:00 EDT: two days and four hours away
  weekBefore: '2021-10-06T16:35:48Z', // a week (and 1:24:12) before the first session
  dayBefore: '2021-10-12T14:00:00Z', // 24 hours before the first session
  finalHour: '2021-10-13T17:20:17Z', // 39:43 before the first session
  startingSoon: '2021-10-13T17:50:00Z', // 10 minutes before 2:00 pm EDT
  week1Live: '2021-10-13T18:20:00Z', // Week 1, first session, 20 minutes in
  week1Break: '2021-10-13T18:50:00Z', // Week 1 intermission
  betweenWeeks: '2021-10-17T12:00:00Z', // Sunday between Weeks 1 and 2: 3 days, 6 hours to go
  week2: '2021-10-20T19:10:00Z', // Week 2 under way: Week 1 folded away
  lastSession: '2021-10-27T19:30:00Z', // the closing panel; registration has closed
  afterCourse: '2021-11-15T15:00:00Z', // over; on demand until Apr 27, 2022
  afterOnDemand: '2022-06-01T15:00:00Z',
} as const;

/**
 * For the Loading story: the loader gives up after 10 s by default, and a story that turns
 * into "timed out" is not a loading story. Returns the cleanup Storybook's `beforeEach` wants.
 */
export function loaderNeverTimesOut(): () => void {
  const before = loader.options;
  loader.options = { ...before, timeoutMs: 2 ** 31 - 1, retries: 0 };
  return () => {
    loader.options = before;
  };
}

/** For error stories of retryable failures: retry quickly so the error shows in a second. */
export function loaderRetriesFast(): () => void {
  const before = loader.options;
  loader.options = { ...before, retryDelay: () => 100 };
  return () => {
    loader.options = before;
  };
}

/** A play function for the stale stories: once the element shows the course, load it again (the fake endpoint now fails). */
export const reloadOnceShown = async ({
  canvasElement,
}: {
  canvasElement: HTMLElement;
}): Promise<void> => {
  const el = canvasElement.querySelector<HTMLElement & { reload(): Promise<void> }>(
    'course-schedule, register-button, countdown-timer',
  )!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="base"]'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.reload();
};
