/**
 * What <session-card> and <course-schedule> share on top of CourseElement: the heading
 * level, the session strings, the open disclosures, the loading/error/stale states, and a
 * clock that wakes exactly when a session's phase changes (no per-minute ticks: nothing
 * else on these elements moves with time).
 */

import { html, type PropertyDeclarations } from 'lit';
import type { CourseError } from '../../core/course/errors.js';
import type { Course } from '../../core/course/types.js';
import { nextAfter, STARTING_SOON_MS } from '../../core/time/status.js';
import { CourseElement, type ViewInputs } from '../course-element.js';
import { renderLoadError, renderStaleNote } from '../load-error.js';
import { sessionStyles } from './session.styles.js';
import { strings, type SessionStrings } from './strings.js';
import type { SessionView } from './session-template.js';

/** How long a load may take before the status region says "Loading…". */
const ANNOUNCE_LOADING_AFTER_MS = 100;

/** The next instant after `now` at which some session's phase (or the on-demand offer) changes. */
const nextChange = (course: Course, nowMs: number): number | undefined =>
  nextAfter(nowMs, [
    course.onDemand?.untilMs,
    ...course.sessions.flatMap((session) => [
      session.startMs - STARTING_SOON_MS,
      session.startMs,
      session.endMs,
    ]),
  ]);

export class SessionElement extends CourseElement {
  static override granularity = undefined;
  static override styles = [...CourseElement.styles, sessionStyles];
  /** @internal */
  static override stringTable = strings;
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * Level (1-6) of the element's top heading, to fit the host page's outline. @attr heading-level
   */
  headingLevel = 3;

  /** @internal */
  declare protected uiText: SessionStrings;
  /** @internal Keys of the open disclosures. */
  protected readonly openDisclosures = new Set<string>();
  /** The status region's text ("Loading…" while loading, else empty). */
  #announcement = '';
  /** Cancels the pending "Loading…" announcement (a deadline on the element's clock). */
  #cancelAnnouncement?: () => void;

  /** @internal Subclasses add their own state after calling this. */
  protected override deriveView({ course, nowMs }: ViewInputs): void {
    this.clock.wakeAt(course && nextChange(course, nowMs));
    this.#scheduleLoadingAnnouncement();
  }

  /**
   * The polite region is in the DOM from the first render and gets its text a moment later:
   * a live region inserted together with its text is not announced by some screen readers.
   * A load that finishes sooner is never announced at all, and cancels the announcement (no
   * late re-render, no stale timer next time).
   */
  #scheduleLoadingAnnouncement(): void {
    if (this.data.status !== 'pending') {
      this.#cancelLoadingAnnouncement();
      this.#announcement = '';
    } else if (!this.#announcement && !this.#cancelAnnouncement) {
      const clock = (this.constructor as typeof CourseElement).clock;
      this.#cancelAnnouncement = clock.wakeAt(clock.now() + ANNOUNCE_LOADING_AFTER_MS, () => {
        this.#cancelAnnouncement = undefined;
        this.#announcement = this.uiText.loading;
        this.requestUpdate();
      });
    }
  }

  #cancelLoadingAnnouncement(): void {
    this.#cancelAnnouncement?.();
    this.#cancelAnnouncement = undefined;
  }

  /** @internal A widget taken out of the page while loading leaves no deadline behind. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelLoadingAnnouncement();
  }

  /**
   * @internal Every state, with the status region after it (always present, so its text changes are
   * announced).
   */
  protected override render(): unknown {
    const status = html`<p class="visually-hidden" role="status">${this.#announcement}</p>`;
    return html`${super.render()}${status}`;
  }

  /** @internal The top heading level, clamped to 1-6 (2 when not a number). */
  protected get level(): number {
    return Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
  }

  /** @internal What the session templates need, for this update. */
  protected sessionView(course: Course, level: number, eventTime = false): SessionView {
    return {
      course,
      text: this.uiText,
      display: { locale: this.locale, timeZone: this.displayZone },
      eventTime,
      nowMs: this.nowMs,
      level,
      openDisclosures: this.openDisclosures,
      toggle: this.toggleDisclosure,
    };
  }

  /** @internal Opens or closes the disclosure named by the target's `data-disclosure`. */
  protected toggleDisclosure = (event: Event): void => {
    const target = event.currentTarget as HTMLElement & { open?: boolean };
    const key = target.dataset.disclosure ?? '';
    // A <details> says what it is now; a button flips.
    if (target.open ?? !this.openDisclosures.has(key)) this.openDisclosures.add(key);
    else this.openDisclosures.delete(key);
    this.requestUpdate();
  };

  /** @internal The stale note, when a refresh failed and the data shown is the previous one. */
  protected renderStale(): unknown {
    return renderStaleNote(this.uiText, this.data.stale);
  }

  protected override renderPending(): unknown {
    return html`
      <div part="skeleton">
        <span class="skeleton-line"></span>
        <span class="skeleton-line"></span>
        <span class="skeleton-line"></span>
      </div>
    `;
  }

  protected override renderError(error: CourseError): unknown {
    const detail = this.uiText['error.detail'](error);
    return renderLoadError(this.uiText, error, this.reload, { detail, retryPart: 'button' });
  }
}
