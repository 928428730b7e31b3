import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CourseData } from '../core/course/data.js';
import type { CourseError } from '../core/course/errors.js';
import type { Course } from '../core/course/types.js';
import { pickStrings, type Overrides, type StringTable } from '../core/i18n/index.js';
import { loadErrorStrings, type LoadErrorStrings } from '../core/i18n/load-error.js';
import { parseDateTime } from '../core/time/parse.js';
import {
  ClockController,
  clock as sharedClock,
  type Clock,
  type Granularity,
} from '../controllers/clock.js';
import { CourseDataController } from '../controllers/course-data.js';
import { LocaleController } from '../controllers/locale.js';
import { colorSchemeStyles } from '../styles/color-scheme.js';
import { hostStyles } from '../styles/host.js';
import { printStyles } from '../styles/print.js';
import { defineElement } from './define.js';
import { renderLoadError } from './load-error.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn-once.js';

/** What every element derives its view from, once per update. */
export interface ViewInputs {
  /** The course shown (kept through a failed refresh), or undefined. */
  course: Course | undefined;
  /** The current instant: `now` when set, else the clock. */
  nowMs: number;
  /** The display locale (canonical BCP 47). */
  locale: string;
  /** The display time zone (IANA). */
  timeZone: string;
}

/** Epoch ms of a `now` value; undefined when it is unset or not an instant. */
function instantOf(value: unknown): number | undefined {
  if (value == null || value === '') return undefined;
  let epochMs: number | undefined;
  if (typeof value === 'number') epochMs = value;
  else if (value instanceof Date) epochMs = value.getTime();
  else {
    const parsed = parseDateTime(value, undefined);
    if (parsed.ok) epochMs = parsed.epochMs;
  }
  return epochMs !== undefined && Number.isFinite(epochMs) ? epochMs : undefined;
}

/**
 * The base of every course-widgets element: the shared properties, course data, display
 * locale and zone, and the shared clock. One lifecycle for all four elements:
 *
 * 1. `willUpdate()` applies data at hand (the data controller's `prepareUpdate()`), picks the
 *    element's strings (`uiText`, from `static stringTable` and the `strings` overrides) and
 *    calls `deriveView()` with the course, now, locale and zone. Subclasses derive all their
 *    view state there, never in `render()`.
 * 2. `render()` shows `renderCourse()` for a course, else `renderPending()` or the load
 *    error (`renderError()`, one UI for every element) before `renderFallback()`, the
 *    light-DOM content.
 * 3. The shared clock calls `clockTick()`; deadlines set with `this.clock.wakeAt()` in
 *    `deriveView()` request a whole update.
 *
 * @attr lang - The display language (BCP 47, e.g. `es`), inherited from the closest ancestor like
 *   the native attribute: UI strings in English or Spanish, dates and times in that locale's
 *   format.
 * @slot - Fallback content (a link to the course page, say): shown until the course renders, and
 *   kept when loading fails.
 * @fires course-load - {CourseLoadEvent} The course data loaded (again); `course` and `issues` on
 *   the event.
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used; `error` on
 *   the event.
 */
export class CourseElement extends LitElement {
  /** This copy's version, reported when two copies of the library meet on one page. */
  static readonly version: string = VERSION;
  /** The default tag, set by each element class. */
  static tagName = '';
  /** How often the element re-renders on the shared clock, unless `granularity` is overridden. */
  static granularity: Granularity | undefined = 'minute';
  static override styles = [hostStyles, colorSchemeStyles, printStyles];
  /**
   * @internal The clock instances of this class run on (the page's shared one; tests and stories
   * may swap it).
   */
  static clock: Clock = sharedClock;
  /** @internal The element's UI strings; each element's table spreads the load-error strings in. */
  static stringTable: StringTable<LoadErrorStrings> = loadErrorStrings;

  /**
   * Register this element class, under its default tag or `tag`. Safe to call repeatedly;
   * when another copy of the library holds the tag, it warns and leaves it in place.
   */
  static define(
    tag: string = this.tagName,
    registry: CustomElementRegistry = customElements,
  ): boolean {
    return defineElement(tag, this, registry);
  }

