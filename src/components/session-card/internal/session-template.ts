/**
 * The one renderer of a session, shared by <session-card> (one) and <course-schedule> (all
 * of them, in its own shadow root: no element per session). Pure templates: every string
 * comes from core/time and the string table, every href from the parser's allow-listed URLs
 * or our own calendar export, and feed text is bound as text (Lit escapes it).
 */

import { html, type TemplateResult } from 'lit';
import {
  googleCalendarUrl,
  icsDataUrl,
  icsFileName,
  sessionToIcs,
} from '../../../core/course/ics.js';
import type { Course, Session } from '../../../core/course/types.js';
import {
  datetimeAttr,
  dayKey,
  formatDuration,
  sameWallClock,
  timeRangeParts,
  zoneCity,
  type DisplayContext,
} from '../../../core/time/format.js';
import { replayUrl, sessionPhase } from '../../../core/time/status.js';
import type { SessionStrings } from './strings.js';

/** What the templates need besides the session: derived once per update by the element. */
export interface View {
  c: Course;
  s: SessionStrings;
  /** The visitor's (or the `time-zone`) display context. */
  ctx: DisplayContext;
  /** Show each session in its organiser's zone instead ("Event time"). */
  event: boolean;
  now: number;
  /** Heading level of a session title (1-6). */
  level: number;
  /** Keys of the open disclosures (descriptions `d…`, calendars `c…`). */
  open: Set<string>;
  /** Flips the disclosure named by the event target's `data-k`. */
  toggle: (e: Event) => void;
}

// Six literal templates cost less than lit/static-html, and stay real <h1>-<h6> elements.
const H = [
  (p: string, c: unknown) => html`<h1 part=${p}>${c}</h1>`,
  (p: string, c: unknown) => html`<h2 part=${p}>${c}</h2>`,
  (p: string, c: unknown) => html`<h3 part=${p}>${c}</h3>`,
  (p: string, c: unknown) => html`<h4 part=${p}>${c}</h4>`,
  (p: string, c: unknown) => html`<h5 part=${p}>${c}</h5>`,
  (p: string, c: unknown) => html`<h6 part=${p}>${c}</h6>`,
];

/** A heading of `level` (clamped to 6). */
export const heading = (level: number, part: string, content: unknown): TemplateResult =>
  H[Math.min(level, 6) - 1]!(part, content);

/** Visually hidden text: completes a link's name out of context ("Join" + the session title). */
export const hidden = (text: string) => html`<span class="vh">: ${text}</span>`;

/** `text` with its "\0" placeholder replaced by `node`. */
const around = (text: string, node: unknown) => {
  const [a, b = ''] = text.split('\0');
  return html`${a}${node}${b}`;
};

/** A time range whose two ends are each a `<time datetime>` with the exact instant. */
function range(x: Session, ctx: DisplayContext, withDate: boolean) {
  const [a, sep, b] = timeRangeParts(x.startMs, x.endMs, ctx, withDate);
  // <bdi>: a range keeps its own order inside a right-to-left line.
  return html`<bdi><time datetime=${datetimeAttr(x.startMs)}>${a}</time>${sep}${b ? html`<time datetime=${datetimeAttr(x.endMs)}>${b}</time>` : ''}</bdi>`;
}

/**
 * Text in paragraphs (blank lines), collapsed to its first paragraph, clamped, when long (the
 * others are in the DOM for print, hidden on screen: styles/print.ts); a real button with
 * aria-expanded/aria-controls opens it.
 */
export function paragraphs(text: string, id: string, v: View, part = 'description') {
  const ps = text.split(/\n\s*\n/);
  const long = ps.length > 1 || text.length > 300;
  const open = !long || v.open.has(id);
  return html`<div part=${part} id=${id} class=${open ? '' : 'clamp'}>${ps.map((p) => html`<p>${p}</p>`)}</div>${
    long
      ? html`<button part="button" data-k=${id} aria-expanded=${open} aria-controls=${id} @click=${v.toggle}>${open ? v.s.less : v.s.more}</button>`
      : ''
  }`;
}

