/**
 * One clock for every time-aware element on the page (200 countdowns with their own
 * intervals cost twice the main-thread time of one shared ticker).
 *
 * - It wakes at the finest granularity a subscriber needs, just after the boundary
 *   (12:00:00.000 + a few ms), or earlier for a registered deadline ("wake me when the
 *   session starts"), with a single timer.
 * - It never counts ticks: every wake reads the time afresh, so a laptop waking hours later
 *   or a clock set back two minutes is simply the new "now". A subscriber hears about a
 *   tick only when its own minute (or second) changed.
 * - No delay exceeds 2^31-1 ms (longer `setTimeout` delays fire at once).
 * - Nothing is scheduled while the page is hidden (hidden tabs are throttled anyway);
 *   `visibilitychange` back to visible and `pageshow` notify everyone at once, then resume.
 * - With no subscriber and no deadline left, no timer and no listener remain.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Granularity = 'second' | 'minute';

const UNIT: Record<Granularity, number> = { second: 1000, minute: 60_000 };
const MAX_DELAY = 2 ** 31 - 1;
/** How far past a boundary we wake, so the boundary has surely passed on `Date.now()`. */
const EPSILON = 10;

/** What the clock needs from the platform; injected in tests. */
export interface ClockEnv {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Where `hidden` and `visibilitychange` come from (the document). */
  doc?: EventTarget & { readonly hidden: boolean };
  /** Where `pageshow` comes from (the window). */
  win?: EventTarget;
}

interface Subscriber {
  cb: (nowMs: number) => void;
  unit: number;
  last: number;
}

interface Deadline {
  at: number;
  cb: (nowMs: number) => void;
}

const browserEnv = (): ClockEnv => ({
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as number),
  doc: globalThis.document,
  win: globalThis.window,
});

export class Clock {
  #env: ClockEnv;
  #subs = new Set<Subscriber>();
  #deadlines = new Set<Deadline>();
  #timer: unknown;
  #listening = false;

  constructor(env: ClockEnv = browserEnv()) {
    this.#env = env;
  }

  now(): number {
    return this.#env.now();
  }

  /** Call `cb` whenever the current second or minute changes. Returns the unsubscribe function. */
  subscribe(callback: (nowMs: number) => void, granularity: Granularity = 'minute'): () => void {
    const unit = UNIT[granularity];
    const sub: Subscriber = { cb: callback, unit, last: Math.floor(this.now() / unit) };
    this.#subs.add(sub);
    this.#schedule();
    return () => this.#subs.delete(sub) && this.#schedule();
  }

  /** Call `cb` once, as soon as the time is `atMs` or later. Returns the cancel function. */
  wakeAt(atMs: number, callback: (nowMs: number) => void): () => void {
    const deadline: Deadline = { at: atMs, cb: callback };
    this.#deadlines.add(deadline);
    this.#schedule();
    return () => this.#deadlines.delete(deadline) && this.#schedule();
  }

