// The suite's one fake timer platform: a ClockEnv for the shared Clock that moves only when a
// test says so. The wall clock (`t`) and the time timers run on (`elapsed`) are separate, as
// they are in a real browser, so a test can let time pass (`advance`), sleep a laptop
// (`sleep`: the wall clock jumps and the overdue timer fires once on wake), set the system
// clock back (`setBack`: timers keep their delays), fire the pending timer whatever the time
// (`fire`), or hide the page (`setHidden`). Element tests give an element class `fake.clock`;
// the Clock's own tests build one from `fake.env`. A test that shows nothing happens later
// advances this clock; it never waits on real time.
import { Clock, type ClockEnv } from '../../src/controllers/clock.js';

interface Timer {
  fn: () => void;
  /** The delay asked for. */
  ms: number;
  /** When it fires, on the timers' time line. */
  due: number;
}

/** An EventTarget that counts the listeners it holds (a clock must leave none behind). */
export class CountingTarget extends EventTarget {
  listeners = 0;
  hidden = false;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners--;
    super.removeEventListener(...args);
  }
}

export interface FakeClock {
  /** A Clock on this platform. */
  clock: Clock;
  /** The platform itself, to build another Clock on. */
  env: ClockEnv;
  /** The wall clock, epoch ms (a test may set it: a jump no timer notices). */
  t: number;
  /** Pending timers. */
  readonly timers: Map<number, Timer>;
  /** Every delay ever asked for. */
  readonly delays: number[];
  /** The single pending delay (fails when there is not exactly one timer). */
  readonly delay: number;
  /** The document: `hidden` and `visibilitychange`. */
  readonly doc: CountingTarget;
  /** The window: `pageshow`. */
  readonly win: CountingTarget;
  /** Start over at `t` with no timers (between tests). */
  reset(t: number): void;
  /** Let `ms` pass, firing each timer when it is due, in order. */
  advance(ms: number): void;
  /** The machine sleeps for `ms`: nothing runs, then every overdue timer fires once on wake. */
  sleep(ms: number): void;
  /** The system clock is set back by `ms`; pending timers still fire after their delays. */
  setBack(ms: number): void;
  /** Fire the one pending timer now, whatever the wall clock shows. */
  fire(): void;
  /** The page becomes hidden or visible. */
  setHidden(hidden: boolean): void;
}

export function fakeClock(start: number): FakeClock {
  let id = 0;
  let elapsed = 0;
  const timers = new Map<number, Timer>();
  const delays: number[] = [];
  const doc = new CountingTarget();
  const win = new CountingTarget();
  const runDue = (until: number) => {
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].due - b[1].due)[0];
      if (!next || next[1].due > until) return;
      timers.delete(next[0]);
      const skip = Math.max(0, next[1].due - elapsed);
      elapsed += skip;
      fake.t += skip;
      next[1].fn();
    }
  };
  const env: ClockEnv = {
    now: () => fake.t,
    setTimeout(fn, ms) {
      delays.push(ms);
      timers.set(++id, { fn, ms, due: elapsed + ms });
      return id;
    },
    clearTimeout: (timerId) => void timers.delete(timerId as number),
    doc,
    win,
  };
  const fake: FakeClock = {
    clock: new Clock(env),
    env,
    t: start,
    timers,
    delays,
    doc,
    win,
    get delay() {
      if (timers.size !== 1) throw new Error(`${timers.size} pending timers, expected one`);
      return [...timers.values()][0]!.ms;
    },
    reset(t) {
      fake.t = t;
      timers.clear();
      delays.length = 0;
    },
    advance(ms) {
      const end = elapsed + ms;
      const wallEnd = fake.t + ms;
      runDue(end);
      elapsed = end;
      fake.t = wallEnd;
    },
    sleep(ms) {
      elapsed += ms;
      fake.t += ms;
      // Overdue timers fire at once on wake; whatever they schedule is in the future.
      for (const timer of timers.values()) timer.due = Math.min(timer.due, elapsed);
      runDue(elapsed);
    },
    setBack(ms) {
      fake.t -= ms;
    },
    fire() {
      const [entry, ...others] = [...timers.entries()];
      if (!entry || others.length) throw new Error(`${timers.size} pending timers, expected one`);
      timers.delete(entry[0]);
      entry[1].fn();
    },
    setHidden(hidden) {
      doc.hidden = hidden;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
  return fake;
}
