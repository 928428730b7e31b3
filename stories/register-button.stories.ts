import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { RegisterButtonElement } from '../src/components/register-button/register-button.js';
import {
  AT,
  allKinds,
  fakeUrl,
  loaderNeverTimesOut,
  seed,
  variant,
  hideStatics,
  reloadOnceShown,
} from './support.js';

// Registered by a call, not by importing define.ts: package.json's `sideEffects` names only
// dist/ files, so a bundler (Vite here) drops a bare side-effect import of src/**/define.ts.
RegisterButtonElement.define();

interface Args {
  course?: unknown;
  src?: string;
  now?: string;
  href?: string;
  opens?: string;
  closes?: string;
  status?: string;
  'waitlist-href'?: string;
  'time-zone'?: string;
}

/**
 * `<register-button>` in every state a visitor can meet. Each story fixes `now`, so the
 * states never depend on today's date; the course comes from the test fixtures as the
 * `course` property (what the JSON file holds). Change `now` in the controls to move in time.
 */
const meta: Meta<Args> = {
  title: 'Elements/register-button',
  component: 'register-button',
  render: (a) =>
    html`<register-button
      .course=${a.course}
      src=${a.src ?? nothing}
      now=${a.now ?? nothing}
      href=${a.href ?? nothing}
      opens=${a.opens ?? nothing}
      closes=${a.closes ?? nothing}
      status=${a.status ?? nothing}
      waitlist-href=${a['waitlist-href'] ?? nothing}
      time-zone=${a['time-zone'] ?? nothing}
      ><a href="https://courses.example.org/resilient-together-2021/register">Register for the course</a></register-button
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

/** Before `registration.opens` (Aug 1, 2021, midnight in New York): when it opens, no link. */
export const NotYetOpen: Story = { args: { now: AT.beforeRegistration } };

/** Open: a link styled as a button, named for the course, with the code of conduct and group rates. */
export const Open: Story = { args: { now: AT.registrationOpen } };

/** Within three days of `registration.closes`: the deadline note appears beside the link. */
export const ClosingSoon: Story = { args: { now: AT.closingSoon } };

/** `registration.status: "waitlist"` with a `waitlistUrl` (all-kinds fixture): sold out, join the waitlist. */
export const SoldOutWithWaitlist: Story = {
  args: { course: allKinds, now: '2021-09-01T15:00:00Z' },
};

/** `status: "full"` and no waitlist: sold out, no link. */
export const SoldOut: Story = {
  args: {
    course: variant(seed, (c) => {
      Object.assign(c.registration, { status: 'full' });
    }),
    now: AT.registrationOpen,
  },
};

/** Past `registration.closes` while the last session still runs: closed, no link. */
export const Closed: Story = { args: { now: AT.lastSession } };

/** `registration.status: "cancelled"`: says so, no link. */
export const Cancelled: Story = {
  args: {
    course: variant(seed, (c) => {
      Object.assign(c.registration, { status: 'cancelled' });
    }),
    now: AT.registrationOpen,
  },
};

/** After the last session, while `onDemand.until` has not passed: "Watch on demand". */
export const OnDemand: Story = { args: { now: AT.afterCourse } };

/** After the on-demand window too: closed. */
export const AfterOnDemand: Story = { args: { now: AT.afterOnDemand } };

/** A registration URL that is not http(s) never becomes a link (one console warning). */
export const LinkUnavailable: Story = {
  args: {
    course: variant(seed, (c) => {
      c.registration.url = 'javascript:alert(1)';
    }),
    now: AT.registrationOpen,
  },
};

/** Spanish, whatever the toolbar says (`lang` on the element itself). */
export const Spanish: Story = {
  args: { now: AT.closingSoon },
  render: (a) =>
    html`<register-button lang="es" .course=${a.course} now=${a.now ?? nothing}></register-button>`,
};

/** The label replaced through the `label` slot. */
export const CustomLabel: Story = {
  args: { now: AT.registrationOpen },
  render: (a) =>
    html`<register-button .course=${a.course} now=${a.now ?? nothing}><span slot="label">Save my seat</span></register-button>`,
};

/** No JSON at all: `href`, `opens`, `closes` as attributes (what a school portal writes by hand). */
export const FromAttributes: Story = {
  args: {
    course: undefined,
    href: 'https://courses.example.org/resilient-together-2021/register',
    opens: '2021-08-01T04:00:00Z',
    closes: '2021-10-27T19:00:00Z',
    now: AT.closingSoon,
  },
};

/** Loading: `src` points at a fake endpoint that never answers (offline, see .storybook/fake-network.ts). */
export const Loading: Story = {
  args: { course: undefined },
  beforeEach: loaderNeverTimesOut,
  render: () =>
    html`<register-button src=${fakeUrl('pending.json')}
      ><a href="https://courses.example.org/resilient-together-2021/register">Register for the course</a></register-button
    >`,
};

/** The data failed to load (HTTP 404 from the fake endpoint): what went wrong, Retry, and the light-DOM fallback link, which stays. */
export const LoadError: Story = {
  args: { course: undefined },
  render: () =>
    html`<register-button src=${fakeUrl('status/404.json')}
      ><a href="https://courses.example.org/resilient-together-2021/register">Register for the course</a></register-button
    >`,
};

/** Loaded, then a refresh failed: the state and link stay, with a note. (The play function calls `reload()`.) */
export const StaleAfterFailedRefresh: Story = {
  args: { course: undefined, now: AT.registrationOpen },
  render: (a) =>
    html`<register-button now=${a.now ?? nothing} src=${fakeUrl('once/resilient-together-2021.json')}></register-button>`,
  play: reloadOnceShown,
};
