/**
 * Course data for an element, from one of three sources (first present wins):
 *   1. the `course` property: a raw JSON-shaped object, validated exactly like fetched JSON;
 *   2. `src`: a URL, loaded through the shared loader (one request per URL per page);
 *   3. an inline `<script type="application/json">` child, for pages without an endpoint.
 *
 * A load starts when a source changes (checked in `hostUpdate()`, which CourseElement also
 * calls from `willUpdate()` so that data at hand reaches the first render), on `reload()`, on
 * a refresh tick, and on reconnect after an abort. A new load aborts the one in flight, and
 * only the latest may change what is shown. (This is the part of @lit/task's Task the library
 * used, written out: a third of its size, and Task's two gaps that pitfalls.md names, no abort
 * when the host leaves the document and no re-run after an abort, are handled here anyway.)
 * We abort this host's interest one macrotask after it disconnects (so a DOM move, disconnect
 * + reconnect in one task, neither errors nor refetches) and re-run on reconnect when that
 * abort happened. Data already shown is never dropped by a failed refresh: it stays, with
 * `stale` and `error` set.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CourseError, isCourseError } from '../core/course/errors.js';
import { parseCourse } from '../core/course/parse.js';
import type { Course, CourseIssue, ParseResult } from '../core/course/types.js';
import { loader as sharedLoader, type Loader } from '../data/loader.js';
import { CourseLoadEvent } from '../events/course-load.js';
import { CourseErrorEvent } from '../events/course-error.js';
import { clock as sharedClock, type Clock } from './clock.js';

export type CourseDataStatus = 'idle' | 'pending' | 'complete' | 'error';

/** What the controller reads from its host. */
export interface CourseDataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  course?: unknown;
  /** Seconds between refreshes of `src`; 0 or absent: never. */
  refresh?: number;
}

type Args = [src: string | undefined, course: unknown, inline: string | undefined];

const INLINE = ':scope > script[type="application/json"]';

export class CourseDataController implements ReactiveController {
  /** The course being shown (kept through failed refreshes). */
  course?: Course;
  /** Problems in the document that did not stop it from rendering. */
  issues: readonly CourseIssue[] = [];
  /** The last failure; with `course` still set when a refresh failed (`stale`). */
  error?: CourseError;
  /** True when a refresh failed and `course` is the previous data. */
  stale = false;

  /** A load is in flight (also while a course is shown and refreshes). */
  loading = false;

  #host: CourseDataHost;
  #loader: Loader;
  #clock: Clock;
  #sourceKey: unknown;
  #maxAgeMs = Infinity;
  #run = 0;
  /** The run whose course was applied last. */
  #applied = 0;
  #args?: Args;
  #abort?: AbortController;
  #abortTimer?: ReturnType<typeof setTimeout>;
  #interrupted = false;
  #cancelRefresh?: () => void;

  constructor(host: CourseDataHost, { loader = sharedLoader, clock = sharedClock }: { loader?: Loader; clock?: Clock } = {}) {
    this.#host = host;
    this.#loader = loader;
    this.#clock = clock;
    host.addController(this);
  }

  /** 'complete' whenever a course is shown, even while it refreshes or after a refresh failed. */
  get status(): CourseDataStatus {
    return this.course ? 'complete' : this.loading ? 'pending' : this.error ? 'error' : 'idle';
  }

  /** Load again now: a new (shared) request for `src`, a fresh parse otherwise. */
  reload(): Promise<void> {
    this.#maxAgeMs = -1;
    return this.#start();
  }

  /** Starts a load when a source changed since the last one (the first call always loads). */
  hostUpdate(): void {
    const prev = this.#args;
    if (!prev || this.#read().some((a, i) => !Object.is(a, prev[i]))) void this.#start();
  }

  #read(): Args {
    const h = this.#host;
    return [h.src || undefined, h.course, h.querySelector(INLINE)?.textContent ?? undefined];
  }

