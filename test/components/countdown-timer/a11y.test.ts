// Accessibility of <countdown-timer> over time: a live-region counter over simulated minutes
// (one announcement per milestone, none per tick, none repeated when the clock goes back),
// the keyboard-operable pause (WCAG 2.2.2) that also drops the per-second subscription,
// and prefers-reduced-motion, which keeps seconds off entirely.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, itWithMedia, press } from '../../engine.js';
import { CountdownTimerElement } from '../../../src/components/countdown-timer/countdown-timer.js';
import { loader } from '../../../src/data/loader.js';
import { fakeClock } from '../fake-clock.js';
import { $, SEED, T, part, shown } from '../helpers.js';
import { heldBy } from '../../observe.js';

const fake = fakeClock(T('2021-10-13T17:00:00Z'));
class ClockedCountdown extends CountdownTimerElement {
  static override clock = fake.clock;
}
ClockedCountdown.define('a11y-clocked-countdown');

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

async function tick(el: CountdownTimerElement, ms: number, how: 'advance' | 'sleep' = 'advance') {
  fake[how](ms);
  await el.updateComplete;
}

async function walk(el: CountdownTimerElement, ms: number, step = SEC) {
  for (let done = 0; done < ms; done += step) await tick(el, Math.min(step, ms - done));
}

/** Records what a screen reader would hear from the element's live regions, and how often the visible time changed. */
function listenTo(el: CountdownTimerElement) {
  const region = $(el, '[role="status"]')!;
  expect(region.getAttribute('role')).to.equal('status');
  const heard: string[] = [];
  let last = region.textContent ?? '';
  let timeChanges = 0;
  let lastTime = part(el, 'time');
  const regionObserver = new MutationObserver(() => {
    const now = region.textContent ?? '';
    if (now && now !== last) heard.push(now);
    last = now;
  });
  regionObserver.observe(region, { childList: true, characterData: true, subtree: true });
  const timeObserver = new MutationObserver(() => {
    const t = part(el, 'time');
    if (t !== lastTime) timeChanges++;
    lastTime = t;
  });
  timeObserver.observe(el.shadowRoot!, { childList: true, characterData: true, subtree: true });
  return {
    heard,
    get timeChanges() {
      return timeChanges;
    },
    /** Mutation records are delivered as microtasks: let them arrive. */
    flush: () => new Promise((r) => setTimeout(r)),
  };
}

const focusedIn = (el: Element) => el.shadowRoot!.activeElement;

