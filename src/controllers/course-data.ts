/**
 * Course data for an element, from one of three sources (first present wins):
 *   1. the `course` property: a raw JSON-shaped object, validated exactly like fetched JSON;
 *   2. `src`: a URL, loaded through the shared loader (one request per URL per page); while
 *      connected, a newer result another element's reload or refresh brought for the URL is
 *      shown here too (from the loader's cache, no request, one course-load);
 *   3. an inline `<script type="application/json">` child, for pages without an endpoint.
 *
 * Built on @lit/task's Task: the three sources are its args, checked on every host update
 * (and from the host's willUpdate() through `prepareUpdate()`, so data at hand reaches the
 * first render), each run gets an AbortSignal that Task aborts when a newer run starts, and
 * only the latest run settles the task's status (our `loading`) and asks for an update.
 * The host sees only this controller (`prepareUpdate()`, `reload()`, `course`, `status`...),
 * never the Task. Around it, what Task leaves to us: it does not abort when the host leaves
 * the document, so we abort this host's interest one macrotask after it disconnects (a DOM
 * move, disconnect + reconnect in one task, neither errors nor refetches); an aborted run
 * ends in Task's error state and never re-runs, so an abort is never shown or fired as an
 * error, and we re-run on reconnect when that abort happened. Task's status and value would
 * also drop the course when a run fails, so the controller keeps its own `course`, `status`
 * and `error`: data already shown stays through a failed refresh, with `stale` and `error` set.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { CourseError, isCourseError } from '../core/course/errors.js';
import { parseCourse } from '../core/course/parse.js';
import type { Course, CourseIssue, ParseResult } from '../core/course/types.js';
import { loader as sharedLoader, type Loaded, type Loader } from '../data/loader.js';
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

  readonly #task: Task<Args, void>;
  #host: CourseDataHost;
  #loader: Loader;
  #clock: Clock;
  #sourceKey: unknown;
  #maxAgeMs = Infinity;
  /** The latest run settled without waiting (the course property, inline JSON, a cached src). */
  #sync = false;
  #abortTimer?: ReturnType<typeof setTimeout>;
  #interrupted = false;
  #cancelRefresh?: () => void;
  #unsubscribe?: () => void;

  constructor(
    host: CourseDataHost,
    { loader = sharedLoader, clock = sharedClock }: { loader?: Loader; clock?: Clock } = {},
  ) {
    this.#host = host;
    this.#loader = loader;
    this.#clock = clock;
    host.addController(this);
    // Task asks its host for an update when a run starts and again when it settles. A run
    // that settled without waiting is already in the update asked for at its start, and
    // settling changes nothing shown while a course is: that second full render of the same
    // thing cost 25 ms for 1,000 sessions (npm run bench). So Task gets a host that skips it.
    const taskHost = {
      addController: (controller: ReactiveController) => host.addController(controller),
      requestUpdate: () => (this.loading || !this.#sync || !this.course) && host.requestUpdate(),
    };
    this.#task = new Task<Args, void>(taskHost as ReactiveControllerHost, {
      task: (args, { signal }) => this.#load(args, signal),
      args: () => [
        host.src || undefined,
        host.course,
        host.querySelector(INLINE)?.textContent ?? undefined,
      ],
    });
  }

  /** A load is in flight (also while a course is shown and refreshes). */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** 'complete' whenever a course is shown, even while it refreshes or after a refresh failed. */
  get status(): CourseDataStatus {
    if (this.course) return 'complete';
    if (this.loading) return 'pending';
    return this.error ? 'error' : 'idle';
  }

  /**
   * Call from the host's willUpdate(), before deriving anything from `course`. Lit runs
   * controllers' hostUpdate() only after willUpdate(), so without this a cached `src`, inline
   * JSON or the `course` property (all applied synchronously) would reach the host one update
   * late and its first render would show the fallback content instead of the data. Task's own
   * hostUpdate() later in the same update then finds its arguments unchanged and does nothing.
   */
  prepareUpdate(): void {
    this.#task.hostUpdate();
  }

  /** Load again now: a new (shared) request for `src`, a fresh parse otherwise. */
  reload(): Promise<void> {
    this.#maxAgeMs = -1;
    // Task's run() never rejects: a failed run ends in its error state.
    return this.#task.run();
  }

  hostConnected(): void {
    if (this.#abortTimer !== undefined) {
      // Moved within the document: the request we were waiting for is still ours.
      clearTimeout(this.#abortTimer);
      this.#abortTimer = undefined;
    } else if (this.#interrupted) {
      // Task leaves an aborted run in its error state and its args unchanged: run it ourselves.
      this.#interrupted = false;
      void this.#task.run();
    }
    if (document.readyState === 'loading') {
      // Upgraded before the parser reached our children: look for inline JSON again.
      document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), {
        once: true,
      });
    }
    this.#scheduleRefresh();
    const catchUp = (loaded?: Loaded) => {
      const { src, course } = this.#host;
      // A sibling on our URL reloaded or refreshed: show its result too (peek() hands it to the
      // run synchronously). A load of ours in flight gets it through its own join: applying it
      // here as well would fire course-load twice.
      if (
        loaded &&
        src &&
        course == null &&
        !this.loading &&
        loaded.course !== this.course &&
        this.#loader.peek(src) === loaded
      ) {
        void this.#task.run();
      }
    };
    this.#unsubscribe = this.#loader.subscribe(catchUp);
    // Back in the document after showing something: catch up with what arrived meanwhile.
    if (this.course || this.error)
      catchUp(this.#host.src ? this.#loader.peek(this.#host.src) : undefined);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#cancelRefresh?.();
    // Task keeps running when its host leaves the document: let go of the request ourselves.
    if (this.loading) {
      this.#abortTimer = setTimeout(() => {
        this.#abortTimer = undefined;
        this.#interrupted = true;
        this.#task.abort();
      });
    }
  }

  hostUpdated(): void {
    // A changed `refresh` or `src` takes effect from now.
    if (this.#wantedRefreshMs() !== this.#refreshMs) this.#scheduleRefresh();
  }

  #refreshMs = 0;

  #wantedRefreshMs(): number {
    return this.#host.src && this.#host.course == null
      ? Math.max(0, Number(this.#host.refresh) || 0) * 1000
      : 0;
  }

  #scheduleRefresh(): void {
    this.#cancelRefresh?.();
    this.#cancelRefresh = undefined;
    const periodMs = (this.#refreshMs = this.#wantedRefreshMs());
    if (!periodMs || !this.#host.isConnected) return;
    // On the shared clock: no work in a hidden tab, a catch-up when it becomes visible.
    this.#cancelRefresh = this.#clock.wakeAt(this.#clock.now() + periodMs, () => {
      // A load in flight is as fresh as this one would be. Starting another would supersede
      // it (Task aborts the run a new one replaces), so a load, retries included, that takes
      // longer than the period would never finish: the first load never showed, a refresh
      // that kept failing never said so.
      if (!this.loading) {
        // Widgets refreshing the same URL within half a period share one request.
        this.#maxAgeMs = periodMs / 2;
        void this.#task.run();
      }
      this.#scheduleRefresh();
    });
  }

  /**
   * The task function: Task calls it synchronously from run(), so data at hand is applied at once.
   */
  async #load([src, course, inline]: Args, signal: AbortSignal): Promise<void> {
    const maxAgeMs = this.#maxAgeMs;
    this.#maxAgeMs = Infinity;
    this.#sync = true;
    if (course === null) course = undefined;
    const key =
      course !== undefined
        ? course
        : src !== undefined
          ? `src:${src}`
          : inline !== undefined
            ? `inline:${inline}`
            : undefined;
    if (key !== this.#sourceKey) {
      // A different course: what was shown no longer applies.
      this.#sourceKey = key;
      this.course = undefined;
      this.issues = [];
      this.error = undefined;
      this.stale = false;
    }
    try {
      let result: ParseResult | undefined;
      // Data written into the page resolves relative links against the page's own address,
      // never document.baseURI: a <base href> (injected or not) must not move where links point.
      if (course !== undefined) result = parseCourse(course, { baseUrl: document.URL });
      else if (src !== undefined) {
        // A cached result is applied synchronously, so the first render already shows it.
        result = maxAgeMs === Infinity ? this.#loader.peek(src) : undefined;
        if (!result) {
          this.#sync = false;
          result = await this.#loader.load(src, { signal, maxAgeMs });
          // Task aborts a run's signal when a newer run starts: only the latest changes what is
          // shown.
          if (signal.aborted) throw new CourseError('aborted', 'Superseded');
        }
      } else if (inline !== undefined)
        result = parseCourse(parseInline(inline), { baseUrl: document.URL });
      else return;
      this.course = result.course;
      this.issues = result.issues;
      this.error = undefined;
      this.stale = false;
      this.#host.dispatchEvent(new CourseLoadEvent(result.course, result.issues));
    } catch (caught) {
      const error = isCourseError(caught) ? caught : internalError(caught);
      // An aborted run (superseded, or its host gone) is never an error to show or fire.
      if (error.kind !== 'aborted' && !signal.aborted) {
        this.error = error;
        this.stale = !!this.course;
        // The whole message and the address are for the site's developers, not its visitors.
        console.warn(`course-widgets: ${error.message}${error.url ? ` (${error.url})` : ''}`);
        this.#host.dispatchEvent(new CourseErrorEvent(error, this.stale));
      }
      throw error;
    }
  }
}

/**
 * A failure of our own code (a bug, not the data): said in the console with its stack, and
 * reported as `internal`, never as a problem with the course data.
 */
function internalError(cause: unknown): CourseError {
  console.error('course-widgets: loading the course failed in the library itself', cause);
  return new CourseError('internal', String(cause), { cause });
}

function parseInline(text: string): unknown {
  if (!text.trim())
    throw new CourseError('not-json', 'The inline <script type="application/json"> is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CourseError(
      'malformed',
      `The inline <script type="application/json"> is not valid JSON: ${(error as Error).message}`,
    );
  }
}
