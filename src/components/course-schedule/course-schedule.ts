import { html } from 'lit';
import { courseToIcs, icsDataUrl, icsFileName } from '../../core/course/ics.js';
import type { Course, Session } from '../../core/course/types.js';
import { dayKey, formatDate, sameWallClock, zoneName } from '../../core/time/format.js';
import { nextSession } from '../../core/time/status.js';
import { SessionElement } from '../session-card/internal/session-element.js';
import {
  calendar,
  heading,
  hidden,
  paragraphs,
  sessionTemplate,
  type View,
} from '../session-card/internal/session-template.js';
import { styles } from './course-schedule.styles.js';
import { readEventTime, storeEventTime } from './internal/storage.js';

interface Group {
  h: unknown;
  items: [Session, number][];
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
 * @summary A course's sessions in the visitor's time zone, live.
 * @tag course-schedule
 *
 * @slot - Fallback content (a link to the course page): shown until the schedule renders, and kept when loading fails.
 *
 * @csspart base - The whole schedule.
 * @csspart course-title - The course title.
 * @csspart summary - The course summary paragraphs.
 * @csspart toolbar - The row with the time switch and the whole-course calendar.
 * @csspart switch - The "Your time" / "Event time" button group.
 * @csspart group - A part or date, with its heading and list.
 * @csspart group-title - The heading of a part or date.
 * @csspart list - The list of a group's sessions.
 * @csspart session - One session (see `<session-card>` for the parts inside: title, time, event-time, status, link, speakers, description, calendar).
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
  };

  override headingLevel = 2;
  /** Hide the course title (headings below it move up a level). @attr hide-title */
  hideTitle = false;
  /** Hide the course summary. @attr hide-summary */
  hideSummary = false;

  #id?: string;
  #event = false;
  #differs = false;
  #fold = 0;
  #next?: Session;
  #groups: Group[] = [];
  #v?: View;

  protected override derive(): void {
    super.derive();
    const c = this.data.course;
    if (!c) return;
    if (c.id !== this.#id) this.#event = readEventTime((this.#id = c.id));
    const now = this.nowMs;
    const zone = this.displayZone;
    const all = c.sessions;
    this.#differs = all.some((x) => !sameWallClock(x.startMs, zone, x.timeZone));
    const event = this.#event && this.#differs;
    // Under way: fold the ended sessions before the first one still to come (none once all ended).
    let fold = all.findIndex((x) => x.endMs > now);
    this.#fold = fold < 0 ? 0 : fold;
    if (this.open.has('e')) fold = 0;
    this.#next = nextSession(all, now);
    const v = (this.#v = this.view(c, this.level + (this.hideTitle ? 1 : 2), event));
    const dateCtx = event ? { ...v.ctx, timeZone: c.timeZone } : v.ctx;
    const parts = new Map(c.parts.map((p) => [p.id, p.title]));
    const groups = new Map<string, Group>();
    all.forEach((x, i) => {
      if (i < fold) return;
      const day = dayKey(x.startMs, dateCtx.timeZone);
      const key = x.part ?? day;
      let g = groups.get(key);
      if (!g) {
        const title = x.part && parts.get(x.part);
        groups.set(
          key,
          (g = {
            h: title ?? html`<time datetime=${day}>${formatDate(x.startMs, dateCtx)}</time>`,
            items: [],
          }),
        );
      }
      g.items.push([x, i]);
    });
    this.#groups = [...groups.values()];
  }

  #setEvent = (e: Event): void => {
    this.#event = (e.currentTarget as HTMLElement).dataset.e === '1';
    storeEventTime(this.#id!, this.#event);
    this.requestUpdate();
  };

  protected override renderCourse(c: Course): unknown {
    const v = this.#v!;
    const { s, open } = v;
    const fold = this.#fold;
    return html`<div part="base">${this.hideTitle ? '' : heading(this.level, 'course-title', c.title)}${
      this.hideSummary || !c.summary ? '' : paragraphs(c.summary, 'ds', v, 'summary')
    }${this.renderStale()}${this.#renderSkipped()}<div part="toolbar">${this.#renderZoneNote(c)}${
      this.#differs
        ? html`<div part="switch" role="group" aria-label=${s.showTimesIn}>${[
            s.yourTime,
            s.eventTime,
          ].map(
            (label, i) =>
              html`<button part="button" class="btn" data-e=${i} aria-pressed=${v.event === !!i} @click=${this.#setEvent}>${label}</button>`,
          )}</div>`
        : ''
    }${calendar('ca', v, s.addAll, () => html`<a part="link" download=${icsFileName(c)} href=${icsDataUrl(courseToIcs(c, { nowMs: v.now, labels: s }))}>${s.downloadIcs}${hidden(c.title)}</a>`)}</div>${
      fold
        ? html`<button part="button" data-k="e" aria-expanded=${open.has('e')} @click=${v.toggle}>${open.has('e') ? s.hideEarlier : s.showEarlier(fold)}</button>`
        : ''
    }${this.#groups.map(
      (g) =>
        html`<section part="group">${heading(v.level - 1, 'group-title', g.h)}<ul part="list" role="list">${g.items.map(
          ([x, i]) => html`<li>${sessionTemplate(x, i, v, 'session', x === this.#next)}</li>`,
        )}</ul></section>`,
    )}</div>`;
  }

  /** Print only (styles/print.ts), in place of the switch: "Times in Pacific Daylight Time". */
  #renderZoneNote(c: Course): unknown {
    const v = this.#v!;
    const timeZone = v.event ? c.timeZone : v.ctx.timeZone;
    const at = c.sessions[0]?.startMs ?? v.now;
    return html`<p class="print-only">${v.s.timesIn(zoneName(at, { ...v.ctx, timeZone }))}</p>`;
  }

  #renderSkipped(): unknown {
    const skipped = this.data.issues.filter((i) => i.skipped);
    return skipped.length
      ? html`<details part="notice"><summary part="button">${this.s.sessionsSkipped(skipped.length)}</summary><ul>${skipped.map((i) => html`<li>${i.message}</li>`)}</ul></details>`
      : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-schedule': CourseScheduleElement;
  }
}
