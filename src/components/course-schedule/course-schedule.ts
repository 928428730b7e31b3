import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { courseToIcs, icsDataUrl, icsFileName } from '../../core/course/ics.js';
import type { Course, Session } from '../../core/course/types.js';
import { dayKey, formatDate, sameWallClock, zoneSpecificName } from '../../core/time/format.js';
import { nextSession } from '../../core/time/status.js';
import type { ViewInputs } from '../../internal/course-element.js';
import { SessionElement } from '../../internal/session/session-element.js';
import {
  calendarDisclosure,
  disclosureKey,
  heading,
  hiddenContext,
  paragraphs,
  sessionTemplate,
  type SessionView,
} from '../../internal/session/session-template.js';
import { styles } from './course-schedule.styles.js';
import { readEventTime, storeEventTime } from './internal/storage.js';
import { loadStructuredData } from './internal/load-structured-data.js';

/** A part ("Week 1") or a local date, with its sessions (and their indexes in the course). */
interface SessionGroup {
  title: unknown;
  sessions: { session: Session; index: number }[];
}

/**
 * A whole course in the visitor's own time: title and summary, then the sessions grouped by
 * part ("Week 1") when the course has parts, else by the visitor's local date, each rendered
 * like a `<session-card>` (the same template, in this element's own shadow root). A switch
 * shows every time in the event's zone instead ("Your time" / "Event time"), remembered per
 * course in localStorage where available. The session live now and the next one are marked;
 * once the course is under way, ended sessions fold behind "Show N earlier sessions".
 * Add-to-calendar for each session and for the whole course (.ics). States: loading
 * skeleton, error with Retry (fallback content kept), skipped-sessions notice, stale note.
 *
 * Headings: the course title at `heading-level` (default 2), part/date headings one below,
 * session titles one below that (each one higher with `hide-title`).
 *
 * With `structured-data`, once the course loads the element writes its schema.org data (a
 * `Course` with each session as an `Event`, as `course-widgets jsonld` prints it) into the
 * page, as one `<script type="application/ld+json">` right after itself: replaced when the
 * course loads again, removed when the element leaves the page or the attribute goes. A page
 * that requires Trusted Types lists `course-widgets` in its `trusted-types` directive for it.
 *
 * @summary A course's sessions in the visitor's time zone, live.
 * @tag course-schedule
 *
 * @slot - Fallback content (a link to the course page): shown until the schedule renders, and kept
 *   when loading fails.
 *
 * @csspart base - The whole schedule.
 * @csspart course-title - The course title.
 * @csspart summary - The course summary paragraphs.
 * @csspart toolbar - The row with the time switch and the whole-course calendar.
 * @csspart switch - The "Your time" / "Event time" button group.
 * @csspart group - A part or date, with its heading and list.
 * @csspart group-title - The heading of a part or date.
 * @csspart list - The list of a group's sessions.
 * @csspart session - One session (see `<session-card>` for the parts inside: title, time,
 *   event-time, status, link, speakers, description, calendar).
 * @csspart title - A session title.
 * @csspart time - A session's date and time range; each end is a `<time datetime>`.
 * @csspart event-time - The organiser's time and place when their wall clock differs.
 * @csspart status - A session's type, phase and Join / Watch recording link.
 * @csspart link - Join, Watch recording and calendar links.
 * @csspart speakers - A session's speakers, or "Speakers to be announced".
 * @csspart description - A session's description.
 * @csspart calendar - An add-to-calendar disclosure.
 * @csspart button - Buttons (time switch, show earlier, show more, retry) and disclosure summaries.
 * @csspart notice - The skipped-sessions notice and the stale-data note.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with its Retry button.
 *
 * @cssprop --course-schedule-gap - Space between sessions. Default: .75em.
 * @cssprop --session-card-background - Background of a session. Default: --cw-color-background.
 * @cssprop --session-card-border-color - Border of a session. Default: --cw-color-border.
 * @cssprop --session-card-padding - Padding of a session. Default: 1em.
 * @cssprop --session-card-radius - Corner radius of a session. Default: --cw-radius.
 *
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class CourseScheduleElement extends SessionElement {
  static override tagName = 'course-schedule';
  static override styles = [...SessionElement.styles, styles];
  static override properties = {
    hideTitle: { type: Boolean, attribute: 'hide-title' },
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  override headingLevel = 2;
  /** Hide the course title (headings below it move up a level). @attr hide-title */
  hideTitle = false;
  /** Hide the course summary. @attr hide-summary */
  hideSummary = false;
  /**
   * Write the course's schema.org structured data (JSON-LD) into the page, after the element,
   * for search engines. @attr structured-data
   */
  structuredData = false;

  /** The course whose "Your time" / "Event time" choice `#eventTimeChosen` is. */
  #courseId?: string;
  #eventTimeChosen = false;
  /** Some session's wall clock differs between the display zone and its own. */
  #zonesDiffer = false;
  /** How many ended sessions fold behind "Show N earlier sessions". */
  #foldedCount = 0;
  #nextSession?: Session;
  #groups: SessionGroup[] = [];
  #view?: SessionView;
  /** The JSON-LD script this element wrote into the page, and the course it describes. */
  #structuredScript?: HTMLScriptElement;
  #structuredCourse?: Course;

  protected override deriveView(inputs: ViewInputs): void {
    super.deriveView(inputs);
    const { course, nowMs, timeZone } = inputs;
    if (!course) {
      this.#view = undefined;
      return;
    }
    if (course.id !== this.#courseId) {
      this.#courseId = course.id;
      this.#eventTimeChosen = readEventTime(course.id);
    }
    const sessions = course.sessions;
    this.#zonesDiffer = sessions.some(
      (session) => !sameWallClock(session.startMs, timeZone, session.timeZone),
    );
    const eventTime = this.#eventTimeChosen && this.#zonesDiffer;
    // Under way: fold the ended sessions before the first one still to come (none once all ended).
    const firstToCome = sessions.findIndex((session) => session.endMs > nowMs);
    this.#foldedCount = Math.max(firstToCome, 0);
    this.#nextSession = nextSession(sessions, nowMs);
    const view = this.sessionView(course, this.level + (this.hideTitle ? 1 : 2), eventTime);
    this.#view = view;
    const showEarlier = this.openDisclosures.has(disclosureKey.earlierSessions);
    this.#groups = this.#group(course, view, showEarlier ? 0 : this.#foldedCount);
  }

  /** The sessions from `firstShown` on, by part when they have one, else by date. */
  #group(course: Course, view: SessionView, firstShown: number): SessionGroup[] {
    const dateZone = view.eventTime ? course.timeZone : view.display.timeZone;
    const dateContext = { ...view.display, timeZone: dateZone };
    const partTitles = new Map(course.parts.map((part) => [part.id, part.title]));
    const groups = new Map<string, SessionGroup>();
    course.sessions.forEach((session, index) => {
      if (index < firstShown) return;
      const day = dayKey(session.startMs, dateZone);
      const key = session.part ?? day;
      let group = groups.get(key);
      if (!group) {
        const partTitle = session.part && partTitles.get(session.part);
        const date = html`<time datetime=${day}>${formatDate(session.startMs, dateContext)}</time>`;
        group = { title: partTitle ?? date, sessions: [] };
        groups.set(key, group);
      }
      group.sessions.push({ session, index });
    });
    return [...groups.values()];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on a page after leaving it: the structured data goes back too.
    if (this.structuredData) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#writeStructuredData(undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const wanted = this.structuredData && this.isConnected;
    void this.#writeStructuredData(wanted ? this.data.course : undefined);
  }

  /**
   * One JSON-LD script after the element for `course` (a new one per course), or none. The
   * writer is loaded the first time (internal/load-structured-data.ts); a course that changed,
   * or an element that left, while it loaded writes nothing.
   */
  async #writeStructuredData(course: Course | undefined): Promise<void> {
    // Written already, being written, or refused (no policy), unless the page removed it since.
    if (course === this.#structuredCourse && this.#structuredScript?.isConnected !== false) return;
    this.#structuredScript?.remove();
    this.#structuredScript = undefined;
    this.#structuredCourse = course;
    if (!course) return;
    let writer;
    try {
      writer = await loadStructuredData();
    } catch (error) {
      this.warnOnce(`structured-data: its module did not load (${String(error)})`);
      return;
    }
    if (course !== this.#structuredCourse) return;
    const script = writer.structuredDataScript(course, course.url ?? document.URL);
    if (!script) {
      const policy = writer.POLICY_NAME;
      this.warnOnce(`structured-data needs "${policy}" in the page's trusted-types policy`);
      return;
    }
    this.after(script);
    this.#structuredScript = script;
  }

  #handleTimeChoice = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    this.#eventTimeChosen = button.dataset.eventTime === 'true';
    if (this.#courseId !== undefined) storeEventTime(this.#courseId, this.#eventTimeChosen);
    this.requestUpdate();
  };

  protected override renderCourse(course: Course): unknown {
    const view = this.#view;
    if (!view) return nothing;
    return html`
      <div part="base">
        ${this.#renderHeader(course, view)} ${this.renderStale()} ${this.#renderSkipped()}
        <div part="toolbar">
          ${this.#renderZoneNote(course, view)} ${this.#renderTimeSwitch(view)}
          ${this.#renderCourseCalendar(course, view)}
        </div>
        ${this.#renderFoldToggle(view)} ${this.#groups.map((group) => this.#renderGroup(group))}
      </div>
    `;
  }

  #renderHeader(course: Course, view: SessionView): unknown {
    const title = this.hideTitle ? nothing : heading(this.level, 'course-title', course.title);
    const summary =
      this.hideSummary || !course.summary
        ? nothing
        : paragraphs(course.summary, disclosureKey.summary, view, 'summary');
    return html`${title}${summary}`;
  }

  /** Print only (styles/print.ts), in place of the switch: "Times in Pacific Daylight Time". */
  #renderZoneNote(course: Course, { text, display, eventTime, nowMs }: SessionView): unknown {
    const timeZone = eventTime ? course.timeZone : display.timeZone;
    const at = new Date(course.sessions[0]?.startMs ?? nowMs);
    const zone = zoneSpecificName(timeZone, display.locale, at);
    return html`<p class="print-only">${text.timesIn({ zone })}</p>`;
  }

  /** "Your time" / "Event time", only when some session's wall clock differs. */
  #renderTimeSwitch({ text, eventTime }: SessionView): unknown {
    if (!this.#zonesDiffer) return nothing;
    const choice = (label: string, event: boolean) => html`
      <button
        part="button"
        class="outlined-button"
        data-event-time=${event}
        aria-pressed=${eventTime === event}
        @click=${this.#handleTimeChoice}
      >${label}</button>
    `;
    return html`
      <div part="switch" role="group" aria-label=${text.showTimesIn}>
        ${choice(text.yourTime, false)} ${choice(text.eventTime, true)}
      </div>
    `;
  }

  #renderCourseCalendar(course: Course, view: SessionView): TemplateResult {
    const { text, nowMs } = view;
    const link = () => {
      const ics = icsDataUrl(courseToIcs(course, { nowMs, labels: text }));
      const label = html`${text.downloadIcs}${hiddenContext(course.title)}`;
      return html`<a part="link" download=${icsFileName(course)} href=${ics}>${label}</a>`;
    };
    return calendarDisclosure(disclosureKey.courseCalendar, view, text.addAll, link);
  }

  /** "Show N earlier sessions" / "Hide earlier sessions", once some have ended. */
  #renderFoldToggle({ text, openDisclosures, toggle }: SessionView): unknown {
    if (!this.#foldedCount) return nothing;
    const open = openDisclosures.has(disclosureKey.earlierSessions);
    return html`
      <button
        part="button"
        data-disclosure=${disclosureKey.earlierSessions}
        aria-expanded=${open}
        @click=${toggle}
      >${open ? text.hideEarlier : text.showEarlier(this.#foldedCount)}</button>
    `;
  }

  #renderGroup({ title, sessions }: SessionGroup): TemplateResult {
    const view = this.#view as SessionView;
    return html`
      <section part="group">
        ${heading(view.level - 1, 'group-title', title)}
        <ul part="list">
          ${sessions.map(({ session, index }) => {
            const next = session === this.#nextSession;
            return html`<li>${sessionTemplate(session, index, view, 'session', next)}</li>`;
          })}
        </ul>
      </section>
    `;
  }

  #renderSkipped(): unknown {
    const skipped = this.data.issues.filter((issue) => issue.skipped);
    if (!skipped.length) return nothing;
    return html`
      <details part="notice">
        <summary part="button">${this.uiText.sessionsSkipped(skipped.length)}</summary>
        <ul>
          ${skipped.map((issue) => html`<li>${issue.message}</li>`)}
        </ul>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-schedule': CourseScheduleElement;
  }
}
