/**
 * The one renderer of a session, shared by <session-card> (one) and <course-schedule> (all
 * of them, in its own shadow root: no element per session). Pure templates: every string
 * comes from core/time and the string table, every href from the parser's allow-listed URLs
 * or our own calendar export, and feed text is bound as text (Lit escapes it).
 */

import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, icsDataUrl, icsFileName, sessionToIcs } from '../../core/course/ics.js';
import type { Course, Session, Speaker } from '../../core/course/types.js';
import {
  datetimeAttr,
  dayKey,
  formatDuration,
  sameWallClock,
  timeRangeParts,
  zoneCity,
  type DisplayContext,
} from '../../core/time/format.js';
import { namedPhase, replayUrl, sessionPhase, type SessionPhase } from '../../core/time/status.js';
import { fillPlaceholder, PLACEHOLDER } from '../placeholder.js';
import type { SessionStrings } from './strings.js';

/** What the templates need besides the session: derived once per update by the element. */
export interface SessionView {
  course: Course;
  text: SessionStrings;
  /** The visitor's (or the `time-zone`) display context. */
  display: DisplayContext;
  /** Show each session in its organiser's zone instead ("Event time"). */
  eventTime: boolean;
  nowMs: number;
  /** Heading level of a session title (1-6). */
  level: number;
  /** Keys of the open disclosures (see `disclosureKey`). */
  openDisclosures: ReadonlySet<string>;
  /** Flips the disclosure named by the event target's `data-disclosure`. */
  toggle: (event: Event) => void;
}

/** Keys of the disclosures an element keeps open across renders. */
export const disclosureKey = {
  /** A session's description ("Show more"). */
  description: (sessionKey: string | number) => `description-${sessionKey}`,
  /** A session's add-to-calendar links. */
  calendar: (sessionKey: string | number) => `calendar-${sessionKey}`,
  /** The course summary in a schedule. */
  summary: 'summary',
  /** The whole-course calendar in a schedule. */
  courseCalendar: 'course-calendar',
  /** The ended sessions a schedule folds away. */
  earlierSessions: 'earlier-sessions',
} as const;

/** A description longer than this collapses to its first paragraph. */
const LONG_TEXT_CHARACTERS = 300;

// Six literal templates cost less than lit/static-html, and stay real <h1>-<h6> elements.
const HEADINGS = [
  (part: string, content: unknown) => html`<h1 part=${part}>${content}</h1>`,
  (part: string, content: unknown) => html`<h2 part=${part}>${content}</h2>`,
  (part: string, content: unknown) => html`<h3 part=${part}>${content}</h3>`,
  (part: string, content: unknown) => html`<h4 part=${part}>${content}</h4>`,
  (part: string, content: unknown) => html`<h5 part=${part}>${content}</h5>`,
  (part: string, content: unknown) => html`<h6 part=${part}>${content}</h6>`,
] as const;

/** A heading of `level` (clamped to 1-6). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const index = Math.min(Math.max(level, 1), HEADINGS.length) - 1;
  return HEADINGS[index](part, content);
}

/** Visually hidden text: completes a link's name out of context ("Join" + the session title). */
export const hiddenContext = (text: string): TemplateResult =>
  html`<span class="visually-hidden">: ${text}</span>`;

/** One end of a time range, with the exact instant. */
const timeOf = (epochMs: number, text: string): TemplateResult =>
  html`<time datetime=${datetimeAttr(epochMs)}>${text}</time>`;

/** A time range whose two ends are each a `<time datetime>` with the exact instant. */
function timeRange(session: Session, display: DisplayContext, withDate: boolean): TemplateResult {
  const [start, separator, end] = timeRangeParts(session.startMs, session.endMs, display, withDate);
  const endTime = end ? timeOf(session.endMs, end) : nothing;
  // <bdi>: a range keeps its own order inside a right-to-left line.
  return html`<bdi>${timeOf(session.startMs, start)}${separator}${endTime}</bdi>`;
}

