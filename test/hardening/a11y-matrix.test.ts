// axe in every state of every element, as a table: element x state, each state first proven
// to be the one named (a marker in the shadow root), then checked by axe (WCAG 2.x A/AA rules,
// colour contrast included). Light and dark pages (`color-scheme: dark`) for the data states. The states' behaviour
// is tested elsewhere; this table makes sure none of them was left without an axe check.
// Costly (about seventy axe runs) and zone-independent: the first zone group runs it.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { loader } from '../../src/data/loader.js';
import { AT, course } from './courses.js';
import {
  cleanup,
  fallbackLink,
  inFirstZone,
  make,
  serve,
  sleep,
  uniqueKey,
  until,
} from './helpers.js';

const ALL_KINDS = '/test/fixtures/all-kinds.json';
const PARTIAL = '/test/fixtures/partial-2021.json';

type El = HTMLElement & { updateComplete: Promise<unknown>; reload(): Promise<void> };
interface Row {
  tag: string;
  state: string;
  /** Attributes; `src` may name the hardening course as '$course'. */
  attrs: Record<string, string>;
  /** The state is reached when this selector matches in the shadow root (and `text`, if given, is in its text). */
  marker: string;
  text?: string | RegExp;
  /** Something to do first (open a disclosure, press a button, fail a refresh). */
  act?: (el: El) => Promise<void>;
  /** Also check it in the dark scheme. */
  dark?: boolean;
}

const slow = () => `/__fault/slow/${uniqueKey()}?delay=5000`;
const fails = () => `/__fault/status/${uniqueKey()}?code=500`;
const refreshFails = () =>
  `/__fault/once/${uniqueKey()}?status=500&fixture=resilient-together-2021`;
const q = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
async function click(el: El, selector: string) {
  q(el, selector)!.click();
  await sleep(0);
  await el.updateComplete;
}
const openAll = async (el: El) => {
  for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>(
    'details:not([open]) > summary, button[aria-expanded="false"]',
  ))
    s.click();
  await sleep(0);
  await el.updateComplete;
};
const failRefresh = async (el: El) => {
  await el.reload();
  await until(() => !!q(el, '[part~="notice"]'), 5000, 'the stale note');
};

