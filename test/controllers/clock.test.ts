import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Clock, ClockController, clock as sharedClock } from '../../src/controllers/clock.js';
import { fakeClock } from '../components/fake-clock.js';
import { heldBy } from '../observe.js';

const NOON = Date.UTC(2021, 9, 13, 12, 0, 0);
const MAX_DELAY = 2 ** 31 - 1;

/** A Clock on the suite's fake timer platform (`env`: time, timers, document, window). */
function newClock(start = NOON) {
  const env = fakeClock(start);
  return { env, clock: env.clock };
}

describe('shared clock', () => {
  it('one timer for a hundred subscribers', () => {
    const { env, clock } = newClock();
    const calls = Array.from({ length: 100 }, () => 0);
    const offs = calls.map((_, i) =>
      clock.subscribe(() => calls[i]!++, i % 2 ? 'second' : 'minute'),
    );
    expect(env.timers.size).to.equal(1);
    env.advance(60_010);
    expect(env.timers.size).to.equal(1);
    expect(calls[1]).to.equal(60); // a second subscriber: every second
    expect(calls[0]).to.equal(1); // a minute subscriber: once, not sixty times
    offs.forEach((off) => off());
  });

  it('wakes just after the boundary of the finest granularity needed', () => {
    const { env, clock } = newClock(NOON + 30_250);
    const offMinute = clock.subscribe(() => {}, 'minute');
    expect(env.delay).to.equal(29_750 + 10);
    const offSecond = clock.subscribe(() => {}, 'second');
    expect(env.delay).to.equal(750 + 10);
    env.advance(760);
    expect(env.delay).to.equal(1000);
    offSecond();
    // Back to minutes: aligned to the next minute, counted from the current time.
    expect(env.delay).to.equal(60_000 - 31_010 + 10);
    offMinute();
    expect(env.timers.size).to.equal(0);
  });

  it('the callback sees the fresh time, on the boundary', () => {
    const { env, clock } = newClock(NOON + 400);
    const seen: number[] = [];
    const off = clock.subscribe((now) => seen.push(now), 'second');
    env.advance(3000);
    expect(seen).to.deep.equal([NOON + 1010, NOON + 2010, NOON + 3010]);
    off();
  });

  it('leaves no timer and no listener once the last subscriber and deadline are gone', () => {
    const { env, clock } = newClock();
    const a = clock.subscribe(() => {}, 'second');
    const b = clock.subscribe(() => {}, 'minute');
    const c = clock.wakeAt(NOON + 5000, () => {});
    expect(env.doc.listeners).to.equal(1);
    expect(env.win.listeners).to.equal(1);
    a();
    b();
    expect(env.timers.size).to.equal(1);
    c();
    expect(env.timers.size).to.equal(0);
    expect(env.doc.listeners).to.equal(0);
    expect(env.win.listeners).to.equal(0);
    expect(heldBy(clock)).to.equal(0);
    a(); // unsubscribing twice is harmless
    expect(env.timers.size).to.equal(0);
  });

  it('a deadline alone wakes exactly then, once, and then nothing is left', () => {
    const { env, clock } = newClock();
    const fired: number[] = [];
    clock.wakeAt(NOON + 90_000, (now) => fired.push(now));
    expect(env.delay).to.equal(90_000);
    env.advance(89_999);
    expect(fired).to.deep.equal([]);
    env.advance(1);
    expect(fired).to.deep.equal([NOON + 90_000]);
    expect(env.timers.size).to.equal(0);
  });

  it('the earliest of deadline and tick wins; a deadline folds into the minute timer', () => {
    const { env, clock } = newClock();
    let minutes = 0;
    const fired: string[] = [];
    const off = clock.subscribe(() => minutes++, 'minute');
    clock.wakeAt(NOON + 5_000, () => fired.push('5s'));
    clock.wakeAt(NOON + 180_000, () => fired.push('3min'));
    expect(env.delay).to.equal(5_000);
    env.advance(5_000);
    expect(fired).to.deep.equal(['5s']);
    expect(minutes).to.equal(0); // the deadline did not count as a minute tick
    expect(env.delay).to.equal(55_010);
    env.advance(180_000);
    expect(fired).to.deep.equal(['5s', '3min']);
    expect(minutes).to.equal(3);
    off();
  });

  it('a deadline in the past fires at once (delay 0)', () => {
    const { env, clock } = newClock();
    let fired = 0;
    clock.wakeAt(NOON - 1000, () => fired++);
    expect(env.delay).to.equal(0);
    env.advance(0);
    expect(fired).to.equal(1);
  });

  it('never schedules more than 2^31-1 ms, and still fires a far deadline on time', () => {
    const { env, clock } = newClock();
    const far = NOON + 100 * 86_400_000;
    const fired: number[] = [];
    clock.wakeAt(far, (now) => fired.push(now));
    expect(env.delay).to.equal(MAX_DELAY);
    env.advance(100 * 86_400_000);
    expect(fired).to.deep.equal([far]);
    expect(Math.max(...env.delays)).to.equal(MAX_DELAY);
  });

  it('a hidden page: no timer, no work; visible again: everyone notified at once, then aligned ticks', () => {
    const { env, clock } = newClock(NOON + 100);
    let ticks = 0;
    let deadline = 0;
    const off = clock.subscribe(() => ticks++, 'second');
    clock.wakeAt(NOON + 120_000, () => deadline++);
    env.setHidden(true);
    expect(env.timers.size).to.equal(0);
    env.advance(10 * 60_000);
    expect(ticks).to.equal(0);
    expect(deadline).to.equal(0);
    env.setHidden(false);
    expect(ticks).to.equal(1);
    expect(deadline).to.equal(1); // passed while hidden: caught up on the re-sync
    expect(env.delay).to.equal(910);
    off();
  });

  it('subscribing while hidden schedules nothing until the page is visible', () => {
    const { env, clock } = newClock();
    env.doc.hidden = true;
    let ticks = 0;
    const off = clock.subscribe(() => ticks++, 'minute');
    expect(env.timers.size).to.equal(0);
    env.setHidden(false);
    expect(ticks).to.equal(1);
    expect(env.timers.size).to.equal(1);
    off();
  });

  it('a timer that fires while hidden does nothing', () => {
    const { env, clock } = newClock();
    let ticks = 0;
    const off = clock.subscribe(() => ticks++, 'second');
    env.doc.hidden = true; // no event yet: the timer is still pending
    env.advance(5000);
    expect(ticks).to.equal(0);
    expect(env.timers.size).to.equal(0);
    off();
  });

  it('pageshow (back/forward cache) re-syncs at once', () => {
    const { env, clock } = newClock();
    const seen: number[] = [];
    const off = clock.subscribe((now) => seen.push(now), 'minute');
    env.t += 3 * 3_600_000; // frozen in the bfcache for three hours
    env.win.dispatchEvent(new Event('pageshow'));
    expect(seen).to.deep.equal([NOON + 3 * 3_600_000]);
    expect(env.delay).to.equal(60_010);
    off();
  });

  it('a jump forward of hours (laptop asleep): one notification with the new time, deadlines on the way fire', () => {
    const { env, clock } = newClock();
    const seen: number[] = [];
    const fired: string[] = [];
    const off = clock.subscribe((now) => seen.push(now), 'minute');
    clock.wakeAt(NOON + 3_600_000, () => fired.push('1h'));
    clock.wakeAt(NOON + 7 * 3_600_000, () => fired.push('7h'));
    env.t += 5 * 3_600_000 + 1234;
    env.fire();
    expect(seen).to.deep.equal([NOON + 5 * 3_600_000 + 1234]);
    expect(fired).to.deep.equal(['1h']);
    expect(env.delay).to.equal(60_000 - 1234 + 10);
    off();
  });

  it('a clock set back two minutes: notified with the earlier time, deadlines not fired early', () => {
    const { env, clock } = newClock(NOON + 30_000);
    const seen: number[] = [];
    const fired: number[] = [];
    const off = clock.subscribe((now) => seen.push(now), 'minute');
    clock.wakeAt(NOON + 60_005, (now) => fired.push(now));
    env.advance(30_005); // the deadline passes first
    expect(fired).to.deep.equal([NOON + 60_005]);
    clock.wakeAt(NOON + 150_000, (now) => fired.push(now));
    env.t -= 120_000; // NTP sets the clock back
    env.fire();
    expect(seen).to.deep.equal([NOON + 60_005, NOON - 59_995]);
    expect(fired).to.have.length(1);
    // The next wake is computed from the new time: the next minute boundary, not 2 minutes + 1.
    expect(env.delay).to.equal(60_005);
    off();
  });

  it('a callback that throws does not stop the clock', () => {
    const { env, clock } = newClock();
    let ok = 0;
    const offBad = clock.subscribe(() => {
      throw new Error('boom');
    }, 'second');
    const offGood = clock.subscribe(() => ok++, 'second');
    expect(() => env.advance(1010)).to.throw('boom');
    expect(env.timers.size).to.equal(1);
    offBad();
    env.advance(1000);
    expect(ok).to.be.greaterThan(0);
    offGood();
  });

  it('real timers: the first tick comes at or after the next second boundary, with the fresh time', async () => {
    // Not the shared clock: wtr's second page per browser is hidden, where it rightly sleeps.
    // Hidden pages also delay timers by up to a second, so exact alignment is checked above.
    const real = new Clock({
      now: () => Date.now(),
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (id) => clearTimeout(id as number),
    });
    const start = Date.now();
    const stamp = await new Promise<number>((resolve) => {
      const off = real.subscribe((now) => {
        off();
        resolve(now);
      }, 'second');
    });
    expect(stamp).to.be.at.least(start - (start % 1000) + 1000);
    expect(Math.abs(stamp - Date.now())).to.be.below(50);
    expect(heldBy(real)).to.equal(0);
  });

  it('the page-wide clock counts and releases its subscribers', () => {
    const before = heldBy(sharedClock);
    const off = sharedClock.subscribe(() => {}, 'second');
    expect(heldBy(sharedClock)).to.equal(before + 1);
    off();
    expect(heldBy(sharedClock)).to.equal(before);
  });
});

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  update() {
    this.controllers.forEach((c) => c.hostUpdate?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

describe('ClockController', () => {
  it('subscribes while connected and asks for an update each tick', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    const c = new ClockController(host, { granularity: 'second', clock });
    expect(env.timers.size).to.equal(0);
    host.connect();
    expect(heldBy(clock)).to.equal(1);
    env.advance(3010);
    expect(host.updates).to.equal(3);
    expect(c.nowMs).to.equal(NOON + 3010);
    host.disconnect();
    expect(heldBy(clock)).to.equal(0);
    expect(env.timers.size).to.equal(0);
  });

  it('an `onTick` replaces the update on each tick; a deadline still asks for an update', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    const ticks: number[] = [];
    const c: ClockController = new ClockController(host, {
      granularity: 'second',
      clock,
      onTick: () => ticks.push(c.nowMs),
    });
    host.connect();
    c.wakeAt(NOON + 2500);
    env.advance(3010);
    expect(ticks).to.deep.equal([NOON + 1010, NOON + 2010, NOON + 3010]);
    expect(host.updates, 'the deadline only').to.equal(1);
    host.disconnect();
    expect(heldBy(clock)).to.equal(0);
  });

  it('with a fixed now it does not subscribe at all, and reports that instant', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    let fixed: number | undefined = Date.UTC(2030, 0, 1);
    const c = new ClockController(host, { clock, fixedNow: () => fixed });
    host.connect();
    c.wakeAt(NOON + 1000);
    expect(heldBy(clock)).to.equal(0);
    expect(env.timers.size).to.equal(0);
    expect(c.nowMs).to.equal(Date.UTC(2030, 0, 1));
    fixed = undefined; // preview off: the real clock runs from the next update
    host.update();
    expect(heldBy(clock)).to.equal(2);
    expect(c.nowMs).to.equal(NOON);
    host.disconnect();
  });

  it('follows a granularity function at each update', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    let g: 'second' | 'minute' = 'minute';
    new ClockController(host, { clock, granularity: () => g });
    host.connect();
    expect(env.delay).to.equal(60_010);
    g = 'second';
    host.update();
    expect(env.delay).to.equal(1010);
    host.disconnect();
    expect(env.timers.size).to.equal(0);
  });

  it('wakeAt: one deadline per host, replaced by the next call, updating the host once', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    const c = new ClockController(host, { clock, granularity: undefined });
    host.connect();
    c.wakeAt(NOON + 10_000);
    c.wakeAt(NOON + 20_000);
    expect(heldBy(clock)).to.equal(1);
    expect(env.delay).to.equal(20_000);
    env.advance(20_000);
    expect(host.updates).to.equal(1);
    // The host re-renders and asks for the same (now past) instant again: not re-armed.
    host.update();
    expect(env.timers.size).to.equal(0);
    expect(host.updates).to.equal(1);
    c.wakeAt(undefined);
    host.disconnect();
    expect(heldBy(clock)).to.equal(0);
  });

  it('wakeAt: a deadline that fired is armed again once the clock goes back before it', () => {
    const { env, clock } = newClock();
    const host = new FakeHost();
    const c = new ClockController(host, { clock, granularity: undefined });
    host.connect();
    c.wakeAt(NOON + 10_000);
    env.advance(10_000);
    expect(host.updates).to.equal(1);
    host.update(); // same instant, now past: not re-armed
    expect(env.timers.size).to.equal(0);
    env.t -= 60_000; // the system clock goes back a minute: the instant is ahead again
    host.update(); // the host re-renders (a tick, a visibility change) and asks for it again
    expect(env.delay).to.equal(60_000);
    env.advance(59_999);
    expect(host.updates).to.equal(1);
    env.advance(1);
    expect(host.updates, 'woken again at the instant').to.equal(2);
    host.update();
    expect(env.timers.size).to.equal(0);
    host.disconnect();
    expect(heldBy(clock)).to.equal(0);
  });

  it('fifty hosts share one timer and leave none behind', () => {
    const { env, clock } = newClock();
    const hosts = Array.from({ length: 50 }, () => new FakeHost());
    hosts.forEach((h, i) => {
      const c = new ClockController(h, { clock, granularity: i % 2 ? 'second' : 'minute' });
      h.connect();
      c.wakeAt(NOON + 1000 * (i + 1));
    });
    expect(env.timers.size).to.equal(1);
    env.advance(60_010);
    expect(env.timers.size).to.equal(1);
    expect(hosts[1]!.updates).to.equal(60 + 1); // 60 seconds + its deadline
    expect(hosts[0]!.updates).to.equal(1 + 1); // one minute + its deadline
    hosts.forEach((h) => h.disconnect());
    expect(env.timers.size).to.equal(0);
    expect(heldBy(clock)).to.equal(0);
  });
});
