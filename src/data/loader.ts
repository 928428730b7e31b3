/**
 * The shared course loader: the only place in the library that calls `fetch`.
 *
 * Several widgets on a page usually point at the same JSON, so requests are shared per URL:
 * each consumer joins with its own AbortSignal and the request is aborted only when every
 * consumer has let go. A consumer that aborts gets an 'aborted' CourseError at once (the
 * data controller ignores it); nobody else notices. Completed results stay cached per URL
 * so a widget added later renders at once, and subscribe() hears of each new result, so a
 * reload or refresh by one widget reaches the others on its URL. The browser's HTTP cache
 * does revalidation: we never set request headers (a custom header forces a CORS
 * preflight) and only ask for `cache: 'no-cache'` when fetching a URL again.
 */

import { CourseError, isCourseError } from '../core/course/errors.js';
import { parseCourse } from '../core/course/parse.js';
import type { ParseResult } from '../core/course/types.js';

/** A parsed course and where and when it came from. */
export interface Loaded extends ParseResult {
  /** The absolute request URL (the cache key). */
  url: string;
  /** When the response completed (epoch ms). */
  atMs: number;
}

export interface LoaderOptions {
  /** Limit for one attempt, headers and whole body included. Default 10 s. */
  timeoutMs: number;
  /** Largest accepted body. Default 2 MB. */
  maxBytes: number;
  /** Retries after the first attempt, for network errors, 5xx and 429. Default 3. */
  retries: number;
  /** Delay before retry `n` (1-based), given the server's Retry-After in ms if any. */
  retryDelay: (attempt: number, retryAfterMs: number | undefined) => number;
}

const MB = 1_048_576;
/** Longest wait we accept from Retry-After or backoff. */
export const MAX_RETRY_WAIT_MS = 30_000;

/**
 * Exponential backoff with "equal jitter" (0.5-1 s, 1-2 s, 2-4 s, ...), or the server's
 * Retry-After when it sent one; both capped at 30 s.
 */
export function backoffDelay(attempt: number, retryAfterMs?: number, random = Math.random): number {
  const ms = retryAfterMs ?? 1000 * 2 ** (attempt - 1) * (0.5 + random() / 2);
  return Math.min(ms, MAX_RETRY_WAIT_MS);
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 10.2.3), in ms from `nowMs`. */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

const DEFAULTS: LoaderOptions = {
  timeoutMs: 10_000,
  maxBytes: 2 * MB,
  retries: 3,
  retryDelay: backoffDelay,
};

interface Flight {
  abort: AbortController;
  users: number;
  settled: boolean;
  promise: Promise<Loaded>;
}

const aborted = (url: string) => new CourseError('aborted', 'Loading was cancelled', { url });

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

export class Loader {
  /** Overrides of the defaults; change freely (tests shorten the timings). */
  options: Partial<LoaderOptions>;
  #flights = new Map<string, Flight>();
  #done = new Map<string, Loaded>();
  #subs = new Set<(loaded: Loaded) => void>();

  constructor(options: Partial<LoaderOptions> = {}) {
    this.options = options;
  }

  /** The last completed result for `url`, if any (synchronous: render it at once). */
  peek(url: string): Loaded | undefined {
    const key = absolute(url);
    return key ? this.#done.get(key) : undefined;
  }

  /**
   * Call `fn` with every new result, once it is cached (peek() returns it), before the
   * consumers that joined its request resume. Returns the unsubscribe function.
   */
  subscribe(callback: (loaded: Loaded) => void): () => void {
    this.#subs.add(callback);
    return () => this.#subs.delete(callback);
  }

