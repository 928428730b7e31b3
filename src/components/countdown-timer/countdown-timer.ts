import { html, nothing, type PropertyValues } from 'lit';
import { formatCountdown } from '../../core/time/countdown.js';
import { HOUR_MS } from '../../core/time/units.js';
import { parseDateTime } from '../../core/time/parse.js';
import type { Granularity } from '../../controllers/clock.js';
import { CountdownEndEvent } from '../../events/countdown-end.js';
import { CourseElement, type ViewInputs } from '../../internal/course-element.js';
import { renderStaleNote } from '../../internal/load-error.js';
import { fillPlaceholder, PLACEHOLDER } from '../../internal/placeholder.js';
import { boxStyles } from '../../styles/box.js';
import {
  countdownState,
  milestoneHolds,
  reachesMilestone,
  type Milestone,
  type CountdownState,
  type CountingState,
} from './internal/state.js';
import { strings, type CountdownStrings } from './internal/strings.js';
import { styles } from './countdown-timer.styles.js';

let reducedMotionQuery: MediaQueryList | undefined;

/** Whether the visitor asked for reduced motion (then seconds never tick). */
function prefersReducedMotion(): boolean {
  reducedMotionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotionQuery.matches;
}

/** What the last update derived, at `atMs` in `locale`. */
interface CountdownView {
  state: Exclude<CountdownState, { kind: 'missing' }>;
  /** Seconds tick (and the Pause button shows). */
  ticking: boolean;
  atMs: number;
  locale: string;
}

/** A paused countdown: which target, frozen at which instant. */
interface Paused {
  key: string;
  nowMs: number;
}

