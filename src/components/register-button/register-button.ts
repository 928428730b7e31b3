import { html, nothing, type TemplateResult } from 'lit';
import { registrationState, type RegistrationState } from '../../core/course/registration.js';
import type { Registration } from '../../core/course/types.js';
import { datetimeAttr, formatDateTime, formatRelative } from '../../core/time/format.js';
import { RegisterClickEvent } from '../../events/register-click.js';
import { CourseElement, type ViewInputs } from '../../internal/course-element.js';
import { renderStaleNote } from '../../internal/load-error.js';
import { fillPlaceholder, PLACEHOLDER } from '../../internal/placeholder.js';
import { boxStyles } from '../../styles/box.js';
import { withAttributes } from './internal/inputs.js';
import { strings, type RegisterButtonStrings } from './internal/strings.js';
import { styles } from './register-button.styles.js';

type LinkKind = RegisterClickEvent['kind'];

/** What render() shows, derived once per update. */
interface ButtonView {
  registrationState: RegistrationState;
  /** The course title for the link's accessible name. */
  title?: string;
  /**
   * The registration with the attributes applied: price, note, terms and group rates come from it.
   */
  registration: Registration;
  /** The on-demand note, shown with the on-demand link. */
  onDemandNote?: string;
  /** Display context for dates. */
  locale: string;
  timeZone: string;
  nowMs: number;
}

/** Feed fields whose problems the button reports in the console (the parser dropped them). */
const LINK_FIELDS =
  /^(registration\.(url|waitlistUrl|codeOfConductUrl|groupRates\.contact)|onDemand\.url)$/;

/** A note of the data (the registration's or the on-demand one). */
const renderNote = (text?: string) => (text ? html`<p part="note">${text}</p>` : nothing);

/** A state said in words, where there is no link. */
const renderStatus = (text: unknown) => html`<p part="status">${text}</p>`;

/** An instant in a `<time>` element. */
const renderTime = (epochMs: number, text: string) =>
  html`<time part="time" datetime=${datetimeAttr(epochMs)}>${text}</time>`;

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
 * @slot - Fallback content (a plain link to the registration page): shown until the data renders,
 *   and kept when loading fails.
 * @slot label - Replaces the "Register" label of the registration link (and its accessible name).
 *
 * @csspart base - The wrapper of everything.
 * @csspart button - The link, styled as a button (register, join waitlist, watch on demand).
 * @csspart status - The state in words when there is no link (opens on..., sold out, closed,
 *   cancelled, unavailable).
 * @csspart time - The `<time>` of the opening date, and of the closing time in the deadline note.
 * @csspart deadline - "Registration closes in 2 days", shown in the last three days.
 * @csspart terms - The code-of-conduct line with its link.
 * @csspart price - The registration's price, as the data writes it ("$149 (members $99)"), while
 *   registration is not closed.
 * @csspart note - The registration's note while registration is not closed; the on-demand note once
 *   the course is over.
 * @csspart group-rates - The group-rates note with its contact link.
 * @csspart notice - "Showing saved data; the latest update failed." beside data kept through a
 *   failed refresh.
 * @csspart error - Why the course data could not be loaded, with a Retry button (before the
 *   fallback content).
 *
 * @cssprop --register-button-background - Background of the button link. Default:
 *   --cw-color-accent.
 * @cssprop --register-button-color - Text color of the button link. Default: --cw-color-on-accent.
 * @cssprop --register-button-radius - Corner radius of the button link. Default: --cw-radius.
 * @cssprop --register-button-padding - Padding of the button link. Default: .625em 1.25em.
 *
 * @fires register-click - {RegisterClickEvent} A link was activated, before the browser follows it;
 *   `href` and `kind` ('register' | 'waitlist' | 'on-demand') on the event. Cancel it to stop the
 *   navigation (analytics, a modal).
 * @fires course-load - {CourseLoadEvent} The course data loaded (again).
 * @fires course-error - {CourseErrorEvent} The course data could not be loaded or used.
 */
export class RegisterButtonElement extends CourseElement {
  static override tagName = 'register-button';
  static override styles = [...CourseElement.styles, boxStyles, styles];
  /** @internal */
  static override stringTable = strings;
  static override properties = {
    href: {},
    opens: {},
    closes: {},
    status: {},
    waitlistHref: { attribute: 'waitlist-href' },
    courseTitle: { attribute: 'course-title' },
  };

  /**
   * The registration page (`http:`/`https:`, relative to the page address; a `<base href>` does not
   * apply). Overrides the JSON's `registration.url`. @attr href
   */
  declare href?: string;
  /**
   * When registration opens: an instant with `Z` or an offset (`2021-08-01T04:00:00Z`), or a
   * wall time (`2021-08-01T00:00`) when the element has its own `time-zone`, read in that zone.
   * Overrides the JSON's `registration.opens`. @attr opens
   */
  declare opens?: string;
  /**
   * When registration closes; written like `opens`. Overrides the JSON's `registration.closes`.
   * @attr closes
   */
  declare closes?: string;
  /**
   * `open`, `closed`, `full`, `waitlist` or `cancelled`: wins over what `opens`/`closes` imply.
   * @attr status
   */
  declare status?: string;
  /** The waitlist page, linked when `status` is `full` or `waitlist`. @attr waitlist-href */
  declare waitlistHref?: string;
  /**
   * The course title for the link's accessible name ("Register for ..."); defaults to the JSON's
   * title. @attr course-title
   */
  declare courseTitle?: string;

  /** @internal */
  declare protected uiText: RegisterButtonStrings;
  #view?: ButtonView;

