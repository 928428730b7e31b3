/**
 * Course data for an element, from one of three sources (first present wins):
 *   1. the `course` property: a raw JSON-shaped object, validated exactly like fetched JSON;
 *   2. `src`: a URL, loaded through the shared loader (one request per URL per page);
 *   3. an inline `<script type="application/json">` child, for pages without an endpoint.
 *
 * Built on @lit/task, with the two gaps pitfalls.md names closed here: Task does not abort
 * when the host leaves the document, and an aborted run ends in its error state and never
 * re-runs. We abort this host's interest one macrotask after it disconnects (so a DOM
 * move, disconnect + reconnect in one task, neither errors nor refetches) and re-run on
 * reconnect when that abort happened. Data already shown is never dropped by a failed
 * refresh: it stays, with `stale` and `error` set.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
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

  /** @internal */ readonly task: Task<Args, ParseResult | typeof initialState>;
  #host: CourseDataHost;
  #loader: Loader;
  #clock: Clock;
  #sourceKey: unknown;
  #maxAgeMs = Infinity;
  #run = 0;
  #abortTimer?: ReturnType<typeof setTimeout>;
  #interrupted = false;
  #cancelRefresh?: () => void;

  constructor(host: CourseDataHost, { loader = sharedLoader, clock = sharedClock }: { loader?: Loader; clock?: Clock } = {}) {
    this.#host = host;
    this.#loader = loader;
    this.#clock = clock;
    host.addController(this);
    this.task = new Task<Args, ParseResult | typeof initialState>(host, {
      task: (args, { signal }) => this.#load(args, signal),
      args: () => [host.src || undefined, host.course, host.querySelector(INLINE)?.textContent ?? undefined],
    });
  }

  /** 'complete' whenever a course is shown, even while it refreshes or after a refresh failed. */
  get status(): CourseDataStatus {
    if (this.course) return 'complete';
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.ERROR:
        return this.error ? 'error' : 'idle';
      case TaskStatus.COMPLETE:
        return 'complete';
      default:
        return 'idle';
    }
  }

  /** Load again now: a new (shared) request for `src`, a fresh parse otherwise. */
  reload(): Promise<void> {
    this.#maxAgeMs = -1;
    return this.task.run().catch(() => {});
  }

  hostConnected(): void {
    if (this.#abortTimer !== undefined) {
      // Moved within the document: the request we were waiting for is still ours.
      clearTimeout(this.#abortTimer);
      this.#abortTimer = undefined;
    } else if (this.#interrupted) {
      this.#interrupted = false;
      void this.task.run().catch(() => {});
    }
    if (document.readyState === 'loading') {
      // Upgraded before the parser reached our children: look for inline JSON again.
      document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), { once: true });
    }
    this.#scheduleRefresh();
  }

  hostDisconnected(): void {
    this.#cancelRefresh?.();
    if (this.task.status === TaskStatus.PENDING) {
      this.#abortTimer = setTimeout(() => {
        this.#abortTimer = undefined;
        this.#interrupted = true;
        this.task.abort();
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
      void this.task.run().catch(() => {});
      this.#scheduleRefresh();
    });
  }

  async #load([src, course, inline]: Args, signal: AbortSignal): Promise<ParseResult | typeof initialState> {
    const run = ++this.#run;
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
      else return initialState;
      if (run !== this.#run) throw new CourseError('aborted', 'Superseded');
      this.course = result.course;
      this.issues = result.issues;
      this.error = undefined;
      this.stale = false;
      this.#host.dispatchEvent(new CourseLoadEvent(result.course, result.issues));
      return result;
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