  // A plain object, not decorators: the decorator helper would cost bytes in every bundle.
  // Typed as the general map so subclasses can declare their own (Lit merges the chain).
  static override properties: PropertyDeclarations = {
    src: {},
    course: { attribute: false },
    timeZone: { attribute: 'time-zone', reflect: true },
    now: {},
    refresh: { type: Number },
    strings: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    // `lang` is native, so Lit does not watch it; a new value must re-render.
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the course JSON, resolved against the page. @attr src */
  declare src?: string;

  /**
   * The course as a JSON-shaped object (what the JSON file would hold, typed `CourseData`),
   * validated exactly like fetched JSON. Takes precedence over `src` and inline JSON. Property
   * only.
   */
  declare course?: CourseData;

  /**
   * IANA zone to show times in (`Europe/Paris`); inherited from the closest ancestor with a
   * `time-zone` attribute, else the visitor's own zone. Invalid values are ignored.
   * @attr time-zone
   */
  declare timeZone?: string;

  /**
   * Show the element as it will look at this instant (designers, Storybook, print): an
   * instant string with `Z` or an offset, or epoch ms / a Date as a property. The real clock
   * runs without it; an invalid value is ignored with a console warning.
   * @attr now
   */
  declare now?: string | number | Date;

  /**
   * Seconds between refreshes of `src` (0: never). A failed refresh keeps the data shown; new data
   * reaches every element on that `src`. @attr refresh
   */
  refresh = 0;

  /**
   * Overrides for the element's UI strings (partial; missing entries use the built-in language).
   * Property only.
   */
  declare strings?: Record<string, unknown>;

  /** @internal */
  protected readonly data = new CourseDataController(this, {
    clock: (this.constructor as typeof CourseElement).clock,
  });
  /** @internal */
  protected readonly localization = new LocaleController(this, () => this.timeZone);
  /** @internal */
  protected readonly clock = new ClockController(this, {
    granularity: () => this.granularity,
    fixedNow: () => this.fixedNowMs,
    onTick: () => this.clockTick(),
    clock: (this.constructor as typeof CourseElement).clock,
  });

  /**
   * @internal The strings for this update (locale and overrides applied), picked once in
   * willUpdate(). Subclasses narrow the type with `declare protected uiText: TheirStrings`.
   */
  protected uiText: LoadErrorStrings = loadErrorStrings.en;

  #nowInput?: unknown;
  #nowMs?: number;
  #warned = new Set<string>();

  /**
   * Load the course again now (the Retry button; also for pages that know the data changed). New
   * data reaches every element on that `src`.
   */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /** @internal One console warning per problem per element (a bad attribute, an unsafe link). */
  protected warnOnce(problem: string): void {
    warnOnce(this.#warned, `<${this.localName}> ${problem}`);
  }

  /** @internal The clock granularity this element needs now (override to change it over time). */
  protected get granularity(): Granularity | undefined {
    return (this.constructor as typeof CourseElement).granularity;
  }

  /** @internal The `now` property as epoch ms, when set and valid (one warning per bad value). */
  protected get fixedNowMs(): number | undefined {
    if (this.now !== this.#nowInput) {
      this.#nowInput = this.now;
      this.#nowMs = instantOf(this.now);
      if (this.#nowMs === undefined && this.now != null && this.now !== '') {
        const shown = JSON.stringify(String(this.now));
        this.warnOnce(
          `ignoring now=${shown}: expected an instant with Z or an offset, ` +
            'such as 2021-10-13T18:00:00Z; the real clock is used',
        );
      }
    }
    return this.#nowMs;
  }

  /** @internal The current instant: `now` when set, else the real clock (read afresh). */
  protected get nowMs(): number {
    return this.clock.nowMs;
  }

  /** @internal The display locale (canonical BCP 47). */
  protected get locale(): string {
    return this.localization.locale;
  }

  /** @internal The display time zone (IANA). */
  protected get displayZone(): string {
    return this.localization.timeZone;
  }

  /**
   * @internal Applies data at hand, picks the strings, then derives the view (see the class notes).
   */
  protected override willUpdate(changed: PropertyValues): void {
    this.data.prepareUpdate();
    super.willUpdate(changed);
    const table = (this.constructor as typeof CourseElement).stringTable;
    const locale = this.locale;
    this.uiText = pickStrings(table, locale, this.strings as Overrides<LoadErrorStrings>);
    this.deriveView({
      course: this.data.course,
      nowMs: this.nowMs,
      locale,
      timeZone: this.displayZone,
    });
  }

  /** @internal The one hook for derived state: called from every willUpdate(). */
  protected deriveView(_inputs: ViewInputs): void {}

  /**
   * @internal What a tick of the shared clock does (at the element's granularity): a whole
   * update. An element whose ticks usually change one text can write it without one.
   */
  protected clockTick(): void {
    this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override render(): unknown {
    const { course, status, error } = this.data;
    if (course) return this.renderCourse(course);
    return html`${this.#renderWithoutCourse(status, error)}${this.renderFallback()}`;
  }

  #renderWithoutCourse(status: string, error: CourseError | undefined): unknown {
    if (status === 'pending') return this.renderPending();
    if (status === 'error' && error) return this.renderError(error);
    return nothing;
  }

  /** @internal The element's content for a loaded course. */
  protected renderCourse(_course: Course): unknown {
    return nothing;
  }

  /** @internal Shown (before the fallback content) while the course loads. */
  protected renderPending(): unknown {
    return nothing;
  }

  /** @internal Shown (before the fallback content) when the course could not be loaded. */
  protected renderError(error: CourseError): unknown {
    return renderLoadError(this.uiText, error, this.reload);
  }

  /** @internal The light-DOM fallback content. */
  protected renderFallback(): unknown {
    return html`<slot></slot>`;
  }
}