describe('<countdown-timer> accessibility over time', () => {
  beforeEach(() => loader.clear());
  afterEach(() => {
    fixtureCleanup();
    expect(heldBy(fake.clock)).to.equal(0);
  });

  it('over ten ticking minutes: one announcement per milestone, none per tick; none repeated after the clock goes back', async () => {
    fake.reset(T('2021-10-13T17:52:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<a11y-clocked-countdown src=${SEED}></a11y-clocked-countdown>`,
    );
    await shown(el);
    const ends: number[] = [];
    el.addEventListener('countdown-end', (e) => ends.push(e.targetMs));
    const log = listenTo(el);
    expect(
      el.shadowRoot!.querySelectorAll('[aria-live], [role="timer"], [role="alert"]').length,
    ).to.equal(0);
    await walk(el, 8.5 * MIN); // to 18:00:30, a render every second
    await log.flush();
    expect(log.heard).to.deep.equal(['Starts in 5 minutes', 'Live now']);
    expect(log.timeChanges, 'the visible time ticked').to.be.greaterThan(400);
    await expect(el).to.be.accessible();

    fake.setBack(2 * MIN); // 17:58:30 on the wall clock
    await walk(el, MIN + 20); // the next minute tick finds 17:59:30: counting again
    expect(part(el, 'status')).to.equal('Starts in 30 seconds');
    await walk(el, MIN);
    await log.flush();
    expect(part(el, 'status')).to.equal('Live now');
    expect(log.heard, 'no milestone twice').to.deep.equal(['Starts in 5 minutes', 'Live now']);
    expect(ends).to.deep.equal([T('2021-10-13T18:00:00Z')]);

    // Further back, across the five-minute milestone and forward through it again: still nothing new.
    fake.setBack(7 * MIN); // about 17:54
    await walk(el, 7 * MIN);
    await log.flush();
    expect(part(el, 'status')).to.equal('Live now');
    expect(log.heard).to.deep.equal(['Starts in 5 minutes', 'Live now']);
    expect(ends).to.have.length(1);
  });

  it('the day and hour milestones, a jump over several of them (announces the latest), and the course ending', async () => {
    fake.reset(T('2021-10-12T17:58:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<a11y-clocked-countdown src=${SEED}></a11y-clocked-countdown>`,
    );
    await shown(el);
    const log = listenTo(el);
    await walk(el, 5 * MIN, MIN);
    await log.flush();
    expect(log.heard).to.deep.equal(['Starts in 1 day']);
    await walk(el, 22 * HOUR + 55 * MIN, HOUR); // to 2021-10-13T16:58Z
    await walk(el, 3 * MIN, MIN); // to 17:01, through the hour milestone at 17:00
    await log.flush();
    expect(log.heard).to.deep.equal(['Starts in 1 day', 'Starts in 1 hour']);
    await tick(el, 58 * MIN, 'sleep'); // wakes at 17:59: past the five-minute milestone
    await log.flush();
    expect(log.heard.slice(2)).to.deep.equal(['Starts in 1 minute']);
    await tick(el, 15 * 24 * HOUR, 'sleep'); // 2021-10-28: after the course
    await log.flush();
    expect(log.heard.slice(3)).to.deep.equal(['This course has ended']);
  });

  it('the pause button works from the keyboard, freezes the time and drops the second ticks', async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<a11y-clocked-countdown to="2021-10-13T18:00:00Z"></a11y-clocked-countdown>`,
    );
    const button = $(el, 'button[part="pause"]')!;
    expect(button.textContent).to.equal('Pause countdown');
    const lastDelay = () => fake.delays[fake.delays.length - 1]!;
    expect(lastDelay()).to.be.at.most(SEC + 10);

    (document.activeElement as HTMLElement | null)?.blur();
    await press('Tab');
    expect(focusedIn(el)).to.equal(button);
    await press('Space');
    await el.updateComplete;
    expect(button.textContent).to.equal('Resume countdown');
    expect(focusedIn(el), 'focus stays on the button').to.equal(button);
    expect(lastDelay(), 'no second ticks while paused').to.be.greaterThan(SEC + 10);
    await tick(el, 5 * SEC);
    expect(part(el, 'time')).to.equal('30 minutes');
    await expect(el).to.be.accessible();

    await press('Enter');
    await el.updateComplete;
    expect(button.textContent).to.equal('Pause countdown');
    expect(part(el, 'time')).to.equal('29 minutes, 55 seconds');
    expect(lastDelay()).to.be.at.most(SEC + 10);
  });

  it("a pause carries over to the next session's final hour, frozen at a time it showed", async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<a11y-clocked-countdown src=${SEED}></a11y-clocked-countdown>`,
    );
    await shown(el);
    el.togglePause();
    await el.updateComplete;
    await walk(el, 30 * MIN, MIN); // 18:00: live, no pause button
    expect($(el, 'button')).to.equal(null);
    expect(part(el, 'status')).to.equal('Live now');
    await walk(el, 45 * MIN, MIN); // 18:45: the next session, 15 minutes away: paused at what it shows now
    expect(part(el, 'time')).to.equal('15 minutes');
    expect($(el, 'button')!.textContent).to.equal('Resume countdown');
    await walk(el, 2 * MIN, MIN);
    expect(part(el, 'time')).to.equal('15 minutes');
    el.togglePause();
    await el.updateComplete;
    expect(part(el, 'time')).to.equal('13 minutes');
    el.togglePause();
    // Days away nothing ticks and there is no button: the time must not stay frozen.
    await walk(el, 93 * MIN, MIN); // 20:20, counting to next week's 18:00Z
    expect($(el, 'button')).to.equal(null);
    expect(part(el, 'time')).to.equal('6 days, 21 hours, 40 minutes');
    await walk(el, 2 * MIN, MIN);
    expect(part(el, 'time')).to.equal('6 days, 21 hours, 38 minutes');
  });

  itWithMedia(
    'prefers-reduced-motion: no seconds (even with the attribute), no pause button, minute ticks',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        fake.reset(T('2021-10-13T17:30:15Z'));
        const el = await fixture<CountdownTimerElement>(
          html`<a11y-clocked-countdown to="2021-10-13T18:00:00Z" seconds></a11y-clocked-countdown>`,
        );
        expect(part(el, 'time')).to.equal('30 minutes');
        expect($(el, 'button')).to.equal(null);
        expect(fake.delays[fake.delays.length - 1]).to.be.greaterThan(SEC + 10);
        await tick(el, 45 * SEC + 10);
        expect(part(el, 'time')).to.equal('29 minutes');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    },
  );
});
