// <countdown-timer> on an injected clock: the whole life of the seed course, countdown-end
// once per reached target (also after a laptop sleeps past it, and when the clock goes back),
// minute ticks far from the start and second ticks in the final hour, a countdown across a
// DST change, and 50 countdowns on one timer that leave nothing behind.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { CountdownTimerElement } from '../../../src/components/countdown-timer/countdown-timer.js';
import '../../../src/components/countdown-timer/define.js';
import { clock as sharedClock } from '../../../src/controllers/clock.js';
import { loader } from '../../../src/data/loader.js';
import type { CountdownEndEvent } from '../../../src/events/countdown-end.js';
import { fakeClock } from '../fake-clock.js';
import { SEED, T, part, seen, shown } from '../helpers.js';
import { heldBy } from '../../observe.js';

const fake = fakeClock(T('2021-10-13T17:00:00Z'));
class ClockedCountdown extends CountdownTimerElement {
  static override clock = fake.clock;
}
ClockedCountdown.define('clocked-countdown');

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

async function tick(el: CountdownTimerElement, ms: number, how: 'advance' | 'sleep' = 'advance') {
  fake[how](ms);
  await el.updateComplete;
  await el.updateComplete; // countdown-end is dispatched from updated()
}

/** Let `ms` pass in steps of `step`, letting the element render after each (as a browser would between ticks). */
async function walk(el: CountdownTimerElement, ms: number, step: number) {
  for (let done = 0; done < ms; done += step) await tick(el, Math.min(step, ms - done));
}

function listen(el: HTMLElement) {
  const ends: [string, string | undefined][] = [];
  el.addEventListener('countdown-end', (e: CountdownEndEvent) =>
    ends.push([new Date(e.targetMs).toISOString(), e.sessionId]),
  );
  return ends;
}

/** The delay of the one pending timer: a second tick is at most 1 s away, a minute tick more. */
const nextDelay = () => {
  expect(fake.timers.size, 'pending timers').to.equal(1);
  return fake.delays[fake.delays.length - 1]!;
};

