import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SessionCardElement } from '../src/components/session-card/session-card.js';
import {
  AT,
  allKinds,
  fakeUrl,
  loaderNeverTimesOut,
  seed,
  seedWithLinks,
  hideStatics,
} from './support.js';

// Registered by a call, not by importing define.ts: package.json's `sideEffects` names only
// dist/ files, so a bundler (Vite here) drops a bare side-effect import of src/**/define.ts.
SessionCardElement.define();

interface Args {
  course?: unknown;
  now?: string;
  'session-id'?: string;
  'heading-level'?: number;
}

const fallback = html`<a href="https://courses.example.org/resilient-together-2021/">Session details on the course site</a>`;

/**
 * `<session-card>`: one session. Every story fixes `now` and passes fixture data as the
 * `course` property; `session-id` picks the session (without it: the live or next one).
 */
const meta: Meta<Args> = {
  title: 'Elements/session-card',
  component: 'session-card',
  render: (a) =>
    html`<session-card
      .course=${a.course}
      now=${a.now ?? nothing}
      session-id=${a['session-id'] ?? nothing}
      heading-level=${a['heading-level'] ?? nothing}
      >${fallback}</session-card
    >`,
  args: { course: seed, 'session-id': 'w1-s1' },
  argTypes: {
    ...hideStatics,
    now: { control: 'text', description: 'The instant the element shows (Z or an offset).' },
    course: { control: 'object' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Upcoming, speakers to be announced (the seed names none). */
export const Upcoming: Story = { args: { now: AT.weekBefore } };

/** Within 15 minutes of the start. */
export const StartingSoon: Story = { args: { now: AT.startingSoon } };

/** Live now, with its Join link. */
export const LiveWithJoinLink: Story = { args: { course: seedWithLinks, now: AT.week1Live } };

/** Ended, with "Watch recording". */
export const EndedWithRecording: Story = { args: { course: seedWithLinks, now: AT.afterCourse } };

/** Ended, no recording of its own: the course's on-demand link. */
export const EndedOnDemand: Story = { args: { now: AT.afterCourse } };

/** A keynote with two speakers (title, organization, link) and a two-paragraph description. */
export const WithSpeakers: Story = {
  args: { course: allKinds, 'session-id': 'keynote', now: '2021-09-01T15:00:00Z' },
};

/** Speakers to be announced: a session with no `speakers`. */
export const SpeakersToBeAnnounced: Story = { args: { now: AT.weekBefore, 'session-id': 'w2-s1' } };

/** A long description, collapsed behind "Show more" (a real button with aria-expanded). */
export const LongDescription: Story = { args: { now: AT.weekBefore, 'session-id': 'w2-s3' } };

/** `status: "cancelled"`. */
export const Cancelled: Story = {
  args: { course: allKinds, 'session-id': 'cancelled', now: '2021-09-01T15:00:00Z' },
};

/** `status: "postponed"`. */
export const Postponed: Story = {
  args: { course: allKinds, 'session-id': 'panel', now: '2021-09-01T15:00:00Z' },
};

/** A break (Intermission), shown compact. */
export const Break: Story = { args: { 'session-id': 'w1-break', now: AT.weekBefore } };

/** Office hours given in Berlin time in a Chicago course: the organiser's time and place beside the visitor's. */
export const OtherZoneSession: Story = {
  args: { course: allKinds, 'session-id': 'office-hours', now: '2021-09-01T15:00:00Z' },
};

/** No `session-id`: the session live or next at `now` (Week 2, during its second talk). */
export const NextSession: Story = { args: { 'session-id': undefined, now: AT.week2 } };

/** An id that is not in the course: a message, and the fallback content. */
export const UnknownId: Story = { args: { 'session-id': 'no-such-session', now: AT.weekBefore } };

/** Spanish (`lang` on the element). */
export const Spanish: Story = {
  args: { course: seedWithLinks, now: AT.week1Live },
  render: (a) =>
    html`<session-card lang="es" session-id="w1-s1" .course=${a.course} now=${a.now ?? nothing}></session-card>`,
};

/** Loading: a fake endpoint that never answers (offline, see .storybook/fake-network.ts). */
export const Loading: Story = {
  args: { course: undefined },
  beforeEach: loaderNeverTimesOut,
  render: () =>
    html`<session-card session-id="w1-s1" src=${fakeUrl('pending.json')}>${fallback}</session-card>`,
};

/** Malformed JSON from the fake endpoint: the error with Retry, the fallback kept. */
export const LoadError: Story = {
  args: { course: undefined },
  render: () =>
    html`<session-card session-id="w1-s1" src=${fakeUrl('malformed.json')}>${fallback}</session-card>`,
};