/**
 * Text in paragraphs (blank lines), collapsed to its first paragraph, clamped, when long (the
 * others are in the DOM for print, hidden on screen: styles/print.ts); a real button with
 * aria-expanded/aria-controls opens it.
 */
export function paragraphs(
  text: string,
  key: string,
  view: SessionView,
  part = 'description',
): TemplateResult {
  const all = text.split(/\n\s*\n/);
  const long = all.length > 1 || text.length > LONG_TEXT_CHARACTERS;
  const open = !long || view.openDisclosures.has(key);
  const toggle = html`
    <button
      part="button"
      data-disclosure=${key}
      aria-expanded=${open}
      aria-controls=${key}
      @click=${view.toggle}
    >${open ? view.text.less : view.text.more}</button>
  `;
  // No whitespace inside the <div>: its text is the description's, exactly.
  const content = all.map((paragraph) => html`<p>${paragraph}</p>`);
  return html`
    <div part=${part} id=${key} class=${open ? '' : 'clamped'}>${content}</div>
    ${long ? toggle : nothing}
  `;
}

/**
 * A native disclosure whose links are built only when opened (1,000 .ics documents would cost a
 * render).
 */
export function calendarDisclosure(
  key: string,
  view: SessionView,
  label: unknown,
  links: () => unknown,
): TemplateResult {
  const open = view.openDisclosures.has(key);
  return html`
    <details part="calendar" data-disclosure=${key} ?open=${open} @toggle=${view.toggle}>
      <summary part="button">${label}</summary>
      ${open ? links() : nothing}
    </details>
  `;
}

interface TimeLines {
  key: string;
  text: SessionStrings;
  template: TemplateResult;
}

/** The time lines per session; a WeakMap, so a session that is gone takes its entry along. */
const timeLinesMemo = new WeakMap<Session, TimeLines>();

/** The organiser's time and place, when their wall clock differs from the display zone's. */
function renderEventTime(session: Session, display: DisplayContext, text: SessionStrings): unknown {
  if (sameWallClock(session.startMs, display.timeZone, session.timeZone)) return nothing;
  const organiser = { ...display, timeZone: session.timeZone };
  const otherDay =
    dayKey(session.startMs, display.timeZone) !== dayKey(session.startMs, session.timeZone);
  const sentence = text.timeInPlace({
    time: PLACEHOLDER,
    place: zoneCity(session.timeZone, display.locale),
  });
  return html`
    <p part="event-time">
      ${fillPlaceholder(sentence, timeRange(session, organiser, otherDay))}
    </p>
  `;
}

/**
 * The time lines: the display zone's, and the organiser's when its wall clock differs (with
 * its date when that differs too). Kept per session, display zone and strings: they are the
 * costly part of a render (formatRange), and a schedule re-renders on every phase change.
 */
function renderTimes(
  session: Session,
  display: DisplayContext,
  text: SessionStrings,
): TemplateResult {
  const key = `${display.locale}|${display.timeZone}`;
  const kept = timeLinesMemo.get(session);
  if (kept?.key === key && kept.text === text) return kept.template;
  const duration = formatDuration(session.endMs - session.startMs, display.locale);
  const template = html`
    <p part="time">
      ${timeRange(session, display, true)}<span class="muted"> · <bdi>${duration}</bdi></span>
    </p>
    ${renderEventTime(session, display, text)}
  `;
  timeLinesMemo.set(session, { key, text, template });
  return template;
}

/** What one session's template works from. */
interface SessionContext {
  session: Session;
  /** Makes the session's ids and disclosure keys unique in the shadow root. */
  key: string | number;
  view: SessionView;
  phase: SessionPhase;
  /** The schedule's next session. */
  next: boolean;
}

/** Join while live or about to start; Watch recording once ended, while a replay is offered. */
function renderSessionLink({ session, view, phase }: SessionContext): unknown {
  const { text, course, nowMs } = view;
  const live = phase === 'live' || phase === 'starting-soon';
  const url = live ? session.joinUrl : replayUrl(session, course, nowMs);
  if (!url) return nothing;
  const label = phase === 'ended' ? text.watchRecording : text.join;
  return html`<a part="link" href=${url}>${label}${hiddenContext(session.title)}</a>`;
}

