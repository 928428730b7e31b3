import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CountdownTimerElement } from '../src/components/countdown-timer/countdown-timer.js';
import {
  AT,
  allKinds,
  fakeUrl,
  loaderNeverTimesOut,
  seed,
  seedWithLinks,
  hideStatics,
  reloadOnceShown,
} from './support.js';

// Registered by a call, not by importing define.ts: package.json's `sideEffects` names only
// dist/ files, so a bundler (Vite here) drops a bare side-effect import of src/**/define.ts.
CountdownTimerElement.define();

interface Args {
  course?: unknown;
  now?: string;
  to?: string;
  label?: string;
  'session-id'?: string;
  seconds?: boolean;
  format?: 'long' | 'compact';
}

/**
 * `<countdown-timer>` in every state. `now` is fixed in each story, so the remaining time is
 * always the same (it does not tick); the Pause button appears whenever seconds would tick.
 * With course data the countdown follows the course: the next session, live, the next one,
 * then "This course has ended".
 */
const meta: Meta<Args> = {
  title: 'Elements/countdown-timer',
  component: 'countdown-timer',
  render: (a) =>
    html`<countdown-timer
      .course=${a.course}
      now=${a.now ?? nothing}
      to=${a.to ?? nothing}
      label=${a.label ?? nothing}
      session-id=${a['session-id'] ?? nothing}
      ?seconds=${a.seconds}
      format=${a.format ?? nothing}
      ><p>The first live session is on Wednesday, October 13, 2021, at 2:00 PM Eastern Time.</p></countdown-timer
    >`,
  args: { course: seed },
  argTypes: {
    ...hideStatics,
    now: { control: 'text', description: 'The instant the element shows (Z or an offset).' },
    course: { control: 'object' },
    format: { control: 'inline-radio', options: ['long', 'compact'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A week before the first session: days and hours. */
export const InDays: Story = { args: { now: AT.weekBefore } };

/** The day before: hours and minutes. */
export const InHours: Story = { args: { now: AT.dayBefore } };

/** The final hour: seconds show, with a Pause button (WCAG 2.2.2). Under reduced motion, no seconds. */
export const InSeconds: Story = { args: { now: AT.finalHour } };

/** `seconds` asks for seconds all the time, here a week out. */
export const SecondsAlways: Story = { args: { now: AT.weekBefore, seconds: true } };

/** `format="compact"`: "7d 1h 24m". */
export const Compact: Story = { args: { now: AT.weekBefore, format: 'compact' } };

/** Ten minutes to go ("starting soon"). */
export const StartingSoon: Story = { args: { now: AT.startingSoon } };

/** While the session runs, with its Join link and recordings set (`seedWithLinks`). */
export const LiveWithJoinLink: Story = { args: { course: seedWithLinks, now: AT.week1Live } };

/** While the session runs, with the seed's own Join link. */
export const Live: Story = { args: { now: AT.week1Live } };

/** During the intermission: breaks are skipped, so it counts to the next talk. */
export const DuringBreak: Story = { args: { now: AT.week1Break } };

/** The days between Week 1 and Week 2: counting to the next week's first talk. */
export const BetweenWeeks: Story = { args: { now: AT.betweenWeeks } };

/** After the last session: "This course has ended", with the on-demand link while it is offered. */
export const CourseEnded: Story = { args: { now: AT.afterCourse } };

/** After the on-demand window too: ended, no link. */
export const CourseEndedNoOnDemand: Story = { args: { now: AT.afterOnDemand } };

/** `session-id` pins one session (all-kinds: the cancelled one). */
export const PinnedCancelled: Story = {
  args: { course: allKinds, 'session-id': 'cancelled', now: '2021-09-10T15:00:00Z' },
};

/** `session-id` pins one session (all-kinds: the postponed panel). */
export const PinnedPostponed: Story = {
  args: { course: allKinds, 'session-id': 'panel', now: '2021-09-10T15:00:00Z' },
};

/** No course data: `to` (an instant) and `label`. */
export const ToAnInstant: Story = {
  args: {
    course: undefined,
    to: '2021-10-13T18:00:00Z',
    label: 'Opening keynote',
    now: AT.dayBefore,
  },
};

/** A `to` countdown after its instant: "Started". */
export const ToAnInstantStarted: Story = {
  args: {
    course: undefined,
    to: '2021-10-13T18:00:00Z',
    label: 'Opening keynote',
    now: AT.week1Live,
  },
};

/** Spanish (`lang` on the element). */
export const Spanish: Story = {
  args: { now: AT.weekBefore },
  render: (a) =>
    html`<countdown-timer lang="es" .course=${a.course} now=${a.now ?? nothing}></countdown-timer>`,
};

/** Loading: a fake endpoint that never answers (offline, see .storybook/fake-network.ts); the fallback text shows. */
export const Loading: Story = {
  args: { course: undefined },
  beforeEach: loaderNeverTimesOut,
  render: () =>
    html`<countdown-timer src=${fakeUrl('pending.json')}
      ><p>The first live session is on Wednesday, October 13, 2021, at 2:00 PM Eastern Time.</p></countdown-timer
    >`,
};

/** The data is not JSON (the fake endpoint sends a login page): what went wrong, Retry, and the fallback text, which stays. */
export const LoadError: Story = {
  args: { course: undefined },
  render: () =>
    html`<countdown-timer src=${fakeUrl('html.json')}
      ><p>The first live session is on Wednesday, October 13, 2021, at 2:00 PM Eastern Time.</p></countdown-timer
    >`,
};

/** Loaded, then a refresh failed: the countdown goes on from the data shown, with a note. (The play function calls `reload()`.) */
export const StaleAfterFailedRefresh: Story = {
  args: { course: undefined, now: AT.weekBefore },
  render: (a) =>
    html`<countdown-timer now=${a.now ?? nothing} src=${fakeUrl('once/resilient-together-2021.json')}></countdown-timer>`,
  play: reloadOnceShown,
};
