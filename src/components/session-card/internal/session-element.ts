/**
 * What <session-card> and <course-schedule> share on top of CourseElement: the heading
 * level, the string table, the open disclosures, the loading/error/stale states, and a
 * clock that wakes exactly when a session's phase changes (no per-minute ticks: nothing
 * else on these elements moves with time).
 */

import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CourseError } from '../../../core/course/errors.js';
import type { Course } from '../../../core/course/types.js';
import { errorText } from '../../../core/i18n/common.js';
import { pickStrings, type Overrides } from '../../../core/i18n/index.js';
import { nextAfter, STARTING_SOON_MS } from '../../../core/time/status.js';
import { CourseElement } from '../../../internal/course-element.js';
import { staleNote } from '../../../internal/load-error.js';
import { sessionStyles } from '../session-card.styles.js';
import { strings, type SessionStrings } from './strings.js';
import type { View } from './session-template.js';

/** The next instant after `now` at which some session's phase (or the on-demand offer) changes. */
export const nextChange = (c: Course, now: number): number | undefined =>
  nextAfter(now, [
    c.onDemand?.untilMs,
    ...c.sessions.flatMap((x) => [x.startMs - STARTING_SOON_MS, x.startMs, x.endMs]),
  ]);

export class SessionElement extends CourseElement {
  static override granularity = undefined;
  static override styles = [...CourseElement.styles, sessionStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the element's top heading, to fit the host page's outline. @attr heading-level */
  headingLevel = 3;

  /** @internal The strings for the current locale and overrides. */
  protected s!: SessionStrings;
  /** @internal Keys of the open disclosures. */
  protected open = new Set<string>();
  /** The status region's text ("Loading…" while loading, else empty). */
  #said = '';
  #saying?: ReturnType<typeof setTimeout>;

  /** @internal Derived state, after CourseElement.willUpdate() has applied data at hand. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.derive();
  }

  /** @internal Compute what render() needs (subclasses add theirs after calling this). */
  protected derive(): void {
    this.s = pickStrings(strings, this.locale, this.strings as Overrides<SessionStrings>);
    const c = this.data.course;
    this.clock.wakeAt(c && nextChange(c, this.nowMs));
    // The polite region is in the DOM from the first render and gets its text a moment later:
    // a live region inserted together with its text is not announced by some screen readers.
    // A load that finishes sooner is never announced at all.
    if (this.data.status !== 'pending') {
      // A load that ended first cancels the announcement (no late re-render, no stale timer next time).
      clearTimeout(this.#saying);
      this.#saying = undefined;
      this.#said = '';
    } else if (!this.#said) {
      this.#saying ??= setTimeout(() => {
        this.#saying = undefined;
        this.#said = this.s.loading;
        this.requestUpdate();
      }, 100);
    }
  }

  /** @internal Every state, with the status region after it (always present, so its text changes are announced). */
  protected override render(): unknown {
    return html`${super.render()}<p class="vh" role="status">${this.#said}</p>`;
  }

  /** @internal The top heading level, clamped to 1-6 (2 when not a number). */
  protected get level(): number {
    return Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
  }

  /** @internal What the session templates need, for this update. */
  protected view(c: Course, level: number, event = false): View {
    return {
      c,
      s: this.s,
      ctx: { locale: this.locale, timeZone: this.displayZone },
      event,
      now: this.nowMs,
      level,
      open: this.open,
      toggle: this.toggle,
    };
  }

  /** @internal Opens or closes the disclosure named by the target's `data-k`. */
  protected toggle = (e: Event): void => {
    const el = e.currentTarget as HTMLElement & { open?: boolean };
    const k = el.dataset.k!;
    // A <details> says what it is now; a button flips.
    if (el.open ?? !this.open.has(k)) this.open.add(k);
    else this.open.delete(k);
    this.requestUpdate();
  };

  /** @internal The stale note, when a refresh failed and the data shown is the previous one. */
  protected renderStale(): unknown {
    return staleNote(this.s, this.data.stale);
  }

  protected override renderPending(): unknown {
    return html`<div part="skeleton"><i></i><i></i><i></i></div>`;
  }

  protected override renderError(e: CourseError): unknown {
    return html`<div part="error" class="s" role="alert"><p>${errorText(this.s, e)}</p><p class="m">${this.s['error.detail'](e)}</p><button part="button" class="btn" @click=${this.reload}>${this.s.retry}</button></div>`;
  }
}