const ROWS: Row[] = [
  // <course-schedule>
  {
    tag: 'course-schedule',
    state: 'loading',
    attrs: { src: slow() },
    marker: '[part~="skeleton"]',
  },
  {
    tag: 'course-schedule',
    state: 'error',
    attrs: { src: fails() },
    marker: '[part~="error"]',
    text: /HTTP 500/,
  },
  {
    tag: 'course-schedule',
    state: 'before registration, all upcoming',
    attrs: { src: '$course', now: AT.beforeOpen },
    marker: '.next',
    dark: true,
  },
  {
    tag: 'course-schedule',
    state: 'live, every disclosure open',
    attrs: { src: '$course', now: AT.live },
    marker: '.live',
    act: openAll,
    dark: true,
  },
  {
    tag: 'course-schedule',
    state: 'event time chosen',
    attrs: { src: '$course', now: AT.live, 'time-zone': 'Asia/Kolkata' },
    marker: '[aria-pressed="true"][data-event-time="true"]',
    act: (el) => click(el, '[data-event-time="true"]'),
  },
  {
    tag: 'course-schedule',
    state: 'after the course',
    attrs: { src: '$course', now: AT.after },
    marker: '.ended',
  },
  {
    tag: 'course-schedule',
    state: 'sessions skipped, notice open',
    attrs: { src: PARTIAL, now: AT.live },
    marker: 'details[part~="notice"][open]',
    act: (el) => click(el, '[part~="notice"] summary'),
  },
  {
    tag: 'course-schedule',
    state: 'stale after a failed refresh',
    attrs: { src: refreshFails(), now: '2021-10-13T18:20:00Z' },
    marker: '[part~="notice"]',
    text: 'Showing saved data',
    act: failRefresh,
  },
  {
    tag: 'course-schedule',
    state: 'Spanish, heading level 4, no title',
    attrs: { src: '$course', now: AT.live, lang: 'es', 'heading-level': '4', 'hide-title': '' },
    marker: 'h4[part~="group-title"]',
    text: /./,
  },
  // <session-card>
  { tag: 'session-card', state: 'loading', attrs: { src: slow() }, marker: '[part~="skeleton"]' },
  { tag: 'session-card', state: 'error', attrs: { src: fails() }, marker: '[part~="error"]' },
  {
    tag: 'session-card',
    state: 'upcoming',
    attrs: { src: '$course', now: AT.open, 'session-id': 's2' },
    marker: '.upcoming',
    dark: true,
  },
  {
    tag: 'session-card',
    state: 'starting soon',
    attrs: { src: '$course', now: '2030-03-04T16:50:00Z', 'session-id': 's2' },
    marker: '.starting-soon',
    dark: true,
  },
  {
    tag: 'session-card',
    state: 'live, Join, calendar open',
    attrs: { src: '$course', now: AT.live, 'session-id': 's2' },
    marker: '.live [part~="link"]',
    act: openAll,
    dark: true,
  },
  {
    tag: 'session-card',
    state: 'ended, Watch recording, description open',
    attrs: { src: '$course', now: AT.live, 'session-id': 's1' },
    marker: '.ended [part~="link"]',
    text: /Watch recording/,
    act: openAll,
  },
  {
    tag: 'session-card',
    state: 'cancelled',
    attrs: { src: ALL_KINDS, now: '2021-09-14T09:00:00Z', 'session-id': 'cancelled' },
    marker: '.cancelled',
    dark: true,
  },
  {
    tag: 'session-card',
    state: 'postponed',
    attrs: { src: ALL_KINDS, now: '2021-09-14T09:00:00Z', 'session-id': 'panel' },
    marker: '.postponed',
  },
  {
    tag: 'session-card',
    state: 'a break',
    attrs: { src: ALL_KINDS, now: '2021-09-14T09:00:00Z', 'session-id': 'break-1' },
    marker: '.break',
  },
  {
    tag: 'session-card',
    state: 'office hours',
    attrs: { src: ALL_KINDS, now: '2021-09-14T09:00:00Z', 'session-id': 'office-hours' },
    marker: '.office-hours',
  },
  {
    tag: 'session-card',
    state: 'unknown session id',
    attrs: { src: '$course', now: AT.open, 'session-id': 'nope' },
    marker: 'p[part~="notice"]',
    text: /no session "nope"/,
  },
  {
    tag: 'session-card',
    state: 'stale after a failed refresh',
    attrs: { src: refreshFails(), now: '2021-10-13T18:20:00Z' },
    marker: '[part~="notice"]',
    text: 'Showing saved data',
    act: failRefresh,
  },
  // <register-button>
  {
    tag: 'register-button',
    state: 'loading (fallback only)',
    attrs: { src: slow() },
    marker: 'slot:not([name])',
  },
  {
    tag: 'register-button',
    state: 'error',
    attrs: { src: fails() },
    marker: '[part~="error"]',
    text: /HTTP 500/,
  },
  {
    tag: 'register-button',
    state: 'not yet open',
    attrs: { src: '$course', now: AT.beforeOpen },
    marker: '[part~="status"] time',
    dark: true,
  },
  {
    tag: 'register-button',
    state: 'open',
    attrs: { src: '$course', now: AT.open },
    marker: 'a[part~="button"][data-kind="register"]',
    dark: true,
  },
  {
    tag: 'register-button',
    state: 'closing within three days',
    attrs: { src: '$course', now: '2030-03-02T14:00:00Z' },
    marker: '[part~="deadline"]',
  },
  {
    tag: 'register-button',
    state: 'full, waitlist',
    attrs: { src: '$course', now: AT.open, status: 'full' },
    marker: '[data-kind="waitlist"]',
    dark: true,
  },
  {
    tag: 'register-button',
    state: 'closed',
    attrs: { src: '$course', now: AT.live },
    marker: '[part~="status"]',
    text: 'Registration closed',
  },
  {
    tag: 'register-button',
    state: 'cancelled',
    attrs: { src: '$course', now: AT.open, status: 'cancelled' },
    marker: '[part~="status"]',
    text: 'Registration cancelled',
  },
  {
    tag: 'register-button',
    state: 'on demand',
    attrs: { src: '$course', now: AT.after },
    marker: '[data-kind="on-demand"]',
    dark: true,
  },
  {
    tag: 'register-button',
    state: 'link unavailable',
    attrs: { now: AT.open, href: 'javascript:alert(1)', opens: '2030-02-01T05:00:00Z' },
    marker: '[part~="status"]',
    text: 'Registration link unavailable',
  },
  {
    tag: 'register-button',
    state: 'from attributes, Spanish',
    attrs: { now: AT.open, href: 'https://example.org/r', lang: 'es', 'course-title': 'Curso' },
    marker: 'a[part~="button"]',
    text: /Inscribirse/,
  },
  // <countdown-timer>
  {
    tag: 'countdown-timer',
    state: 'loading (fallback only)',
    attrs: { src: slow() },
    marker: 'slot:not([name])',
  },
  {
    tag: 'countdown-timer',
    state: 'error',
    attrs: { src: fails() },
    marker: '[part~="error"]',
    text: /HTTP 500/,
  },
  {
    tag: 'countdown-timer',
    state: 'counting days',
    attrs: { src: '$course', now: AT.open },
    marker: '[part~="time"]',
    dark: true,
  },
  {
    tag: 'countdown-timer',
    state: 'counting seconds, Pause',
    attrs: { src: '$course', now: '2030-03-04T16:30:00Z' },
    marker: '[part~="pause"]',
    dark: true,
  },
  {
    tag: 'countdown-timer',
    state: 'paused, Resume',
    attrs: { src: '$course', now: '2030-03-04T16:30:00Z' },
    marker: '[part~="pause"]',
    text: 'Resume countdown',
    act: (el) => click(el, '[part~="pause"]'),
  },
  {
    tag: 'countdown-timer',
    state: 'compact',
    attrs: { src: '$course', now: AT.open, format: 'compact' },
    marker: '[part~="time"]',
  },
  {
    tag: 'countdown-timer',
    state: 'live, Join',
    attrs: { src: '$course', now: AT.live },
    marker: '.live a[part~="button"]',
    dark: true,
  },
  {
    tag: 'countdown-timer',
    state: 'started (a `to` countdown)',
    attrs: { to: '2030-01-01T00:00:00Z', now: AT.open, label: 'New year' },
    marker: '.started',
  },
  {
    tag: 'countdown-timer',
    state: 'course ended, on demand',
    attrs: { src: '$course', now: AT.after },
    marker: '.ended a[part~="button"]',
    dark: true,
  },
  {
    tag: 'countdown-timer',
    state: 'pinned session cancelled',
    attrs: { src: ALL_KINDS, now: '2021-09-15T12:00:00Z', 'session-id': 'cancelled' },
    marker: '.cancelled',
  },
  {
    tag: 'countdown-timer',
    state: 'unknown session id (fallback)',
    attrs: { src: '$course', now: AT.open, 'session-id': 'nope' },
    marker: 'slot:not([name])',
  },
];