describe('<countdown-timer> over time', () => {
  beforeEach(() => loader.clear());
  afterEach(() => {
    fixtureCleanup();
    expect(heldBy(fake.clock), 'clock subscribers left').to.equal(0);
    expect(fake.timers.size, 'timers left').to.equal(0);
  });

  it('counting -> live -> the next session -> ... -> "This course has ended"; countdown-end once per start', async () => {
    fake.reset(T('2021-10-13T16:58:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<clocked-countdown src=${SEED}></clocked-countdown>`,
    );
    const ends = listen(el);
    await shown(el);
    expect(part(el, 'status')).to.equal('Starts in 1 hour, 2 minutes');
    expect(nextDelay()).to.be.greaterThan(SEC); // minute ticks, one hour out
    await tick(el, 2 * MIN); // 17:00:00, exactly an hour to go: a deadline, then seconds
    expect(part(el, 'status')).to.equal('Starts in 1 hour');
    await tick(el, SEC + 10); // second ticks land 10 ms after the boundary: 17:00:01.010
    expect(part(el, 'status')).to.equal('Starts in 59 minutes, 59 seconds');
    expect(nextDelay()).to.be.at.most(SEC + 10);
    await tick(el, HOUR - SEC - 11); // 17:59:59.999
    expect(part(el, 'status')).to.equal('Starts in 1 second');
    expect(ends).to.deep.equal([]);
    await tick(el, 1); // 18:00:00.000: the start instant itself
    expect(part(el, 'status')).to.equal('Live now');
    expect(ends).to.deep.equal([['2021-10-13T18:00:00.000Z', 'w1-s1']]);
    expect(nextDelay()).to.be.greaterThan(SEC); // live: back to minutes
    await tick(el, 45 * MIN); // 18:45, intermission: counting to the next session
    expect(seen(el)).to.contain('Case Study').and.contain('Starts in 15 minutes');
    await tick(el, 15 * MIN);
    expect(part(el, 'status')).to.equal('Live now');
    expect(ends.map((e) => e[1])).to.deep.equal(['w1-s1', 'w1-s2']);
    // w1-s3 starts when w1-s2 ends: straight from live to live, no countdown in between, no end event.
    await tick(el, 45 * MIN);
    expect(seen(el)).to.equal(
      'Getting Started with Strategic Partnership Planning | Live now | Join',
    );
    await walk(el, 14 * DAY + 6 * HOUR, HOUR); // to 2021-10-28T01:45Z, rendering every hour: every session is over
    expect(seen(el)).to.equal('This course has ended | Watch on demand');
    expect(ends.map((e) => e[1])).to.deep.equal([
      'w1-s1',
      'w1-s2',
      'w2-s1',
      'w2-s2',
      'w3-s1',
      'w3-s2',
    ]);
  });

  it('a laptop asleep through the start fires countdown-end once on wake, not zero or many times', async () => {
    fake.reset(T('2021-10-11T18:00:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<clocked-countdown src=${SEED}></clocked-countdown>`,
    );
    const ends = listen(el);
    await shown(el);
    expect(part(el, 'status')).to.equal('Starts in 2 days');
    await tick(el, 2 * DAY + 3 * HOUR, 'sleep'); // wakes 2021-10-13T21:00Z: the whole first day is over
    expect(seen(el)).to.contain('Equity-Based').and.contain('Starts in 6 days, 21 hours');
    expect(ends).to.deep.equal([['2021-10-13T18:00:00.000Z', 'w1-s1']]);
    await tick(el, 5 * MIN);
    await tick(el, HOUR, 'sleep');
    expect(ends).to.have.length(1);
  });

  it('a clock set back two minutes counts again, but the end event and "Live now" are not repeated', async () => {
    fake.reset(T('2021-10-13T18:00:30Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<clocked-countdown to="2021-10-13T18:01:00Z"></clocked-countdown>`,
    );
    const ends = listen(el);
    await tick(el, 30 * SEC);
    expect(part(el, 'status')).to.equal('Started');
    expect(ends).to.have.length(1);
    fake.setBack(2 * MIN); // 17:59:00
    await tick(el, MIN + 20); // the next minute tick reads the clock afresh
    expect(part(el, 'status')).to.equal('Starts in 1 minute');
    await tick(el, 2 * MIN);
    expect(part(el, 'status')).to.equal('Started');
    expect(ends, 'countdown-end fires once per target').to.have.length(1);
  });

  it('across the autumn DST change: 25 hours become "1 day, 1 hour", and a day later "1 hour"', async () => {
    // Noon New York Nov 6 (EDT, 16:00Z) to noon Nov 7 (EST, 17:00Z)
    fake.reset(T('2021-11-06T16:00:00Z'));
    const el = await fixture<CountdownTimerElement>(
      html`<clocked-countdown to="2021-11-07T17:00:00Z" time-zone="America/New_York"></clocked-countdown>`,
    );
    expect(part(el, 'status')).to.equal('Starts in 1 day, 1 hour');
    await tick(el, DAY);
    expect(part(el, 'status')).to.equal('Starts in 1 hour');
  });

  it('50 countdowns share one timer, and leave no subscriber or timer once removed', async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const box = await fixture<HTMLElement>(
      html`<div>${Array.from({ length: 50 }, (_, i) => html`<clocked-countdown to=${new Date(T('2021-10-13T18:00:00Z') + i * MIN).toISOString()}></clocked-countdown>`)}</div>`,
    );
    const timers = [...box.children] as CountdownTimerElement[];
    await Promise.all(timers.map((t) => t.updateComplete));
    expect(fake.timers.size, 'timers for 50 countdowns').to.equal(1);
    expect(heldBy(fake.clock)).to.equal(100); // a second subscription and a deadline each
    await tick(timers[0]!, 5 * SEC + 10); // to the fifth second tick: a tick writes the time it reads then
    await Promise.all(timers.map((t) => t.updateComplete));
    expect(part(timers[0]!, 'status')).to.equal('Starts in 29 minutes, 55 seconds');
    expect(part(timers[49]!, 'status')).to.equal('Starts in 1 hour, 19 minutes');
    expect(fake.timers.size).to.equal(1);
    box.remove();
    expect(heldBy(fake.clock)).to.equal(0);
    expect(fake.timers.size).to.equal(0);
  });

  it('on the real shared clock too: 50 countdowns subscribe, and none is left once removed', async () => {
    const before = heldBy(sharedClock);
    const soon = new Date(Date.now() + 30 * MIN).toISOString();
    const box = await fixture<HTMLElement>(
      html`<div>${Array.from({ length: 50 }, () => html`<countdown-timer to=${soon}></countdown-timer>`)}</div>`,
    );
    await Promise.all([...box.children].map((t) => (t as CountdownTimerElement).updateComplete));
    expect(heldBy(sharedClock) - before).to.equal(100);
    box.remove();
    expect(heldBy(sharedClock)).to.equal(before);
  });
});