  #schedule(): void {
    const env = this.#env;
    if (this.#timer !== undefined) env.clearTimeout(this.#timer);
    this.#timer = undefined;
    const active = this.#subs.size + this.#deadlines.size > 0;
    if (active !== this.#listening) {
      const how = active ? 'addEventListener' : 'removeEventListener';
      env.doc?.[how]('visibilitychange', this.#resync);
      env.win?.[how]('pageshow', this.#resync);
      this.#listening = active;
    }
    if (!active || env.doc?.hidden) return;
    const now = this.now();
    let unit = Infinity;
    for (const subscriber of this.#subs) unit = Math.min(unit, subscriber.unit);
    let next = unit < Infinity ? now - (now % unit) + unit + EPSILON : Infinity;
    for (const deadline of this.#deadlines) next = Math.min(next, deadline.at);
    this.#timer = env.setTimeout(
      () => this.#tick(false),
      Math.min(Math.max(0, next - now), MAX_DELAY),
    );
  }

  #tick(all: boolean): void {
    try {
      if (this.#env.doc?.hidden) return;
      const now = this.now();
      for (const deadline of [...this.#deadlines]) {
        if (deadline.at <= now) {
          this.#deadlines.delete(deadline);
          deadline.cb(now);
        }
      }
      for (const subscriber of [...this.#subs]) {
        const bucket = Math.floor(now / subscriber.unit);
        if (all || bucket !== subscriber.last) {
          subscriber.last = bucket;
          subscriber.cb(now);
        }
      }
    } finally {
      this.#schedule();
    }
  }

  #resync = (): void => {
    if (this.#env.doc?.hidden)
      this.#schedule(); // going hidden: drop the timer
    else this.#tick(true);
  };
}

/** The page-wide clock every element shares. */
export const clock = new Clock();

type GranularityOption = Granularity | undefined | (() => Granularity | undefined);

export interface ClockOptions {
  /**
   * How often the host re-renders; `undefined`: only at `wakeAt` deadlines. Default 'minute'.
   * A function is read at every host update (after `willUpdate`), for hosts whose needs change.
   */
  granularity?: GranularityOption;
  /** A fixed "now" (preview mode); while it returns a number the controller does not tick. */
  fixedNow?: () => number | undefined;
  /**
   * What a tick of the subscription does; default `host.requestUpdate()`. A host that can
   * bring a ticking text up to date without a whole update does that here, and requests one
   * when it cannot. `wakeAt` deadlines always request an update.
   */
  onTick?: () => void;
  clock?: Clock;
}

/**
 * Re-renders its host on the shared clock. Set `granularity` and call `wakeAt()` from the
 * host's `willUpdate()`; the subscription follows in the same update. A host whose ticks
 * usually change a single text passes `onTick` to write it without a whole update.
 */
export class ClockController implements ReactiveController {
  granularity: GranularityOption;
  readonly #onTick: () => void;
  #host: ReactiveControllerHost;
  #clock: Clock;
  #fixedNow: () => number | undefined;
  #connected = false;
  #subscribed?: Granularity;
  #unsubscribe?: () => void;
  #wantAt?: number;
  #at?: number;
  #fired?: number;
  #cancelAt?: () => void;

  constructor(host: ReactiveControllerHost, options: ClockOptions = {}) {
    const {
      fixedNow = () => undefined,
      onTick = () => host.requestUpdate(),
      clock: sharedOrGiven = clock,
    } = options;
    this.#host = host;
    this.granularity = 'granularity' in options ? options.granularity : 'minute';
    this.#onTick = onTick;
    this.#fixedNow = fixedNow;
    this.#clock = sharedOrGiven;
    host.addController(this);
  }

  /** The fixed `now` in preview mode, else the real time, read afresh. */
  get nowMs(): number {
    return this.#fixedNow() ?? this.#clock.now();
  }

  /**
   * Re-render the host at `atMs` (one deadline per host; a new call replaces it, undefined clears
   * it).
   */
  wakeAt(atMs: number | undefined): void {
    this.#wantAt = atMs;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    const live = this.#connected && this.#fixedNow() === undefined;
    const granularity = this.granularity;
    const wanted = typeof granularity === 'function' ? granularity() : granularity;
    const want = live ? wanted : undefined;
    if (want !== this.#subscribed) {
      this.#unsubscribe?.();
      this.#unsubscribe = want && this.#clock.subscribe(() => this.#onTick(), want);
      this.#subscribed = want;
    }
    // A deadline that already fired is not armed again (the host rendered after it), unless
    // the clock has since gone back before it: then it is ahead again and must fire when reached.
    const wantAt = this.#wantAt;
    const armed = wantAt !== undefined && (wantAt !== this.#fired || wantAt > this.#clock.now());
    const at = live && armed ? wantAt : undefined;
    if (at !== this.#at) {
      this.#cancelAt?.();
      this.#cancelAt =
        at === undefined
          ? undefined
          : this.#clock.wakeAt(at, () => {
              this.#fired = at;
              this.#at = this.#cancelAt = undefined;
              this.#host.requestUpdate();
            });
      this.#at = at;
    }
  }
}