describe('axe in every state of every element', function () {
  this.timeout(30_000);
  let courseSrc: string;
  let saved: typeof loader.options;
  before(async function () {
    if (!(await inFirstZone())) this.skip();
    courseSrc = await serve(course((n) => `Text ${n}`));
    saved = loader.options;
    loader.options = { retryDelay: () => 5, timeoutMs: 8000 };
  });
  after(() => saved && (loader.options = saved));
  afterEach(async () => {
    cleanup();
    document.documentElement.style.colorScheme = '';
  });

  it('covers every element', () => {
    const tags = new Set(ROWS.map((r) => r.tag));
    expect([...tags]).to.deep.equal([
      'course-schedule',
      'session-card',
      'register-button',
      'countdown-timer',
    ]);
    for (const tag of tags)
      for (const s of ['loading', 'error'])
        expect(
          ROWS.some((r) => r.tag === tag && r.state.startsWith(s)),
          `${tag} ${s}`,
        ).to.equal(true);
  });

  for (const row of ROWS) {
    it(`<${row.tag}> ${row.state}${row.dark ? ' (light and dark)' : ''}`, async () => {
      const attrs = { ...row.attrs };
      if (attrs.src === '$course') attrs.src = courseSrc;
      const el = make<El>(row.tag, attrs, {}, [fallbackLink()]);
      const reached = () => {
        const m = q(el, row.marker);
        if (!m) return false;
        if (row.text === undefined) return true;
        const t = m.textContent ?? '';
        return typeof row.text === 'string' ? t.includes(row.text) : row.text.test(t);
      };
      await until(
        () =>
          !!el.shadowRoot &&
          (row.act ? !!q(el, '[part~="base"], [part~="error"]') || reached() : reached()),
        8000,
        `<${row.tag}> to reach "${row.state}"`,
      );
      await el.updateComplete;
      if (row.act) await row.act(el);
      await until(reached, 5000, `<${row.tag}> to show "${row.state}"`);
      await expect(el).to.be.accessible();
      if (row.dark) {
        document.documentElement.style.colorScheme = 'dark';
        expect(getComputedStyle(el).color).to.not.equal('rgb(27, 31, 36)');
        await expect(el).to.be.accessible();
      }
    });
  }
});