  /** Loads from the current sources, superseding (and aborting) a load in flight. */
  #start(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const run = ++this.#run;
    this.loading = true;
    this.#host.requestUpdate();
    const settle = () => {
      if (run !== this.#run) return;
      this.loading = false;
      this.#abort = undefined;
      // A course applied synchronously (the course property, inline JSON, a cached src) is
      // already in the update requested above, and `loading` changes nothing shown while a
      // course is: a second full render of the same thing cost 25 ms for 1,000 sessions.
      if (!(sync && this.course)) this.#host.requestUpdate();
    };
    const loaded = this.#load((this.#args = this.#read()), run, abort.signal);
    const sync = this.#applied === run;
    return loaded.then(settle, settle);
  }

  hostConnected(): void {
    if (this.#abortTimer !== undefined) {
      // Moved within the document: the request we were waiting for is still ours.
      clearTimeout(this.#abortTimer);
      this.#abortTimer = undefined;
    } else if (this.#interrupted) {
      this.#interrupted = false;
      void this.#start();
    }
    if (document.readyState === 'loading') {
      // Upgraded before the parser reached our children: look for inline JSON again.
      document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), { once: true });
    }
    this.#scheduleRefresh();
  }

  hostDisconnected(): void {
    this.#cancelRefresh?.();
    if (this.loading) {
      this.#abortTimer = setTimeout(() => {
        this.#abortTimer = undefined;
        this.#interrupted = true;
        this.#abort?.abort();
      });
    }
  }

  hostUpdated(): void {
    // A changed `refresh` or `src` takes effect from now.
    if (this.#wantedRefreshMs() !== this.#refreshMs) this.#scheduleRefresh();
  }

  #refreshMs = 0;

  #wantedRefreshMs(): number {
    return this.#host.src && this.#host.course == null ? Math.max(0, Number(this.#host.refresh) || 0) * 1000 : 0;
  }

  #scheduleRefresh(): void {
    this.#cancelRefresh?.();
    this.#cancelRefresh = undefined;
    const ms = (this.#refreshMs = this.#wantedRefreshMs());
    if (!ms || !this.#host.isConnected) return;
    // On the shared clock: no work in a hidden tab, a catch-up when it becomes visible.
    this.#cancelRefresh = this.#clock.wakeAt(this.#clock.now() + ms, () => {
      // Widgets refreshing the same URL within half a period share one request.
      this.#maxAgeMs = ms / 2;
      void this.#start();
      this.#scheduleRefresh();
    });
  }

  async #load([src, course, inline]: Args, run: number, signal: AbortSignal): Promise<void> {
    const maxAgeMs = this.#maxAgeMs;
    this.#maxAgeMs = Infinity;
    if (course === null) course = undefined;
    const key = course !== undefined ? course : src !== undefined ? `src:${src}` : inline !== undefined ? `inline:${inline}` : undefined;
    if (key !== this.#sourceKey) {
      // A different course: what was shown no longer applies.
      this.#sourceKey = key;
      this.course = undefined;
      this.issues = [];
      this.error = undefined;
      this.stale = false;
    }
    try {
      let result: ParseResult;
      // Data written into the page resolves relative links against the page's own address,
      // never document.baseURI: a <base href> (injected or not) must not move where links point.
      if (course !== undefined) result = parseCourse(course, { baseUrl: document.URL });
      else if (src !== undefined) {
        const hit = maxAgeMs === Infinity ? this.#loader.peek(src) : undefined;
        // A cached result is applied synchronously, so the first render already shows it.
        result = hit ?? (await this.#loader.load(src, { signal, maxAgeMs }));
      } else if (inline !== undefined) result = parseCourse(parseInline(inline), { baseUrl: document.URL });
      else return;
      if (run !== this.#run) throw new CourseError('aborted', 'Superseded');
      this.course = result.course;
      this.issues = result.issues;
      this.error = undefined;
      this.stale = false;
      this.#applied = run;
      this.#host.dispatchEvent(new CourseLoadEvent(result.course, result.issues));
    } catch (e) {
      const error = isCourseError(e) ? e : new CourseError('invalid', String(e));
      if (error.kind !== 'aborted' && run === this.#run) {
        this.error = error;
        this.stale = !!this.course;
        this.#host.dispatchEvent(new CourseErrorEvent(error, this.stale));
      }
      throw error;
    }
  }
}

function parseInline(text: string): unknown {
  if (!text.trim()) throw new CourseError('not-json', 'The inline <script type="application/json"> is empty');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CourseError('not-json', `The inline <script type="application/json"> is not valid JSON: ${(e as Error).message}`);
  }
}