  /**
   * The course at `url`: the cached result when it is younger than `maxAgeMs` (default:
   * any age), else a new request, shared with every other consumer of the same URL.
   * Rejects with a CourseError; with kind 'aborted' when `signal` aborts first.
   */
  load(
    url: string,
    { signal, maxAgeMs = Infinity }: { signal?: AbortSignal; maxAgeMs?: number } = {},
  ): Promise<Loaded> {
    const key = absolute(url);
    if (!key)
      return Promise.reject(
        new CourseError('network', `${JSON.stringify(url)} is not a valid URL`, { url }),
      );
    if (signal?.aborted) return Promise.reject(aborted(key));
    const done = this.#done.get(key);
    if (done && Date.now() - done.atMs <= maxAgeMs) return Promise.resolve(done);
    let flight = this.#flights.get(key);
    if (!flight) {
      const abort = new AbortController();
      const newFlight: Flight = {
        abort,
        users: 0,
        settled: false,
        promise: this.#fetch(key, abort.signal, done ? 'no-cache' : 'default').then(
          (result) => (this.#done.set(key, result), this.#subs.forEach((fn) => fn(result)), result),
        ),
      };
      newFlight.promise
        .finally(() => {
          newFlight.settled = true;
          if (this.#flights.get(key) === newFlight) this.#flights.delete(key);
        })
        // The shared promise must never be an unhandled rejection: consumers see it through join().
        .catch(() => {});
      this.#flights.set(key, (flight = newFlight));
    }
    return this.#join(key, flight, signal);
  }

  /** Fetch `url` again now (revalidating through the HTTP cache), still shared. */
  reload(url: string, signal?: AbortSignal): Promise<Loaded> {
    return this.load(url, { signal, maxAgeMs: -1 });
  }

  /** Forget cached results (all, or one URL's). In-flight requests are not affected. */
  clear(url?: string): void {
    if (url === undefined) this.#done.clear();
    else this.#done.delete(absolute(url) ?? url);
  }

  #join(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<Loaded> {
    flight.users++;
    return new Promise<Loaded>((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        signal?.removeEventListener('abort', onAbort);
        if (--flight.users === 0 && !flight.settled) {
          flight.abort.abort();
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
        }
      };
      const onAbort = () => {
        leave();
        reject(aborted(key));
      };
      signal?.addEventListener('abort', onAbort);
      flight.promise.then(
        (v) => (leave(), resolve(v)),
        (e) => (leave(), reject(e)),
      );
    });
  }

  async #fetch(url: string, signal: AbortSignal, cache: RequestCache): Promise<Loaded> {
    const settings = { ...DEFAULTS, ...this.options };
    for (let n = 1; ; n++) {
      let retryAfterMs: number | undefined;
      try {
        return await attempt(url, signal, cache, settings, (ms) => (retryAfterMs = ms));
      } catch (caught) {
        if (signal.aborted) throw aborted(url);
        const error = isCourseError(caught)
          ? caught
          : new CourseError('invalid', String(caught), { url });
        if (!error.retryable || n > settings.retries) throw error;
        await sleep(settings.retryDelay(n, retryAfterMs), signal).catch(() => {
          throw aborted(url);
        });
      }
    }
  }
}

function absolute(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

async function attempt(
  url: string,
  outer: AbortSignal,
  cache: RequestCache,
  settings: LoaderOptions,
  setRetryAfter: (ms: number | undefined) => void,
): Promise<Loaded> {
  const ctl = new AbortController();
  const stop = () => ctl.abort();
  outer.addEventListener('abort', stop);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, settings.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: ctl.signal, cache });
    } catch {
      throw new CourseError(
        'network',
        `${url}: the server could not be reached or blocked the request ` +
          '(CORS or Content-Security-Policy)',
        { url, retryable: true },
      );
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      const retryable = res.status >= 500 || res.status === 429;
      if (retryable) setRetryAfter(parseRetryAfter(res.headers.get('retry-after')));
      throw new CourseError(
        'http',
        `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        {
          status: res.status,
          url,
          retryable,
        },
      );
    }
    const text = (await readBody(res, settings.maxBytes, url)).trim();
    if (!text) throw new CourseError('not-json', 'Got an empty response, not JSON', { url });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (caught) {
      const type = res.headers.get('content-type');
      if (text.startsWith('<'))
        throw new CourseError(
          'not-json',
          `Got an HTML page (${type}), not JSON: a login or error page? Check the URL`,
          { url },
        );
      // Served as JSON, or it starts like JSON: it is JSON, cut off or with a syntax error.
      const looksJson = /\bjson\b/i.test(type ?? '') || /^[[{]/.test(text);
      throw new CourseError(
        looksJson ? 'malformed' : 'not-json',
        looksJson
          ? `Incomplete or malformed JSON (${type}): ${(caught as Error).message}`
          : `Not JSON (${type}): ${(caught as Error).message}`,
        { url },
      );
    }
    return { ...parseCourse(json, { baseUrl: res.url || url }), url, atMs: Date.now() };
  } catch (caught) {
    if (timedOut) {
      throw new CourseError(
        'timeout',
        `No complete response within ${settings.timeoutMs / 1000} s`,
        {
          url,
        },
      );
    }
    throw caught;
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', stop);
  }
}

/**
 * The body as text, refusing more than `max` bytes: by Content-Length up front, else while
 * streaming.
 */
async function readBody(res: Response, max: number, url: string): Promise<string> {
  const tooLarge = () =>
    new CourseError('too-large', `Response over the ${Math.round(max / MB)} MB limit`, { url });
  if (Number(res.headers.get('content-length')) > max) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The page-wide loader every element shares. */
export const loader = new Loader();
