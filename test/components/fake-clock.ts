// An injectable platform for the shared Clock in element tests: the wall clock (`t`) and
// the time timers run on (`elapsed`) are separate, as they are in a real browser, so a test
// can let time pass (`advance`), sleep a laptop (`sleep`: the wall clock jumps and the overdue
// timer fires once on wake) or set the system clock back (`setBack`: timers keep their delays).
import { Clock, type ClockEnv } from '../../src/controllers/clock.js';

interface Timer {
  fn: () => void;
  due: number;
}

export interface FakeClock {
  clock: Clock;
  /** The wall clock, epoch ms. */
  t: number;
  /** Pending timers. */
  readonly timers: Map<number, Timer>;
  /** Every delay ever asked for. */
  readonly delays: number[];
  /** Start over at `t` with no timers (between tests). */
  reset(t: number): void;
  /** Let `ms` pass, firing each timer when it is due, in order. */
  advance(ms: number): void;
  /** The machine sleeps for `ms`: nothing runs, then every overdue timer fires once on wake. */
  sleep(ms: number): void;
  /** The system clock is set back by `ms`; pending timers still fire after their delays. */
  setBack(ms: number): void;
}

export function fakeClock(start: number): FakeClock {
  let id = 0;
  let elapsed = 0;
  const timers = new Map<number, Timer>();
  const delays: number[] = [];
  const runDue = (until: number) => {
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].due - b[1].due)[0];
      if (!next || next[1].due > until) return;
      timers.delete(next[0]);
      const skip = Math.max(0, next[1].due - elapsed);
      elapsed += skip;
      f.t += skip;
      next[1].fn();
    }
  };
  const env: ClockEnv = {
    now: () => f.t,
    setTimeout(fn, ms) {
      delays.push(ms);
      timers.set(++id, { fn, due: elapsed + ms });
      return id;
    },
    clearTimeout: (i) => void timers.delete(i as number),
  };
  const f: FakeClock = {
    clock: new Clock(env),
    t: start,
    timers,
    delays,
    reset(t) {
      f.t = t;
      timers.clear();
      delays.length = 0;
    },
    advance(ms) {
      const end = elapsed + ms;
      const wallEnd = f.t + ms;
      runDue(end);
      elapsed = end;
      f.t = wallEnd;
    },
    sleep(ms) {
      elapsed += ms;
      f.t += ms;
      // Overdue timers fire at once on wake; whatever they schedule is in the future.
      for (const t of timers.values()) t.due = Math.min(t.due, elapsed);
      runDue(elapsed);
    },
    setBack(ms) {
      f.t -= ms;
    },
  };
  return f;
}
