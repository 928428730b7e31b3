import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CourseScheduleElement } from '../src/components/course-schedule/course-schedule.js';
import {
  AT,
  allKinds,
  dstStraddle,
  fakeUrl,
  loaderNeverTimesOut,
  loaderRetriesFast,
  midnightCrossing,
  partial,
  hideStatics,
  seed,
  seedWithLinks,
  reloadOnceShown,
} from './support.js';

// Registered by a call, not by importing define.ts: package.json's `sideEffects` names only
// dist/ files, so a bundler (Vite here) drops a bare side-effect import of src/**/define.ts.
CourseScheduleElement.define();

interface Args {
  course?: unknown;
  now?: string;
  'heading-level'?: number;
  'hide-title'?: boolean;
  'hide-summary'?: boolean;
}

const fallback = html`<p>
  Live sessions on Wednesdays, October 13, 20 and 27, 2021, 2:00–4:15 PM Eastern Time.
  <a href="https://courses.example.org/resilient-together-2021/">See the schedule on the course site</a>.
</p>`;

/**
 * `<course-schedule>`: the whole course in the visitor's time. Every story fixes `now` and
 * passes fixture data as the `course` property, so nothing depends on today's date or the
 * network. Use the toolbar's visitor zone to see the organiser's New York time appear beside
 * the visitor's, and the "Your time / Event time" switch.
 */
const meta: Meta<Args> = {
  title: 'Elements/course-schedule',
  component: 'course-schedule',
  render: (a) =>
    html`<course-schedule
      .course=${a.course}
      now=${a.now ?? nothing}
      heading-level=${a['heading-level'] ?? nothing}
      ?hide-title=${a['hide-title']}
      ?hide-summary=${a['hide-summary']}
      >${fallback}</course-schedule
    >`,
  args: { course: seed },
  argTypes: {
    ...hideStatics,
    now: { control: 'text', description: 'The instant the element shows (Z or an offset).' },
    course: { control: 'object' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A week before the course: every session upcoming, speakers to be announced (the seed names none). */
export const Upcoming: Story = { args: { now: AT.weekBefore } };

/** Ten minutes before Week 1: the first session is "Starting soon" and marked next. */
export const StartingSoon: Story = { args: { now: AT.startingSoon } };

/** Week 1 live, with Join links and recordings (the seed plus a `recordingUrl` on every session). */
export const LiveWithJoinLink: Story = { args: { course: seedWithLinks, now: AT.week1Live } };

/** Week 1 live, the seed as published (Join links, no recordings). */
export const Live: Story = { args: { now: AT.week1Live } };

/**
 * Week 1's intermission under way: its bar is red like a live session's, and it says
 * "Intermission under way" in words (never colour alone); the next talk is starting soon.
 */
export const Intermission: Story = { args: { now: AT.week1Break } };

/** The days between Week 1 and Week 2: Week 1 folded away, Week 2's first talk marked next. */
export const BetweenWeeks: Story = { args: { now: AT.betweenWeeks } };

/** Week 2 under way: Week 1 folds behind "Show 4 earlier sessions". */
export const UnderWay: Story = { args: { course: seedWithLinks, now: AT.week2 } };

/** After the course: every session ended, each with "Watch recording". */
export const EndedWithRecordings: Story = { args: { course: seedWithLinks, now: AT.afterCourse } };

/** After the course, no per-session recordings: the course's on-demand link instead. */
export const EndedOnDemand: Story = { args: { now: AT.afterCourse } };

/**
 * Every session type and status (all-kinds fixture, Chicago; office hours given in Berlin
 * time): keynote with speakers and Join, break, workshop, postponed panel, office hours,
 * cancelled session.
 */
export const EveryKindAndStatus: Story = {
  args: { course: allKinds, now: '2021-09-14T15:30:00Z' },
};

/** Some sessions in the data are invalid: they are skipped, the rest render, and a notice lists why. */
export const PartialData: Story = { args: { course: partial, now: AT.weekBefore } };

/** Evenings in London across the EU and US DST changes (different weekends): the offsets shift. */
export const DstStraddle: Story = { args: { course: dstStraddle, now: '2021-10-15T12:00:00Z' } };

/** Sessions that cross midnight; set the visitor zone to Auckland or Kolkata to see both dates. */
export const MidnightCrossing: Story = {
  args: { course: midnightCrossing, now: '2021-10-10T12:00:00Z' },
};

/** `hide-title`, `hide-summary` and `heading-level="3"`: fits under the host page's own h2. */
export const Embedded: Story = {
  args: { now: AT.weekBefore, 'hide-title': true, 'hide-summary': true, 'heading-level': 3 },
};

/** Spanish (`lang` on the element), with the visitor in Mexico City. */
export const Spanish: Story = {
  args: { course: seedWithLinks, now: AT.week1Live },
  render: (a) =>
    html`<course-schedule lang="es" time-zone="America/Mexico_City" .course=${a.course} now=${a.now ?? nothing}></course-schedule>`,
};

/** Inline `<script type="application/json">` instead of a property or `src`. */
export const InlineJson: Story = {
  args: { course: undefined },
  // Built with the DOM: Lit cannot bind inside a <script>, and a page writes this as static HTML anyway.
  render: () => {
    const el = document.createElement('course-schedule');
    el.setAttribute('now', AT.weekBefore);
    el.setAttribute('hide-summary', '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seed, null, 2);
    el.append(script);
    return el;
  },
};

/** Loading: `src` is a fake endpoint that never answers (offline, see .storybook/fake-network.ts); a skeleton. */
export const Loading: Story = {
  args: { course: undefined },
  beforeEach: loaderNeverTimesOut,
  render: () => html`<course-schedule src=${fakeUrl('pending.json')}>${fallback}</course-schedule>`,
};

/** HTTP 404 from the fake endpoint (not retried): the error with Retry, the fallback kept. */
export const ErrorNotFound: Story = {
  args: { course: undefined },
  render: () =>
    html`<course-schedule src=${fakeUrl('status/404.json')}>${fallback}</course-schedule>`,
};

/** HTTP 500, retried three times (100 ms apart in this story) before the error shows. */
export const ErrorServer: Story = {
  args: { course: undefined },
  beforeEach: loaderRetriesFast,
  render: () =>
    html`<course-schedule src=${fakeUrl('status/500.json')}>${fallback}</course-schedule>`,
};

/** A login page where the JSON should be. */
export const ErrorNotJson: Story = {
  args: { course: undefined },
  render: () => html`<course-schedule src=${fakeUrl('html.json')}>${fallback}</course-schedule>`,
};

/** The course is not valid (no sessions): the error names the field. */
export const ErrorInvalidCourse: Story = {
  args: {
    course: { version: 1, title: 'A course without sessions', timeZone: 'America/New_York' },
  },
};

/** Loaded, then a refresh failed: the data stays, with a note. (The play function calls `reload()`.) */
export const StaleAfterFailedRefresh: Story = {
  args: { course: undefined, now: AT.weekBefore },
  render: (a) =>
    html`<course-schedule now=${a.now ?? nothing} hide-summary src=${fakeUrl('once/resilient-together-2021.json')}
      >${fallback}</course-schedule
    >`,
  play: reloadOnceShown,
};
