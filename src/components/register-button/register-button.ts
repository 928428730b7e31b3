import { html, type PropertyValues, type TemplateResult } from 'lit';
import { registrationState, type RegistrationState } from '../../core/course/registration.js';
import type { Registration } from '../../core/course/types.js';
import { pickStrings, type Overrides } from '../../core/i18n/index.js';
import { datetimeAttr, formatDateTime, formatRelative } from '../../core/time/format.js';
import { RegisterClickEvent } from '../../events/register-click.js';
import type { CourseError } from '../../core/course/errors.js';
import { CourseElement } from '../../internal/course-element.js';
import { boxStyles } from '../../styles/box.js';
import { loadError, staleNote } from '../../internal/load-error.js';
import { withAttributes } from './internal/inputs.js';
import { strings, type RegisterButtonStrings } from './internal/strings.js';
import { styles } from './register-button.styles.js';

type Kind = RegisterClickEvent['kind'];
interface View {
  r: RegistrationState;
  s: RegisterButtonStrings;
  title?: string;
  /** The registration with the attributes applied: price, note, terms and group rates come from it. */
  reg: Registration;
  /** The on-demand note, shown with the on-demand link. */
  odNote?: string;
}

/** Feed fields whose problems the button reports in the console (the parser dropped them). */
const LINK_FIELDS =
  /^(registration\.(url|waitlistUrl|codeOfConductUrl|groupRates\.contact)|onDemand\.url)$/;

/** A note of the data (the registration's or the on-demand one). */
const note = (text?: string) => (text ? html`<p part="note">${text}</p>` : '');

/** `text` with its "\0" placeholder replaced by `node` (so a date can sit in a `<time>`). */
const around = (text: string, node: unknown) => {
  const [a, b] = text.split('\0');
  return html`${a}${b === undefined ? '' : html`${node}${b}`}`;
};