/** A native disclosure whose links are built only when opened (1,000 .ics documents would cost a render). */
export const calendar = (key: string, v: View, label: unknown, links: () => unknown) => {
  const open = v.open.has(key);
  return html`<details part="calendar" data-k=${key} ?open=${open} @toggle=${v.toggle}><summary part="button">${label}</summary>${open ? links() : ''}</details>`;
};

const memo = new WeakMap<Session, { k: string; s: SessionStrings; t: TemplateResult }>();

/**
 * The time lines: the display zone's, and the organiser's when its wall clock differs (with
 * its date when that differs too). Kept per session, display zone and strings: they are the
 * costly part of a render (formatRange), and a schedule re-renders on every phase change.
 */
function when(x: Session, ctx: DisplayContext, s: SessionStrings): TemplateResult {
  const k = ctx.locale + ctx.timeZone;
  let m = memo.get(x);
  if (m?.k !== k || m.s !== s) {
    const event = { ...ctx, timeZone: x.timeZone };
    m = {
      k,
      s,
      t: html`<p part="time">${range(x, ctx, true)}<span class="m"> · <bdi>${formatDuration(x.endMs - x.startMs, ctx.locale)}</bdi></span></p>${
        sameWallClock(x.startMs, ctx.timeZone, x.timeZone)
          ? ''
          : html`<p part="event-time">${around(
              s.timeInPlace({ time: '\0', place: zoneCity(x.timeZone, ctx.locale) }),
              range(x, event, dayKey(x.startMs, ctx.timeZone) !== dayKey(x.startMs, x.timeZone)),
            )}</p>`
      }`,
    };
    memo.set(x, m);
  }
  return m.t;
}

/**
 * One session. `key` makes its ids unique in the shadow root; `part` names its root
 * (`base` in a card, `session` in a schedule); `next` marks the schedule's next session.
 */
export function sessionTemplate(
  x: Session,
  key: string | number,
  v: View,
  part: string,
  next?: boolean,
) {
  const { c, s, now } = v;
  const ctx = v.event ? { ...v.ctx, timeZone: x.timeZone } : v.ctx;
  const phase = sessionPhase(x, now);
  const type = x.type !== 'session' && s[`type.${x.type}`];
  const url = phase === 'live' || phase === 'starting-soon' ? x.joinUrl : replayUrl(x, c, now);
  return html`<div part=${part} class="s ${x.type} ${phase}${next ? ' next' : ''}">${heading(v.level, 'title', x.title)}${when(x, ctx, s)}${
    x.type === 'break'
      ? ''
      : html`<p part="status">${type && type !== x.title ? html`<span class="b">${type}</span> ` : ''}${next ? html`<span class="b">${s.next}</span> ` : ''}<span class="b p">${s[`phase.${phase}`]}</span> ${
          url
            ? html`<a part="link" href=${url}>${phase === 'ended' ? s.watchRecording : s.join}${hidden(x.title)}</a>`
            : ''
        }</p>${
          x.speakers.length
            ? html`<ul part="speakers">${x.speakers.map(
                (p) =>
                  html`<li>${p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name}${[p.title, p.organization].map((t) => (t ? `, ${t}` : ''))}</li>`,
              )}</ul>`
            : html`<p part="speakers">${s.speakersTba}</p>`
        }${x.description ? paragraphs(x.description, `d${key}`, v) : ''}${calendar(
          `c${key}`,
          v,
          html`${s.addToCalendar}${hidden(x.title)}`,
          () =>
            html`<a part="link" download=${icsFileName(c, x)} href=${icsDataUrl(sessionToIcs(x, c, { nowMs: now, labels: s }))}>${s.downloadIcs}${hidden(
              x.title,
            )}</a> <a part="link" href=${googleCalendarUrl(x, c, s)}>${s.googleCalendar}${hidden(x.title)}</a>`,
        )}`
  }</div>`;
}
