// The sample course's whole life on one page, as a library lobby screen or a staff portal tab
// would show it: <course-schedule>, <session-card>, <countdown-timer> and <register-button> on
// one `src` with refresh="60", on one fake clock, from before registration opens to after the
// on-demand window closes. The server fails every 7th request (and the loader makes one attempt
// per refresh here, so each failure reaches the screen as the stale note until the next
// refresh), and the organiser renames the course between weeks 1 and 2.
//
// At every checkpoint below: what each element shows, that the stale note shows exactly when
// the last refresh failed, that every state marked by colour is also named in words (WCAG
// 1.4.1), and axe. After every step of the clock (not only at checkpoints): every live region
// is empty or says what the screen says. At the end: one timer, a bounded number of clock
// subscribers and deadlines, one request per minute at most, none abandoned, nothing left
// once the elements are gone.
//
// How the clock moves: "jump" lets the time pass in one go (every timer still fires, in order,
// but the page renders once, as in a busy tab); "every timer" stops at each timer the page set
// (second ticks, minute ticks, deadlines, refreshes) and lets the elements render after each.
//
// The course: Wednesdays 13, 20 and 27 October 2021, 2:00-4:15 pm New York (EDT, UTC-4), so
// 18:00-20:15 UTC, a 15-minute intermission at 18:45; registration opens 1 August 00:00 EDT and
// closes 27 October 15:00 EDT (19:00 UTC); on demand until 27 April 2022 16:00 EDT.