/**
 * A registration link that knows the calendar: before `opens` it says when registration
 * opens, then links to the registration page ("Register", named for the course), notes
 * when `closes` is less than three days away, and turns into "Registration closed", "Sold
 * out" with a waitlist link, "Registration cancelled" or, once the course is over,
 * "Watch on demand", on its own as those instants pass. The price and the note of the data
 * show beside the link while registration is not closed. A link that is not `http(s):`
 * is never rendered: "Registration link unavailable" shows instead, with one console warning.
 *
 * Data comes from `src` (or `course`, or inline JSON) like every course-widgets element, or
 * from attributes for pages without JSON; attributes that are set override the JSON's fields.
 *
 * @summary A register link that opens, closes and fills up on schedule.
 * @tag register-button
 *
 * @slot - Fallback content (a plain link to the registration page): shown until the data renders, and kept when loading fails.
 * @slot label - Replaces the "Register" label of the registration link (and its accessible name).
 *
 * @csspart base - The wrapper of everything.
 * @csspart button - The link, styled as a button (register, join waitlist, watch on demand).
 * @csspart status - The state in words when there is no link (opens on..., sold out, closed, cancelled, unavailable).
 * @csspart time - The `<time>` of the opening date, and of the closing time in the deadline note.
 * @csspart deadline - "Registration closes in 2 days", shown in the last three days.
 * @csspart terms - The code-of-conduct line with its link.
 * @csspart price - The registration's price, as the data writes it ("$149 (members $99)"), while registration is not closed.
 * @csspart note - The registration's note while registration is not closed; the on-demand note once the course is over.
 * @csspart group-rates - The group-rates note with its contact link.
 * @csspart notice - "Showing saved data; the latest update failed." beside data kept through a failed refresh.
 * @csspart error - Why the course data could not be loaded, with a Retry button (before the fallback content).
 *
 * @cssprop --register-button-background - Background of the button link. Default: --cw-color-accent.
 * @cssprop --register-button-color - Text color of the button link. Default: --cw-color-on-accent.
 * @cssprop --register-button-radius - Corner radius of the button link. Default: --cw-radius.
 * @cssprop --register-button-padding - Padding of the button link. Default: .625em 1.25em.
 *
 * @fires register-click - {RegisterClickEvent} A link was activated, before the browser follows it; `href` and `kind` ('register' | 'waitlist' | 'on-demand') on the event. Cancel it to stop the navigation (analytics, a modal).
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class RegisterButtonElement extends CourseElement {
  static override tagName = 'register-button';
  static override styles = [...CourseElement.styles, boxStyles, styles];
  static override properties = {
    href: {},
    opens: {},
    closes: {},
    status: {},
    waitlistHref: { attribute: 'waitlist-href' },
    courseTitle: { attribute: 'course-title' },
  };

  /** The registration page (`http:`/`https:`, relative to the page address; a `<base href>` does not apply). Overrides the JSON's `registration.url`. @attr href */
  declare href?: string;
  /**
   * When registration opens: an instant with `Z` or an offset (`2021-08-01T04:00:00Z`), or a
   * wall time (`2021-08-01T00:00`) when the element has its own `time-zone`, read in that zone.
   * Overrides the JSON's `registration.opens`. @attr opens
   */
  declare opens?: string;
  /** When registration closes; written like `opens`. Overrides the JSON's `registration.closes`. @attr closes */
  declare closes?: string;
  /** `open`, `closed`, `full`, `waitlist` or `cancelled`: wins over what `opens`/`closes` imply. @attr status */
  declare status?: string;
  /** The waitlist page, linked when `status` is `full` or `waitlist`. @attr waitlist-href */
  declare waitlistHref?: string;
  /** The course title for the link's accessible name ("Register for ..."); defaults to the JSON's title. @attr course-title */
  declare courseTitle?: string;

  #view?: View;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const course = this.data.course;
    const attrs = [this.href, this.opens, this.closes, this.status, this.waitlistHref];
    // Attributes alone only when no JSON source is configured (else: wait for it).
    if (
      !course &&
      (!attrs.some((a) => a != null) ||
        this.src ||
        this.course != null ||
        this.querySelector('script'))
    ) {
      this.#view = undefined;
      this.clock.wakeAt(undefined);
      return;
    }
    const problems: string[] = [];
    for (const i of this.data.issues) if (LINK_FIELDS.test(i.path)) problems.push(i.message);
    // Against the page's address, not document.baseURI: a <base href> does not move the links.
    const registration = withAttributes(course?.registration, this, document.URL, problems);
    for (const p of problems) this.warnOnce(p);
    const r = registrationState(
      { registration, onDemand: course?.onDemand, sessions: course?.sessions },
      this.nowMs,
    );
    this.clock.wakeAt(r.nextMs);
    this.#view = {
      r,
      s: pickStrings(strings, this.locale, this.strings as Overrides<RegisterButtonStrings>),
      title: this.courseTitle || course?.title,
      reg: registration,
      odNote: course?.onDemand?.note,
    };
  }

  #handleClick = (e: Event): void => {
    const a = e.currentTarget as HTMLAnchorElement;
    if (!this.dispatchEvent(new RegisterClickEvent(a.href, a.dataset.kind as Kind)))
      e.preventDefault();
  };

  protected override render(): unknown {
    const v = this.#view;
    if (!v) return super.render();
    const { r, s } = v;
    const ctx = { locale: this.locale, timeZone: this.displayZone };
    const time = (ms: number, text: string) =>
      html`<time part="time" datetime=${datetimeAttr(ms)}>${text}</time>`;
    const said = (text: unknown) => html`<p part="status">${text}</p>`;
    let main: unknown;
    switch (r.state) {
      case 'not-yet-open':
        main = said(
          around(
            s.registrationOpens({ date: '\0' }),
            time(r.opensMs!, formatDateTime(r.opensMs!, ctx)),
          ),
        );
        break;
      case 'open':
        main = html`${this.#link(r.href!, 'register', this.#label(s, v.title))}${
          r.closesMs === undefined
            ? ''
            : html`<p part="deadline">${around(s.registrationCloses({ when: '\0' }), time(r.closesMs, formatRelative(r.closesMs, this.nowMs, this.locale)))}</p>`
        }`;
        break;
      case 'full':
        main = html`${said(s.soldOut)}${r.href ? this.#link(r.href, 'waitlist', s.joinWaitlist) : ''}`;
        break;
      case 'on-demand':
        main = html`${this.#link(r.href!, 'on-demand', s.watchOnDemand)}${note(v.odNote)}`;
        break;
      default:
        main = said(
          r.state === 'closed'
            ? s.registrationClosed
            : r.state === 'cancelled'
              ? s.registrationCancelled
              : s.registrationLinkUnavailable,
        );
    }
    const extras = r.state === 'not-yet-open' || r.state === 'open' || r.state === 'full';
    return html`<div part="base">${main}${extras ? this.#renderExtras(v) : ''}${staleNote(s, this.data.stale)}</div>`;
  }

  /** @internal What went wrong, with Retry; the fallback content follows. */
  protected override renderError(e: CourseError): unknown {
    return loadError(
      pickStrings(strings, this.locale, this.strings as Overrides<RegisterButtonStrings>),
      e,
      this.reload,
    );
  }

  #link(href: string, kind: Kind, label: unknown): TemplateResult {
    return html`<a part="button" href=${href} data-kind=${kind} @click=${this.#handleClick}>${label}</a>`;
  }

  /** "Register", replaceable through the `label` slot; the accessible name adds the course title. */
  #label(s: RegisterButtonStrings, title?: string): TemplateResult {
    return html`<slot name="label">${title ? html`<span aria-hidden="true">${s.register}</span><span class="vh">${s.registerFor({ title })}</span>` : s.register}</slot>`;
  }

  /** While registration is not closed: the price, the note, the code-of-conduct line and the group-rates note (an e-mail contact shows its address). */
  #renderExtras({
    s,
    reg: { price, note: text, codeOfConductUrl: coc, groupRates: rates },
  }: View): unknown {
    const mail = rates?.contact?.startsWith('mailto:') && rates.contact.slice(7).split('?')[0];
    return html`${price ? html`<p part="price">${price}</p>` : ''}${note(text)}${coc ? html`<p part="terms"><a href=${coc}>${s.codeOfConduct}</a></p>` : ''}${
      rates?.contact || rates?.note
        ? html`<p part="group-rates">${rates.note ?? s.groupRates}${rates.contact ? html` <a href=${rates.contact}>${mail || s.groupRatesContact}</a>` : ''}</p>`
        : ''
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'register-button': RegisterButtonElement;
  }
}
