import { html, type PropertyValues } from 'lit';
import { pickStrings, type Overrides } from '../../core/i18n/index.js';
import { formatCountdown } from '../../core/time/countdown.js';
import { HOUR_MS } from '../../core/time/format.js';
import { parseDateTime } from '../../core/time/parse.js';
import type { Granularity } from '../../controllers/clock.js';
import { CountdownEndEvent } from '../../events/countdown-end.js';
import type { CourseError } from '../../core/course/errors.js';
import { CourseElement } from '../../internal/course-element.js';
import { boxStyles } from '../../styles/box.js';
import { loadError, staleNote } from '../../internal/load-error.js';
import {
  countdownState,
  milestoneHolds,
  reachesMilestone,
  type CountdownState,
  type Milestone,
} from './internal/state.js';
import { strings, type CountdownStrings } from './internal/strings.js';
import { styles } from './countdown-timer.styles.js';

let reducedMotion: MediaQueryList | undefined;

/**
 * The time left until a course session starts, in the visitor's language: "Starts in 2
 * days, 3 hours" (seconds in the final hour), then "Live now" with the session's Join link,
 * then the next session's countdown, and after the last session "This course has ended"
 * with the on-demand link. Remaining time is real elapsed time (a day across a DST change
 * can read "1 day, 1 hour"). Or, without course data, a countdown to the `to` instant.
 *
 * Accessibility: the ticking text is not a live region. A separate polite status region
 * announces milestones once each: within a day, an hour and five minutes of the start
 * ("Starts in 5 minutes"), live ("Live now"), and the end ("This course has ended"), and
 * keeps those words only while they are true (else it is empty), so a screen reader reading
 * the page never finds "Live now" in the intermission or the week after. While
 * seconds tick, a Pause button stops the ticking (WCAG 2.2.2). With
 * `prefers-reduced-motion: reduce` seconds are never shown, so nothing ticks every second.
 *
 * @summary A countdown to the next session, with accessible milestones.
 * @tag countdown-timer
 *
 * @slot - Fallback content (the start date as text, say): shown until the data renders, and kept when loading fails.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The caption: the `label` attribute, else the session's title.
 * @csspart status - The state in words ("Starts in ...", "Live now", "This course has ended").
 * @csspart time - The remaining time inside the status.
 * @csspart button - The Join link while live, or the on-demand link after the course.
 * @csspart pause - The pause/resume button, shown while seconds tick.
 * @csspart notice - "Showing saved data; the latest update failed." beside data kept through a failed refresh.
 * @csspart error - Why the course data could not be loaded, with a Retry button (before the fallback content).
 *
 * @cssprop --countdown-timer-time-size - Font size of the remaining time. Default: 1.5em.
 * @cssprop --countdown-timer-time-color - Color of the remaining time. Default: --cw-color-text.
 * @cssprop --countdown-timer-live-color - Color of "Live now". Default: --cw-color-live.
 *
 * @fires countdown-end - {CountdownEndEvent} The instant counted to was reached (once per target, also when a sleeping device wakes after it); `targetMs` and `sessionId` on the event.
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class CountdownTimerElement extends CourseElement {
  static override tagName = 'countdown-timer';
  static override styles = [...CourseElement.styles, boxStyles, styles];
  static override properties = {
    to: {},
    label: {},
    sessionId: { attribute: 'session-id' },
    seconds: { type: Boolean },
    format: {},
  };

  /** Count down to this instant (with `Z` or an offset) when there is no course data. @attr to */
  declare to?: string;
  /** A caption above the countdown; defaults to the session's title with course data. @attr label */
  declare label?: string;
  /** Count down to this session of the course only (its id), instead of the next one. @attr session-id */
  declare sessionId?: string;
  /** Show seconds all the time, not only in the final hour (never with reduced motion). @attr seconds */
  seconds = false;
  /** `long` ("2 days, 3 hours") or `compact` ("2d 3h"). @attr format */
  format: 'long' | 'compact' = 'long';

  /** What the last update derived, at `at` in `locale`. */
  #view?: { st: CountdownState; s: CountdownStrings; ticking: boolean; at: number; locale: string };
  /** The remaining time's one text node: render() places it, updates and ticks (`#tick`) write it. */
  #time = new Text();
  #paused?: { key: string; nowMs: number };
  #last?: CountdownState;
  #said = '';
  /** What `#said` is about: it stays in the status region only while true (`milestoneHolds`). */
  #saidOf?: Milestone;
  #announced = new Set<string>();
  #counting?: CountdownState;
  #reached = new Set<string>();
  #ends: CountdownEndEvent[] = [];

  constructor() {
    super();
    // Not `this.clock.tick = ...`: the manifest analyzer reads any assignment in a constructor as a public field.
    Object.assign(this.clock, { tick: this.#tick });
  }

  /** @internal Seconds tick only while shown and not paused; else minutes (plus deadlines). */
  protected override get granularity(): Granularity {
    return this.#view?.ticking && !this.#paused ? 'second' : 'minute';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const course = this.data.course;
    const now = this.nowMs;
    let toMs: number | undefined;
    if (!course && this.to != null && !this.src && this.course == null) {
      const r = parseDateTime(this.to, undefined);
      if (r.ok) toMs = r.epochMs;
      else this.warnOnce(`to: ${r.error}`);
    }
    const st =
      course || toMs !== undefined
        ? countdownState({ course, toMs, pinnedId: this.sessionId || undefined }, now)
        : undefined;
    if (st?.kind === 'missing')
      this.warnOnce(`session-id: no session has the id ${JSON.stringify(this.sessionId)}`);
    this.clock.wakeAt(st?.nextMs);

    // countdown-end: the instant we were counting to has passed since the last update.
    const was = this.#counting;
    const id = was && `${was.key}|${was.targetMs}`;
    if (was && now >= was.targetMs! && !this.#reached.has(id!)) {
      this.#reached.add(id!);
      this.#ends.push(new CountdownEndEvent(was.targetMs!, was.session?.id));
    }
    this.#counting = st?.kind === 'counting' ? st : undefined;
    if (!milestoneHolds(this.#saidOf, st, now)) this.#said = '';

    if (!st || st.kind === 'missing') {
      this.#view = this.#last = undefined;
      return;
    }
    const locale = this.locale;
    const s = pickStrings(strings, locale, this.strings as Overrides<CountdownStrings>);
    const reduce = (reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;
    const ticking =
      st.kind === 'counting' && !reduce && (this.seconds || st.targetMs! - now <= HOUR_MS);
    // Paused stays paused, but the frozen time is only ever one the visitor could see tick.
    if (this.#paused && (!ticking || this.#paused.key !== st.key))
      this.#paused = { key: st.key, nowMs: now };
    if (st.kind === 'counting')
      this.#show(
        this.#count(
          st,
          this.#paused?.nowMs ?? now,
          locale,
          reduce ? false : this.seconds || undefined,
        ),
      );

    if (reachesMilestone(this.#last, st) && !this.#announced.has(`${st.key}|${st.stage}`)) {
      this.#announced.add(`${st.key}|${st.stage}`);
      this.#saidOf = { key: st.key, stage: st.stage, atMs: now };
      this.#said =
        st.kind === 'counting'
          ? s.startsIn({ time: formatCountdown(st.targetMs!, now, locale, { seconds: false }) })
          : st.kind === 'live'
            ? s['phase.live']
            : st.kind === 'started'
              ? s.started
              : st.session
                ? s['phase.ended']
                : s.courseEnded;
    }
    this.#last = st;
    this.#view = { st, s, ticking, at: now, locale };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const e of this.#ends.splice(0)) this.dispatchEvent(e);
  }

  /** Stop (or restart) the ticking seconds; what the Pause button does. */
  togglePause(): void {
    this.#paused = this.#paused ? undefined : { key: this.#view?.st.key ?? '', nowMs: this.nowMs };
    this.requestUpdate();
  }

  #handlePause = (): void => this.togglePause();

  /**
   * A second's tick between two instants at which the state can change (the last update's
   * `nextMs`) changes only the remaining time: it is formatted as an update would and written
   * straight into its text node, without an update or a render (200 countdowns: about a
   * seventh less main-thread time). Anything else makes a whole update: a pending one (a
   * property, `lang`, data, `now`), a pause, reduced motion switched on, another inherited
   * language, the clock gone back before the last update, or `nextMs` reached.
   */
  #tick = (): void => {
    const v = this.#view;
    const now = this.nowMs;
    if (
      this.isUpdatePending ||
      this.#said || // a milestone ("Starts in 5 minutes") the next second makes untrue
      !v?.ticking ||
      this.#paused ||
      now < v.at ||
      now >= v.st.nextMs! ||
      reducedMotion!.matches ||
      this.locale !== v.locale
    ) {
      this.requestUpdate();
    } else {
      this.#show(this.#count(v.st, now, v.locale, this.seconds || undefined));
    }
  };

  #count(st: CountdownState, at: number, locale: string, seconds?: boolean): string {
    return formatCountdown(st.targetMs!, at, locale, {
      compact: this.format === 'compact',
      seconds,
    });
  }

  #show(time: string): void {
    if (this.#time.data !== time) this.#time.data = time;
  }

  /** @internal What went wrong, with Retry; the fallback content follows. */
  protected override renderError(e: CourseError): unknown {
    return loadError(
      pickStrings(strings, this.locale, this.strings as Overrides<CountdownStrings>),
      e,
      this.reload,
    );
  }

  /** @internal A course with nothing to count to (an unknown `session-id`): keep the fallback content. */
  protected override renderCourse(): unknown {
    return this.renderFallback();
  }

  protected override render(): unknown {
    const v = this.#view;
    if (!v) return super.render();
    const { st, s } = v;
    const label = this.label || st.session?.title;
    let status: unknown;
    if (st.kind === 'counting') {
      const [a, b] = s.startsIn({ time: '\0' }).split('\0');
      status = b === undefined ? a : html`${a}<span part="time">${this.#time}</span>${b}`;
    } else {
      status =
        st.kind === 'ended'
          ? st.session
            ? s['phase.ended']
            : s.courseEnded
          : st.kind === 'started'
            ? s.started
            : s[`phase.${st.kind as 'live' | 'cancelled' | 'postponed'}`];
    }
    return html`<div part="base" class=${st.kind}>${label ? html`<p part="label">${label}</p>` : ''}<p part="status">${status}</p>${
      st.href
        ? html`<a part="button" href=${st.href}>${st.kind === 'live' ? s.join : s.watchOnDemand}</a>`
        : ''
    }${
      v.ticking
        ? html`<button part="pause" type="button" @click=${this.#handlePause}>${this.#paused ? s.resumeCountdown : s.pauseCountdown}</button>`
        : ''
    }${staleNote(s, this.data.stale)}<p class="vh" role="status">${this.#said}</p></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'countdown-timer': CountdownTimerElement;
  }
}