import { expect } from '@open-wc/testing';
import { CountdownTimerElement } from '../../src/components/countdown-timer/countdown-timer.js';
import { CourseScheduleElement } from '../../src/components/course-schedule/course-schedule.js';
import { RegisterButtonElement } from '../../src/components/register-button/register-button.js';
import { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { loader } from '../../src/data/loader.js';
import type { CourseErrorEvent } from '../../src/events/course-error.js';
import type { CourseElement } from '../../src/internal/course-element.js';
import { fakeClock } from '../components/fake-clock.js';
import { $, $$, part, squash, visible } from '../components/helpers.js';
import { serverCounts, uniqueKey, until } from '../data/fault.js';
import { deepElements } from '../hardening/helpers.js';
import { heldBy } from '../observe.js';

/** The course's life at a glance. Sessions by id (w1-s1 ...); instants in UTC. */
const CHECKPOINTS: Checkpoint[] = [
  {
    at: '2021-07-20T15:00:00Z',
    what: 'the page opens; registration not open yet',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 85 days, 3 hours',
    card: 'w1-s1: Upcoming',
    schedule: 'w1-s1: Next Upcoming',
    register: 'Registration opens [2021-08-01T04:00:00Z]',
  },
  {
    at: '2021-08-01T04:00:00Z',
    what: 'registration opens (midnight in New York)',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 73 days, 14 hours',
    card: 'w1-s1: Upcoming',
    schedule: 'w1-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-06T18:00:00Z',
    what: 'a week to go',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 7 days',
    card: 'w1-s1: Upcoming',
    schedule: 'w1-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-12T18:00:00Z',
    what: 'a day to go: a milestone',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 1 day',
    heard: 'Starts in 1 day',
    card: 'w1-s1: Upcoming',
    schedule: 'w1-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-13T17:00:00Z',
    what: 'an hour to go: a milestone, seconds tick, a Pause button',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 1 hour | Pause countdown',
    heard: 'Starts in 1 hour',
    card: 'w1-s1: Upcoming',
    schedule: 'w1-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-13T17:45:00Z',
    what: 'week 1 starting soon',
    walk: 'jump',
    countdown: 'w1-s1 | Starts in 15 minutes | Pause countdown',
    card: 'w1-s1: Starting soon Join',
    schedule: 'w1-s1: Next Starting soon Join',
    register: 'Register',
  },
  {
    at: '2021-10-13T17:55:00Z',
    what: 'five minutes to go: a milestone',
    walk: 'every timer',
    countdown: 'w1-s1 | Starts in 5 minutes | Pause countdown',
    heard: 'Starts in 5 minutes',
    card: 'w1-s1: Starting soon Join',
    schedule: 'w1-s1: Next Starting soon Join',
    register: 'Register',
  },
  {
    at: '2021-10-13T18:00:00Z',
    what: 'week 1, first talk live',
    walk: 'every timer',
    countdown: 'w1-s1 | Live now | Join',
    heard: 'Live now',
    card: 'w1-s1: Live now Join',
    schedule: 'w1-s1: Live now Join | w1-s2: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-13T18:50:00Z',
    what: 'week 1 intermission under way: the countdown counts to the next talk',
    walk: 'every timer',
    countdown: 'w1-s2 | Starts in 10 minutes | Pause countdown',
    heard: '',
    card: 'w1-s2: Starting soon Join',
    schedule:
      'Show 1 earlier session | Intermission: Intermission under way | w1-s2: Next Starting soon Join',
    register: 'Register',
  },
  {
    at: '2021-10-13T19:00:00Z',
    what: 'week 1, second talk live',
    walk: 'every timer',
    countdown: 'w1-s2 | Live now | Join',
    heard: 'Live now',
    card: 'w1-s2: Live now Join',
    schedule: 'Show 2 earlier sessions | w1-s2: Live now Join | w1-s3: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-13T19:45:00Z',
    what: 'week 1, third talk live straight after the second',
    walk: 'every timer',
    countdown: 'w1-s3 | Live now | Join',
    heard: 'Live now',
    card: 'w1-s3: Live now Join',
    schedule: 'Show 3 earlier sessions | w1-s3: Live now Join | w2-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-13T20:15:00Z',
    what: 'week 1 over: a week to the next session',
    walk: 'every timer',
    countdown: 'w2-s1 | Starts in 6 days, 21 hours, 45 minutes',
    heard: '',
    card: 'w2-s1: Upcoming',
    schedule: 'Show 4 earlier sessions | w2-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-16T12:00:00Z',
    what: 'between weeks; the organiser renames the course (the next refresh brings it)',
    walk: 'jump',
    countdown: 'w2-s1 | Starts in 4 days, 6 hours',
    heard: '',
    card: 'w2-s1: Upcoming',
    schedule: 'Show 4 earlier sessions | w2-s1: Next Upcoming',
    register: 'Register',
    rename: true,
  },
  {
    at: '2021-10-17T12:00:00Z',
    what: 'days between weeks, under the new title',
    walk: 'jump',
    countdown: 'w2-s1 | Starts in 3 days, 6 hours',
    heard: '',
    card: 'w2-s1: Upcoming',
    schedule: 'Show 4 earlier sessions | w2-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-20T17:45:00Z',
    what: 'week 2 starting soon',
    walk: 'jump',
    countdown: 'w2-s1 | Starts in 15 minutes | Pause countdown',
    card: 'w2-s1: Starting soon Join',
    schedule: 'Show 4 earlier sessions | w2-s1: Next Starting soon Join',
    register: 'Register',
  },
  {
    at: '2021-10-20T18:50:00Z',
    what: 'week 2 intermission under way',
    walk: 'every timer',
    countdown: 'w2-s2 | Starts in 10 minutes | Pause countdown',
    heard: '',
    card: 'w2-s2: Starting soon Join',
    schedule:
      'Show 5 earlier sessions | Intermission: Intermission under way | w2-s2: Next Starting soon Join',
    register: 'Register',
  },
  {
    at: '2021-10-20T20:15:00Z',
    what: 'week 2 over',
    walk: 'every timer',
    countdown: 'w3-s1 | Starts in 6 days, 21 hours, 45 minutes',
    heard: '',
    card: 'w3-s1: Upcoming',
    schedule: 'Show 8 earlier sessions | w3-s1: Next Upcoming',
    register: 'Register',
  },
  {
    at: '2021-10-24T19:00:00Z',
    what: 'registration closes in 3 days',
    walk: 'jump',
    countdown: 'w3-s1 | Starts in 2 days, 23 hours',
    card: 'w3-s1: Upcoming',
    schedule: 'Show 8 earlier sessions | w3-s1: Next Upcoming',
    register: 'Register | Registration closes [in 3 days]',
  },
  {
    at: '2021-10-27T17:45:00Z',
    what: 'week 3 starting soon; registration closes in an hour',
    walk: 'jump',
    countdown: 'w3-s1 | Starts in 15 minutes | Pause countdown',
    card: 'w3-s1: Starting soon Join',
    schedule: 'Show 8 earlier sessions | w3-s1: Next Starting soon Join',
    register: 'Register | Registration closes [in 1 hour]',
  },
  {
    at: '2021-10-27T18:50:00Z',
    what: 'week 3 intermission under way',
    walk: 'every timer',
    countdown: 'w3-s2 | Starts in 10 minutes | Pause countdown',
    heard: '',
    card: 'w3-s2: Panel Starting soon Join',
    schedule:
      'Show 9 earlier sessions | Intermission: Intermission under way | ' +
      'w3-s2: Panel Next Starting soon Join',
    register: 'Register | Registration closes [in 10 minutes]',
  },
  {
    at: '2021-10-27T19:00:00Z',
    what: 'the closing panel live; registration closed',
    walk: 'every timer',
    countdown: 'w3-s2 | Live now | Join',
    heard: 'Live now',
    card: 'w3-s2: Panel Live now Join',
    schedule: 'Show 10 earlier sessions | w3-s2: Panel Live now Join',
    register: 'Registration closed',
  },
  {
    at: '2021-10-27T20:00:00Z',
    what: 'the course is over: on demand',
    walk: 'every timer',
    countdown: 'This course has ended | Watch on demand',
    heard: 'This course has ended',
    card: 'w3-s2: Panel Ended Watch recording',
    schedule: '',
    register: 'Watch on demand',
  },
  {
    at: '2021-11-15T15:00:00Z',
    what: 'weeks later, still on demand',
    walk: 'jump',
    countdown: 'This course has ended | Watch on demand',
    heard: 'This course has ended',
    card: 'w3-s2: Panel Ended Watch recording',
    schedule: '',
    register: 'Watch on demand',
  },
  {
    at: '2022-04-27T20:00:00Z',
    what: 'the on-demand window closes',
    walk: 'jump',
    countdown: 'This course has ended',
    heard: 'This course has ended',
    card: 'w3-s2: Panel Ended',
    schedule: '',
    register: 'Registration closed',
  },
  {
    at: '2022-05-01T12:00:00Z',
    what: 'after it all: nothing moves',
    walk: 'jump',
    countdown: 'This course has ended',
    heard: 'This course has ended',
    card: 'w3-s2: Panel Ended',
    schedule: '',
    register: 'Registration closed',
  },
];

interface Checkpoint {
  /** The instant (UTC). */
  at: string;
  /** What happens in the course's life. */
  what: string;
  /** How the clock gets here from the checkpoint before. */
  walk: 'jump' | 'every timer';
  /** What the countdown shows (session titles as ids), without the stale note. */
  countdown: string;
  /** What the countdown's status region holds, when the checkpoint pins it. */
  heard?: string;
  /** The card's session and what its status line says. */
  card: string;
  /** The schedule's "Show N earlier" button, then each marked session with its status line. */
  schedule: string;
  /** What the register button shows; a `<time>` as its `datetime`, relative text in brackets. */
  register: string;
  /** After this checkpoint the organiser renames the course. */
  rename?: boolean;
}

const SEED = '/test/fixtures/resilient-together-2021.json';
const OLD_TITLE = 'Resilient Together: Building School and Public Library Partnerships 2021';
const NEW_TITLE = 'Resilient Together 2021: School and Public Library Partnerships';
const REFRESH_MS = 60_000;
const FAIL_EVERY = 7;
const START = Date.parse(CHECKPOINTS[0]!.at);

// One fake clock for the whole file, never reset or set back: its wall clock stays START plus
// the time its timers run on, so a timer's due time is an instant.
const fake = fakeClock(START);
const TAGS = {
  schedule: 'wc-course-schedule',
  card: 'wc-session-card',
  countdown: 'wc-countdown-timer',
  register: 'wc-register-button',
} as const;
for (const [Base, tag] of [
  [CourseScheduleElement, TAGS.schedule],
  [SessionCardElement, TAGS.card],
  [CountdownTimerElement, TAGS.countdown],
  [RegisterButtonElement, TAGS.register],
] as const) {
  (class extends (Base as unknown as typeof CourseElement) {
    static override clock = fake.clock;
  }).define(tag);
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Role = keyof typeof TAGS;

const LIVE =
  '[role="status"], [role="alert"], [role="log"], [role="timer"], [role="marquee"], [aria-live]';
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Session titles as ids ("w1-s1"); the three intermissions share a title and keep it. */
let ids = new Map<string, string>();
const short = (text: string) => {
  for (const [title, id] of ids) text = text.split(title).join(id);
  return text;
};

/** The visible text of `node`, each `<time>` as [its datetime] or, when relative, [its text]. */
function withTimes(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const time of copy.querySelectorAll('time')) {
    const text = squash(time.textContent);
    time.textContent = text.startsWith('in ') ? `[${text}]` : `[${time.getAttribute('datetime')}]`;
  }
  return visible(copy);
}

/** A session's title (as an id) and what its status line says: "w1-s1: Next Starting soon". */
const sessionSays = (session: Element) =>
  `${short(squash(session.querySelector('[part~="title"]')?.textContent))}: ${visible(
    session.querySelector('[part~="status"]'),
  )}`;

/** What a sighted visitor reads in each element (see `Checkpoint`), the stale note left out. */
const SAYS: Record<Role, (el: Element) => string> = {
  countdown: (el) =>
    short(
      [...($(el, '[part~="base"]')?.children ?? [])]
        .filter((child) => !child.matches('[part~="notice"]'))
        .map(visible)
        .filter(Boolean)
        .join(' | '),
    ),
  card: (el) => sessionSays($(el, '[part~="base"]')!),
  schedule: (el) =>
    [
      squash($(el, 'button[data-disclosure="earlier-sessions"]')?.textContent),
      ...$$(el, '[part~="session"]')
        .filter((session) => session.matches(MARKED))
        .map(sessionSays),
    ]
      .filter(Boolean)
      .join(' | '),
  register: (el) =>
    [...($(el, '[part~="base"]')?.children ?? [])]
      .filter((child) => child.matches('[part~="status"], [part~="button"], [part~="deadline"]'))
      .map(withTimes)
      .join(' | '),
};

/**
 * The states the schedule and card mark on a session (a coloured bar or badge), and the words
 * that must name each, so that colour is never the only sign (WCAG 1.4.1).
 */
const MARKED = '.live, .next, .starting-soon, .cancelled, .postponed';
function unnamedColours(el: Element): string[] {
  const problems: string[] = [];
  for (const session of $$(el, '.session[part~="base"], [part~="session"]')) {
    const says = visible(session.querySelector('[part~="status"]'));
    const words: [string, string][] = [
      ['live', session.matches('.break') ? 'Intermission under way' : 'Live now'],
      ['next', 'Next'],
      ['starting-soon', 'Starting soon'],
      ['cancelled', 'Cancelled'],
      ['postponed', 'Postponed'],
    ];
    for (const [state, word] of words) {
      // A break starting soon is not marked at all (no colour, no words).
      if (state === 'starting-soon' && session.matches('.break')) continue;
      if (session.classList.contains(state) && !says.includes(word)) {
        const title = short(squash(session.querySelector('[part~="title"]')?.textContent));
        problems.push(`${el.localName} ${title}: "${state}" by colour, its status says "${says}"`);
      }
    }
  }
  return problems;
}

/**
 * Live regions that say something the screen does not: a region's text must be empty, or be
 * on screen itself, or be the element's visible status (the countdown), or the loading
 * sentence while the loading skeleton shows (schedule and card). Keyed by element and text.
 */
function contradictions(el: Element): [string, string][] {
  const problems: [string, string][] = [];
  for (const region of deepElements(el.shadowRoot!).filter((n) => n.matches(LIVE))) {
    const text = squash(region.textContent);
    if (!text || visible(region) === text) continue;
    const screen = el.localName === TAGS.countdown ? part(el, 'status') : '';
    const loading = !!$(el, '[part~="skeleton"]') && text === 'Loading course schedule…';
    if (text !== screen && !loading)
      problems.push([
        `${el.localName} region "${text}"`,
        `from ${iso(fake.t)}, when the screen said "${screen}"`,
      ]);
  }
  return problems;
}

/** Contradictions seen since the last checkpoint: the first of each, and for how many steps. */
class Contradictions {
  #seen = new Map<string, { first: string; steps: number }>();
  add([what, when]: [string, string]): void {
    const entry = this.#seen.get(what);
    if (entry) entry.steps++;
    else this.#seen.set(what, { first: when, steps: 1 });
  }
  take(): string[] {
    const list = [...this.#seen].map(
      ([what, { first, steps }]) => `${what} ${first} (${steps} step${steps > 1 ? 's' : ''})`,
    );
    this.#seen.clear();
    return list;
  }
}

describe('the sample course from before registration to after on demand, on one page', function () {
  this.timeout(120_000);
  const key = uniqueKey();
  const src =
    `/__fault/edited/${key}?fail-every=${FAIL_EVERY}&status=503` +
    '&fixture=resilient-together-2021';
  const page = document.createElement('div');
  const els = {} as Record<Role, Widget>;
  const outcomes = { load: 0, error: 0 };
  const errors = new Set<string>();
  const last = new Map<Element, string>();
  const heard: string[] = [];
  const found = new Contradictions();
  const peak = { timers: 0, clockSize: 0 };
  let realNow: () => number;
  let savedOptions: typeof loader.options;
  let steps = 0;
  /** Steps that passed a refresh instant: each should have made one request. */
  let refreshSteps = 0;
  let axeMs = 0;
  let walkStarted = 0;
  let title = OLD_TITLE;

  before(async () => {
    const seed = await (await fetch(SEED)).json();
    const titles = seed.sessions.map((s: { title: string }) => s.title);
    ids = new Map(
      seed.sessions
        .filter((s: { title: string }) => titles.indexOf(s.title) === titles.lastIndexOf(s.title))
        .map((s: { id: string; title: string }) => [s.title, s.id]),
    );
    loader.clear();
    savedOptions = loader.options;
    loader.options = { retries: 0, timeoutMs: 30_000 };
    // The loader ages its cache by Date.now(): on this simulated device it is the fake wall clock.
    realNow = Date.now;
    Date.now = () => fake.t;
  });

  after(() => {
    Date.now = realNow;
    loader.options = savedOptions;
    page.remove();
    loader.clear();
  });

  /** Let every element render what the clock and the data say now; count what went wrong. */
  async function settle(expectRequest: boolean): Promise<void> {
    if (expectRequest) {
      const want = outcomes.load + outcomes.error + 4;
      await until(
        () => outcomes.load + outcomes.error >= want,
        30_000,
        `the refresh at ${iso(fake.t)} to reach all four elements`,
      );
    }
    await Promise.all(Object.values(els).map((el) => el.updateComplete));
    await Promise.all(Object.values(els).map((el) => el.updateComplete));
    steps++;
    peak.timers = Math.max(peak.timers, fake.timers.size);
    peak.clockSize = Math.max(peak.clockSize, heldBy(fake.clock));
    for (const el of Object.values(els)) contradictions(el).forEach((c) => found.add(c));
  }

  /** The refreshes fire every minute from the mount; one request when a step passes one or more. */
  function passesRefresh(fromMs: number, toMs: number): boolean {
    const periods = (ms: number) => Math.floor((ms - START) / REFRESH_MS);
    return periods(toMs) > periods(fromMs);
  }

  /** The earliest timer the page has set, as an instant. */
  const nextTimerAt = () => Math.min(...[...fake.timers.values()].map((t) => t.due + START));

  async function walkTo(atMs: number, how: Checkpoint['walk']): Promise<void> {
    while (fake.t < atMs) {
      const to = how === 'every timer' ? Math.min(atMs, nextTimerAt()) : atMs;
      const from = fake.t;
      fake.advance(to - from);
      const refreshed = passesRefresh(from, to);
      if (refreshed) refreshSteps++;
      await settle(refreshed);
    }
  }

  it('mounts all four elements on one refreshing src', async () => {
    walkStarted = performance.now();
    for (const [role, tag] of Object.entries(TAGS) as [Role, string][]) {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('src', src);
      el.setAttribute('refresh', String(REFRESH_MS / 1000));
      el.addEventListener('course-load', () => (outcomes.load++, last.set(el, 'load')));
      el.addEventListener('course-error', (e) => {
        outcomes.error++;
        last.set(el, 'error');
        errors.add((e as CourseErrorEvent).error.message);
      });
      els[role] = el;
      page.append(el);
    }
    document.body.append(page);
    await settle(true);
    expect(outcomes).to.deep.equal({ load: 4, error: 0 });
    const region = $(els.countdown, '[role="status"]')!;
    let said = '';
    new MutationObserver(() => {
      const text = squash(region.textContent);
      if (text && text !== said) heard.push(`${iso(fake.t)} ${text}`);
      said = text;
    }).observe(region, { childList: true, characterData: true, subtree: true });
    expect(
      Object.values(els)
        .flatMap((el) => deepElements(el.shadowRoot!))
        .filter((n) => n.matches(LIVE))
        .map((n) => (n.getRootNode() as ShadowRoot).host.localName)
        .sort(),
      'the status regions',
    ).to.deep.equal([TAGS.countdown, TAGS.schedule, TAGS.card].sort());
  });

  for (const checkpoint of CHECKPOINTS) {
    it(`${checkpoint.at}: ${checkpoint.what}`, async () => {
      const atMs = Date.parse(checkpoint.at);
      await walkTo(atMs, checkpoint.walk);
      expect(iso(fake.t)).to.equal(checkpoint.at);

      // Checked first, so that a failure names every problem of both kinds at once.
      expect(
        {
          contradictions: found.take(),
          colourOnly: [els.schedule, els.card].flatMap(unnamedColours),
        },
        'live regions that contradict the screen, and states shown by colour alone',
      ).to.deep.equal({ contradictions: [], colourOnly: [] });

      const seen = Object.fromEntries(
        (Object.keys(TAGS) as Role[]).map((role) => [role, SAYS[role](els[role])]),
      );
      expect(seen).to.deep.equal({
        countdown: checkpoint.countdown,
        card: checkpoint.card,
        schedule: checkpoint.schedule,
        register: checkpoint.register,
      });
      expect(part(els.schedule, 'course-title'), 'the course title').to.equal(title);
      const registerName = $(els.register, 'a[data-kind="register"] .visually-hidden');
      if (registerName) expect(squash(registerName.textContent)).to.equal(`Register for ${title}`);

      // The stale note shows exactly on the elements whose last refresh failed.
      for (const el of Object.values(els))
        expect(!!$(el, '[part~="notice"]'), `${el.localName}'s stale note`).to.equal(
          last.get(el) === 'error',
        );

      if (checkpoint.heard !== undefined)
        expect(
          squash($(els.countdown, '[role="status"]')!.textContent),
          "the countdown's status region",
        ).to.equal(checkpoint.heard);
      const axeStart = performance.now();
      await expect(page).to.be.accessible(); // all four elements, shadow roots included
      axeMs += performance.now() - axeStart;

      if (checkpoint.rename) {
        await fetch(`/__fault/retitle?key=${key}&title=${encodeURIComponent(NEW_TITLE)}`);
        title = NEW_TITLE;
        // The next refresh brings it (or the one after, when the next one fails).
        await walkTo(atMs + 2 * REFRESH_MS, 'every timer');
        expect(part(els.schedule, 'course-title')).to.equal(title);
      }
    });
  }

  it('kept timers, clock subscribers and requests bounded; leaves nothing behind', async () => {
    const realMs = performance.now() - walkStarted;
    const { count, cancelled } = await serverCounts(key);
    console.log(
      `whole course: ${steps} steps, ${count} requests, ${outcomes.error / 4} failed, ` +
        `${Math.round(realMs)} ms real time (axe ${Math.round(axeMs)} ms), ` +
        `peak ${peak.timers} timer(s), clock size ${peak.clockSize}`,
    );
    expect(peak.timers, 'fake timers at once').to.equal(1);
    // Per element at most: a second or minute subscription, a wake-up deadline, a refresh deadline.
    expect(peak.clockSize, 'clock subscribers and deadlines').to.be.at.most(12);
    expect(cancelled, 'requests abandoned').to.equal(0);
    // The first load, then one request for each step that passed a refresh instant (a jump
    // over many minutes makes one): the four elements share it, and none is made twice.
    expect(count, 'requests').to.equal(1 + refreshSteps);
    expect(count).to.be.greaterThan(300);
    expect([...errors], 'why refreshes failed').to.deep.equal(['HTTP 503 Service Unavailable']);
    expect(outcomes.error, 'every 7th request failed, on all four elements').to.equal(
      4 * Math.floor(count / FAIL_EVERY),
    );
    expect(outcomes.load).to.equal(4 * (count - Math.floor(count / FAIL_EVERY)));
    expect(heldBy(loader), 'loader subscribers').to.equal(4);
    expect(heard, 'what the countdown announced, once per milestone').to.deep.equal([
      '2021-10-12T18:00:00Z Starts in 1 day',
      '2021-10-13T17:00:00Z Starts in 1 hour',
      '2021-10-13T17:55:00Z Starts in 5 minutes',
      '2021-10-13T18:00:00Z Live now',
      '2021-10-13T18:55:00Z Starts in 5 minutes',
      '2021-10-13T19:00:00Z Live now',
      // (w1-s3 follows w1-s2 without a gap: "Live now" again is no change to announce.)
      // Weeks 2 and 3 are jumped to at 17:45: the day and hour milestones fold into this one.
      '2021-10-20T17:45:00Z Starts in 15 minutes',
      '2021-10-20T17:55:00Z Starts in 5 minutes',
      '2021-10-20T18:00:00Z Live now',
      '2021-10-20T18:55:00Z Starts in 5 minutes',
      '2021-10-20T19:00:00Z Live now',
      '2021-10-27T17:45:00Z Starts in 15 minutes',
      '2021-10-27T17:55:00Z Starts in 5 minutes',
      '2021-10-27T18:00:00Z Live now',
      '2021-10-27T18:55:00Z Starts in 5 minutes',
      '2021-10-27T19:00:00Z Live now',
      '2021-10-27T20:00:00Z This course has ended',
    ]);
    page.remove();
    await new Promise((r) => setTimeout(r));
    expect(heldBy(fake.clock), 'clock subscribers and deadlines left').to.equal(0);
    expect(fake.timers.size, 'timers left').to.equal(0);
    expect(heldBy(loader), 'loader subscribers left').to.equal(0);
  });
});