/**
 * The time left until a course session starts, in the visitor's language: "Starts in 2
 * days, 3 hours" (seconds in the final hour), then "Live now" with the session's Join link,
 * then the next session's countdown, and after the last session "This course has ended"
 * with the on-demand link. Remaining time is real elapsed time (a day across a DST change
 * can read "1 day, 1 hour"). Or, without course data, a countdown to the `to` instant.
 *
 * Accessibility: the ticking text is not a live region. A separate polite status region
 * announces milestones once each: within a day, an hour and five minutes of the start
 * ("Starts in 5 minutes"), live ("Live now"), and the end ("This course has ended"). While
 * seconds tick, a Pause button stops the ticking (WCAG 2.2.2). With
 * `prefers-reduced-motion: reduce` seconds are never shown, so nothing ticks every second.
 *
 * @summary A countdown to the next session, with accessible milestones.
 * @tag countdown-timer
 *
 * @slot - Fallback content (the start date as text, say): shown until the data renders, and kept
 *   when loading fails.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The caption: the `label` attribute, else the session's title.
 * @csspart status - The state in words ("Starts in ...", "Live now", "This course has ended").
 * @csspart time - The remaining time inside the status.
 * @csspart button - The Join link while live, or the on-demand link after the course.
 * @csspart pause - The pause/resume button, shown while seconds tick.
 * @csspart notice - "Showing saved data; the latest update failed." beside data kept through a
 *   failed refresh.
 * @csspart error - Why the course data could not be loaded, with a Retry button (before the
 *   fallback content).
 *
 * @cssprop --countdown-timer-time-size - Font size of the remaining time. Default: 1.5em.
 * @cssprop --countdown-timer-time-color - Color of the remaining time. Default: --cw-color-text.
 * @cssprop --countdown-timer-live-color - Color of "Live now". Default: --cw-color-live.
 *
 * @fires countdown-end - {CountdownEndEvent} The instant counted to was reached (once per target,
 *   also when a sleeping device wakes after it); `targetMs` and `sessionId` on the event.
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class CountdownTimerElement extends CourseElement {
  static override tagName = 'countdown-timer';
  static override styles = [...CourseElement.styles, boxStyles, styles];
  /** @internal */
  static override stringTable = strings;
  static override properties = {
    to: {},
    label: {},
    sessionId: { attribute: 'session-id' },
    seconds: { type: Boolean },
    format: {},
  };

  /** Count down to this instant (with `Z` or an offset) when there is no course data. @attr to */
  declare to?: string;
  /**
   * A caption above the countdown; defaults to the session's title with course data. @attr label
   */
  declare label?: string;
  /**
   * Count down to this session of the course only (its id), instead of the next one. @attr
   * session-id
   */
  declare sessionId?: string;
  /**
   * Show seconds all the time, not only in the final hour (never with reduced motion). @attr
   * seconds
   */
  seconds = false;
  /** `long` ("2 days, 3 hours") or `compact` ("2d 3h"). @attr format */
  format: 'long' | 'compact' = 'long';

  #view?: CountdownView;
  /** The remaining time's one text node: render() places it, updates and ticks write it. */
  #remainingText = new Text();
  #paused?: Paused;
  #previousState?: CountdownState;
  /** The status region's text: the last milestone reached. */
  #announcement = '';
  /** What `#announcement` is about: it stays in the status region only while true. */
  #announcedMilestone?: Milestone;
  #announced = new Set<string>();
  #counting?: CountingState;
  #reached = new Set<string>();
  #pendingEndEvents: CountdownEndEvent[] = [];

  /** @internal */
  declare protected uiText: CountdownStrings;

  /** @internal Seconds tick only while shown and not paused; else minutes (plus deadlines). */
  protected override get granularity(): Granularity {
    return this.#view?.ticking && !this.#paused ? 'second' : 'minute';
  }

  protected override deriveView({ course, nowMs, locale }: ViewInputs): void {
    const state = this.#stateAt(course, nowMs);
    this.clock.wakeAt(state?.nextMs);
    this.#queueEndEvent(nowMs);
    this.#counting = state?.kind === 'counting' ? state : undefined;
    if (!milestoneHolds(this.#announcedMilestone, state, nowMs)) this.#announcement = '';
    if (!state || state.kind === 'missing') {
      this.#view = undefined;
      this.#previousState = undefined;
      return;
    }
    const reducedMotion = prefersReducedMotion();
    const ticking =
      state.kind === 'counting' &&
      !reducedMotion &&
      (this.seconds || state.targetMs - nowMs <= HOUR_MS);
    // Paused stays paused, but the frozen time is only ever one the visitor could see tick.
    if (this.#paused && (!ticking || this.#paused.key !== state.key))
      this.#paused = { key: state.key, nowMs };
    if (state.kind === 'counting') {
      const shownAt = this.#paused?.nowMs ?? nowMs;
      this.#showRemaining(this.#remaining(state, shownAt, locale, !reducedMotion));
    }
    this.#announceMilestone(state, nowMs, locale);
    this.#previousState = state;
    this.#view = { state, ticking, atMs: nowMs, locale };
  }

  /** The state at `nowMs`, from the course or the `to` attribute; undefined without either. */
  #stateAt(course: ViewInputs['course'], nowMs: number): CountdownState | undefined {
    let toMs: number | undefined;
    if (!course && this.to != null && !this.src && this.course == null) {
      const parsed = parseDateTime(this.to, undefined);
      if (parsed.ok) toMs = parsed.epochMs;
      else this.warnOnce(`to: ${parsed.error}`);
    }
    if (!course && toMs === undefined) return undefined;
    const pinnedId = this.sessionId || undefined;
    const state = countdownState({ course, toMs, pinnedId }, nowMs);
    if (state.kind === 'missing')
      this.warnOnce(`session-id: no session has the id ${JSON.stringify(this.sessionId)}`);
    return state;
  }

  /** countdown-end: the instant we were counting to has passed since the last update. */
  #queueEndEvent(nowMs: number): void {
    const counted = this.#counting;
    if (!counted || nowMs < counted.targetMs) return;
    const id = `${counted.key}|${counted.targetMs}`;
    if (this.#reached.has(id)) return;
    this.#reached.add(id);
    this.#pendingEndEvents.push(new CountdownEndEvent(counted.targetMs, counted.session?.id));
  }

  /** Sets the status region's text when a milestone is reached (once per target and stage). */
  #announceMilestone(state: CountdownView['state'], nowMs: number, locale: string): void {
    const id = `${state.key}|${state.stage}`;
    if (!reachesMilestone(this.#previousState, state) || this.#announced.has(id)) return;
    this.#announced.add(id);
    this.#announcedMilestone = { key: state.key, stage: state.stage, atMs: nowMs };
    if (state.kind === 'counting') {
      const time = formatCountdown(state.targetMs, nowMs, locale, { seconds: false });
      this.#announcement = this.uiText.startsIn({ time });
    } else {
      this.#announcement = this.#statusText(state);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const event of this.#pendingEndEvents.splice(0)) this.dispatchEvent(event);
  }

  /** Stop (or restart) the ticking seconds; what the Pause button does. */
  togglePause(): void {
    const key = this.#view?.state.key ?? '';
    this.#paused = this.#paused ? undefined : { key, nowMs: this.nowMs };
    this.requestUpdate();
  }

  #handlePause = (): void => this.togglePause();

  /**
   * @internal A second's tick between two instants at which the state can change (the last
   * update's `nextMs`) changes only the remaining time: it is formatted as an update would and
   * written straight into its text node, without an update or a render (200 countdowns: about
   * a seventh less main-thread time). Anything else makes a whole update: a pending one (a
   * property, `lang`, data, `now`), a pause, reduced motion switched on, another inherited
   * language, the clock gone back before the last update, or `nextMs` reached.
   */
  protected override clockTick(): void {
    const view = this.#view;
    const nowMs = this.nowMs;
    const state = view?.state;
    const onlyTheTimeChanged =
      !this.isUpdatePending &&
      // A milestone ("Starts in 5 minutes") that the next second makes untrue needs an update.
      !this.#announcement &&
      view?.ticking &&
      state?.kind === 'counting' &&
      !this.#paused &&
      nowMs >= view.atMs &&
      nowMs < state.nextMs &&
      !prefersReducedMotion() &&
      this.locale === view.locale;
    if (onlyTheTimeChanged) this.#showRemaining(this.#remaining(state, nowMs, view.locale, true));
    else this.requestUpdate();
  }

  /**
   * The remaining time's text. `secondsAllowed`: false under reduced motion (never seconds);
   * else the `seconds` attribute forces them and formatCountdown decides by the time left.
   */
  #remaining(state: CountingState, atMs: number, locale: string, secondsAllowed: boolean): string {
    return formatCountdown(state.targetMs, atMs, locale, {
      compact: this.format === 'compact',
      seconds: secondsAllowed ? this.seconds || undefined : false,
    });
  }

  #showRemaining(time: string): void {
    if (this.#remainingText.data !== time) this.#remainingText.data = time;
  }

  /**
   * @internal A course with nothing to count to (an unknown `session-id`): keep the fallback
   * content.
   */
  protected override renderCourse(): unknown {
    return this.renderFallback();
  }

  /** The state in words, for every state but counting. */
  #statusText(state: Exclude<CountdownView['state'], CountingState>): string {
    const text = this.uiText;
    switch (state.kind) {
      case 'ended':
        return state.session ? text['phase.ended'] : text.courseEnded;
      case 'started':
        return text.started;
      default:
        return text[`phase.${state.kind}`];
    }
  }

  #renderStatus(state: CountdownView['state']): unknown {
    if (state.kind !== 'counting') return this.#statusText(state);
    const sentence = this.uiText.startsIn({ time: PLACEHOLDER });
    return fillPlaceholder(sentence, html`<span part="time">${this.#remainingText}</span>`);
  }

  /** Join while live; the on-demand link after the course. */
  #renderLink(state: CountdownView['state']): unknown {
    if (!state.href) return nothing;
    const label = state.kind === 'live' ? this.uiText.join : this.uiText.watchOnDemand;
    return html`<a part="button" href=${state.href}>${label}</a>`;
  }

  #renderPause(): unknown {
    const label = this.#paused ? this.uiText.resumeCountdown : this.uiText.pauseCountdown;
    return html`
      <button part="pause" type="button" @click=${this.#handlePause}>${label}</button>
    `;
  }

  protected override render(): unknown {
    const view = this.#view;
    if (!view) return super.render();
    const { state } = view;
    const label = this.label || state.session?.title;
    return html`
      <div part="base" class=${state.kind}>
        ${label ? html`<p part="label">${label}</p>` : nothing}
        <p part="status">${this.#renderStatus(state)}</p>
        ${this.#renderLink(state)} ${view.ticking ? this.#renderPause() : nothing}
        ${renderStaleNote(this.uiText, this.data.stale)}
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'countdown-timer': CountdownTimerElement;
  }
}