  protected override deriveView({ course, nowMs, locale, timeZone }: ViewInputs): void {
    const attributes = [this.href, this.opens, this.closes, this.status, this.waitlistHref];
    const hasAttributes = attributes.some((value) => value != null);
    const hasDataSource = Boolean(this.src || this.course != null || this.querySelector('script'));
    // Attributes alone only when no JSON source is configured (else: wait for it).
    if (!course && (!hasAttributes || hasDataSource)) {
      this.#view = undefined;
      this.clock.wakeAt(undefined);
      return;
    }
    const problems: string[] = [];
    for (const issue of this.data.issues) {
      if (LINK_FIELDS.test(issue.path)) problems.push(issue.message);
    }
    // Against the page's address, not document.baseURI: a <base href> does not move the links.
    const registration = withAttributes(course?.registration, this, document.URL, problems);
    for (const problem of problems) this.warnOnce(problem);
    const state = registrationState(
      { registration, onDemand: course?.onDemand, sessions: course?.sessions },
      nowMs,
    );
    this.clock.wakeAt(state.nextMs);
    this.#view = {
      registrationState: state,
      title: this.courseTitle || course?.title,
      registration,
      onDemandNote: course?.onDemand?.note,
      locale,
      timeZone,
      nowMs,
    };
  }

  #handleClick = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const kind = link.dataset.kind as LinkKind;
    if (!this.dispatchEvent(new RegisterClickEvent(link.href, kind))) event.preventDefault();
  };

  protected override render(): unknown {
    const view = this.#view;
    if (!view) return super.render();
    const { state } = view.registrationState;
    const withExtras = state === 'not-yet-open' || state === 'open' || state === 'full';
    return html`
      <div part="base">
        ${this.#renderState(view)} ${withExtras ? this.#renderExtras(view) : nothing}
        ${renderStaleNote(this.uiText, this.data.stale)}
      </div>
    `;
  }

  #renderState(view: ButtonView): unknown {
    const text = this.uiText;
    const registration = view.registrationState;
    switch (registration.state) {
      case 'not-yet-open':
        return renderStatus(this.#renderOpening(view, registration.opensMs));
      case 'open':
        return html`
          ${this.#renderLink(registration.href, 'register', this.#renderLabel(view.title))}
          ${this.#renderDeadline(view, registration.closesMs)}
        `;
      case 'full': {
        const waitlist = registration.href;
        return html`
          ${renderStatus(text.soldOut)}
          ${waitlist ? this.#renderLink(waitlist, 'waitlist', text.joinWaitlist) : nothing}
        `;
      }
      case 'on-demand':
        return html`
          ${this.#renderLink(registration.href, 'on-demand', text.watchOnDemand)}
          ${renderNote(view.onDemandNote)}
        `;
      case 'closed':
        return renderStatus(text.registrationClosed);
      case 'cancelled':
        return renderStatus(text.registrationCancelled);
      case 'unavailable':
        return renderStatus(text.registrationLinkUnavailable);
    }
  }

  /** "Registration opens <time>". */
  #renderOpening({ locale, timeZone }: ButtonView, opensMs: number): TemplateResult {
    const date = formatDateTime(opensMs, { locale, timeZone });
    const sentence = this.uiText.registrationOpens({ date: PLACEHOLDER });
    return fillPlaceholder(sentence, renderTime(opensMs, date));
  }

  /** "Registration closes in 2 days", in the last three days. */
  #renderDeadline({ locale, nowMs }: ButtonView, closesMs: number | undefined): unknown {
    if (closesMs === undefined) return nothing;
    const when = formatRelative(closesMs, nowMs, locale);
    const sentence = this.uiText.registrationCloses({ when: PLACEHOLDER });
    return html`<p part="deadline">${fillPlaceholder(sentence, renderTime(closesMs, when))}</p>`;
  }

  #renderLink(href: string, kind: LinkKind, label: unknown): TemplateResult {
    return html`
      <a part="button" href=${href} data-kind=${kind} @click=${this.#handleClick}>${label}</a>
    `;
  }

  /**
   * "Register", replaceable through the `label` slot; the accessible name adds the course title.
   */
  #renderLabel(title: string | undefined): TemplateResult {
    const text = this.uiText;
    if (!title) return html`<slot name="label">${text.register}</slot>`;
    const visible = html`<span aria-hidden="true">${text.register}</span>`;
    const name = html`<span class="visually-hidden">${text.registerFor({ title })}</span>`;
    return html`<slot name="label">${visible}${name}</slot>`;
  }

  /**
   * While registration is not closed: the price, the note, the code-of-conduct line and the
   * group-rates note.
   */
  #renderExtras({ registration }: ButtonView): TemplateResult {
    const { price, note, codeOfConductUrl } = registration;
    const terms = codeOfConductUrl
      ? html`<p part="terms"><a href=${codeOfConductUrl}>${this.uiText.codeOfConduct}</a></p>`
      : nothing;
    return html`
      ${price ? html`<p part="price">${price}</p>` : nothing} ${renderNote(note)} ${terms}
      ${this.#renderGroupRates(registration.groupRates)}
    `;
  }

  /** The group-rates note with its contact link (an e-mail contact shows its address). */
  #renderGroupRates(rates: Registration['groupRates']): unknown {
    if (!rates?.contact && !rates?.note) return nothing;
    const contact = rates.contact;
    const address = contact?.startsWith('mailto:') && contact.slice('mailto:'.length).split('?')[0];
    const link = contact
      ? html` <a href=${contact}>${address || this.uiText.groupRatesContact}</a>`
      : nothing;
    return html`<p part="group-rates">${rates.note ?? this.uiText.groupRates}${link}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'register-button': RegisterButtonElement;
  }
}
