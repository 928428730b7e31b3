import { html } from 'lit';
import type { Course, Session } from '../../core/course/types.js';
import { countdownTarget } from '../../core/time/status.js';
import type { ViewInputs } from '../../internal/course-element.js';
import { SessionElement } from '../../internal/session/session-element.js';
import { sessionTemplate } from '../../internal/session/session-template.js';

/**
 * One session of a course, in the visitor's own time: title, type, local date and time range
 * with the zone label and duration, the organiser's time when their clock differs, live
 * status that changes on its own (Upcoming, Starting soon, Live now with a Join link, Ended
 * with Watch recording, Cancelled, Postponed), speakers, a collapsible description and
 * add-to-calendar links (.ics download and Google Calendar).
 *
 * Data comes like every course-widgets element: `src` (the course JSON's URL), the `course`
 * property (the JSON as an object) or an inline `<script type="application/json">` child;
 * `session-id` picks the session. Without `session-id` the card shows the session that is
 * live or next, and the last one once all have ended. An unknown id shows a message and the
 * fallback content. `<course-schedule>` renders its sessions with the same template.
 *
 * @summary One course session in the visitor's time zone, with live status.
 * @tag session-card
 *
 * @slot - Fallback content (a link to the course page): shown until the session renders, and kept
 *   when loading fails or the id is unknown.
 *
 * @csspart base - The session.
 * @csspart title - The session title (a heading of `heading-level`).
 * @csspart time - The date and time range in the display zone; each end is a `<time datetime>`.
 * @csspart event-time - The organiser's time and place, when their wall clock differs ("2:00 – 2:45
 *   PM EDT in New York").
 * @csspart status - Type, phase and the Join / Watch recording link.
 * @csspart link - Join, Watch recording and calendar links.
 * @csspart speakers - The speakers list, or "Speakers to be announced".
 * @csspart description - The description paragraphs.
 * @csspart button - Buttons (show more, retry) and disclosure summaries.
 * @csspart calendar - The add-to-calendar disclosure.
 * @csspart notice - The stale-data note and the unknown-id message.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with its Retry button.
 *
 * @cssprop --session-card-background - Background of a session. Default: --cw-color-background.
 * @cssprop --session-card-border-color - Border of a session. Default: --cw-color-border.
 * @cssprop --session-card-padding - Padding of a session. Default: 1em.
 * @cssprop --session-card-radius - Corner radius of a session. Default: --cw-radius.
 *
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class SessionCardElement extends SessionElement {
  static override tagName = 'session-card';
  static override properties = { sessionId: { attribute: 'session-id' } };

  /**
   * Id of the session to show; without it, the live or next session (the last once all ended).
   * @attr session-id
   */
  declare sessionId?: string;

  #session?: Session;

  protected override deriveView(inputs: ViewInputs): void {
    super.deriveView(inputs);
    const { course, nowMs } = inputs;
    const pinnedId = this.sessionId || undefined;
    const target = course && countdownTarget(course.sessions, nowMs, pinnedId);
    // Without an id, the last session once all have ended.
    this.#session = target ?? (course && !pinnedId ? course.sessions.at(-1) : undefined);
  }

  protected override renderCourse(course: Course): unknown {
    const session = this.#session;
    if (!session) return html`${this.renderStale()}${this.#renderNotFound()}`;
    const view = this.sessionView(course, this.level);
    return html`${this.renderStale()}${sessionTemplate(session, 0, view, 'base')}`;
  }

  #renderNotFound(): unknown {
    return html`
      <p part="notice">${this.uiText.notFound({ id: this.sessionId ?? '' })}</p>
      ${this.renderFallback()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCardElement;
  }
}
