// Helpers for tests that talk to the fault routes of test/server/plugins.mjs, and a quick loader for them.
import { loader } from '../../src/data/loader.js';

/** A key no other test (in this file, zone or run) uses, so request counters never collide. */
export const uniqueKey = (): string =>
  `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

export interface Counts {
  count: number;
  cancelled: number;
}

/** How many requests the server saw for `key`, and how many the client abandoned. */
export async function serverCounts(key: string): Promise<Counts> {
  const res = await fetch(`/__fault/count/${key}`, { cache: 'no-store' });
  return res.json();
}

export async function serverConfig(): Promise<{ corsOrigin: string; refusedOrigin: string }> {
  return (await fetch('/__fault/config', { cache: 'no-store' })).json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check()` is true, polling; rejects after `ms`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms = 3000,
  what = 'condition',
): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Collects unhandled promise rejections while it is installed. */
export function watchUnhandled(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const on = (e: PromiseRejectionEvent) => {
    reasons.push(e.reason);
    e.preventDefault();
  };
  window.addEventListener('unhandledrejection', on);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', on) };
}

/** For the enclosing describe: the shared loader retries after 5 ms and gives up after 3 s (restored after). */
export function quickLoader(): void {
  let saved: typeof loader.options;
  before(() => {
    saved = loader.options;
    loader.options = { retryDelay: () => 5, timeoutMs: 3000 };
  });
  after(() => (loader.options = saved));
}