/** Type, "Next", the phase and the Join / Watch recording link. */
function renderStatus(context: SessionContext): TemplateResult {
  const { session, view, phase, next } = context;
  const { text } = view;
  const type = session.type === 'session' ? undefined : text[`type.${session.type}`];
  const showType = type !== undefined && type !== session.title;
  return html`
    <p part="status">
      ${showType ? html`<span class="badge">${type}</span> ` : nothing}
      ${next ? html`<span class="badge">${text.next}</span> ` : nothing}
      <span class="badge phase">${text[`phase.${phase}`]}</span>
      ${renderSessionLink(context)}
    </p>
  `;
}

function renderSpeaker(speaker: Speaker): TemplateResult {
  const name = speaker.url ? html`<a href=${speaker.url}>${speaker.name}</a>` : speaker.name;
  const roles = [speaker.title, speaker.organization].map((role) => (role ? `, ${role}` : ''));
  return html`<li>${name}${roles}</li>`;
}

function renderSpeakers({ session, view }: SessionContext): TemplateResult {
  if (!session.speakers.length) return html`<p part="speakers">${view.text.speakersTba}</p>`;
  return html`<ul part="speakers">${session.speakers.map(renderSpeaker)}</ul>`;
}

/** The add-to-calendar disclosure: a .ics download and a Google Calendar link. */
function renderCalendar({ session, key, view }: SessionContext): TemplateResult {
  const { course, text, nowMs } = view;
  const links = () => {
    const ics = icsDataUrl(sessionToIcs(session, course, { nowMs, labels: text }));
    const fileName = icsFileName(course, session);
    const google = googleCalendarUrl(session, course, text);
    const context = hiddenContext(session.title);
    return html`
      <a part="link" download=${fileName} href=${ics}>${text.downloadIcs}${context}</a>
      <a part="link" href=${google}>${text.googleCalendar}${context}</a>
    `;
  };
  const label = html`${text.addToCalendar}${hiddenContext(session.title)}`;
  return calendarDisclosure(disclosureKey.calendar(key), view, label, links);
}

/** Everything below the times, for a session that is not a break. */
function renderDetails(context: SessionContext): TemplateResult {
  const { session, key, view } = context;
  const description = session.description
    ? paragraphs(session.description, disclosureKey.description(key), view)
    : nothing;
  return html`
    ${renderStatus(context)} ${renderSpeakers(context)} ${description}
    ${renderCalendar(context)}
  `;
}

/**
 * A break's status, in words, only when it is unusual: under way (which the schedule also
 * marks with colour), cancelled or postponed.
 */
function renderBreakStatus({ session, phase, view }: SessionContext): unknown {
  const named = namedPhase(session, phase);
  if (!named) return nothing;
  const text = named === 'live' ? view.text.breakUnderWay : view.text[`phase.${named}`];
  return html`<p part="status"><span class="badge phase">${text}</span></p>`;
}

/**
 * One session. `key` makes its ids unique in the shadow root; `part` names its root
 * (`base` in a card, `session` in a schedule); `next` marks the schedule's next session.
 */
export function sessionTemplate(
  session: Session,
  key: string | number,
  view: SessionView,
  part: string,
  next = false,
): TemplateResult {
  const display = view.eventTime ? { ...view.display, timeZone: session.timeZone } : view.display;
  const phase = sessionPhase(session, view.nowMs);
  const context: SessionContext = { session, key, view, phase, next };
  const classes = ['session', session.type, phase, next ? 'next' : ''].join(' ').trim();
  return html`
    <div part=${part} class=${classes}>
      ${heading(view.level, 'title', session.title)}
      ${renderTimes(session, display, view.text)}
      ${session.type === 'break' ? renderBreakStatus(context) : renderDetails(context)}
    </div>
  `;
}
