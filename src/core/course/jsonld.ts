/**
 * schema.org structured data for a course, so a course page can show in search results as
 * events with their dates: a `Course` whose `hasCourseInstance` lists each session (breaks
 * left out) as an `Event` and `CourseInstance`, with its start and end as date-times with the
 * organiser's offset, online attendance, a `VirtualLocation`, its status, the registration
 * as `offers`, the speakers as `performer`. Typed with schema-dts (types only, nothing at run
 * time); small and free of dependencies beyond the time core, so an element may import it.
 */

import type {
  Course as CourseSchema,
  CourseInstance,
  EventStatusType,
  ItemAvailability,
  Offer,
  Organization,
  Person,
  WithContext,
} from 'schema-dts';
import type { Course, Registration, Session, SessionStatus } from './types.js';
import { scriptSafeJson } from './script-json.js';
import { offsetDateTime } from '../time/wall.js';

export interface JsonLdOptions {
  /**
   * The address of the page the data goes on (the events' `url` and location); default: the
   * course's `url`.
   */
  pageUrl?: string;
  /** Who runs the course (`organizer`, `provider`); default: named after the course URL's host. */
  organizer?: { name: string; url?: string };
}

const STATUS: Record<SessionStatus, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

const AVAILABILITY: Record<NonNullable<Registration['status']>, ItemAvailability> = {
  open: 'https://schema.org/InStock',
  waitlist: 'https://schema.org/LimitedAvailability',
  full: 'https://schema.org/SoldOut',
  closed: 'https://schema.org/SoldOut',
  cancelled: 'https://schema.org/Discontinued',
};

/** Currency written as a symbol; `$` alone is read as US dollars. */
const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
};
const CODE_BEFORE = String.raw`(?:\b([A-Z]{3})\s?|(US\$|CA?\$|AU?\$|NZ\$|\$|€|£|₹|¥)\s?)?`;
const AMOUNT = String.raw`(\d[\d,]*(?:\.\d{1,2})?)`;
const CODE_AFTER = String.raw`(?:\s?([A-Z]{3})\b)?`;
/** An amount with a currency code or symbol before it, or a code after it. */
const PRICE = new RegExp(`${CODE_BEFORE}${AMOUNT}${CODE_AFTER}`);

/** The display price ("$99", "EUR 25", "Free for members") as a number and currency, if any. */
export function readPrice(text: string): { price: number; currency?: string } | undefined {
  const [, codeBefore, symbol, amount, codeAfter] = PRICE.exec(text) ?? [];
  if (amount === undefined) return /\bfree\b/i.test(text) ? { price: 0 } : undefined;
  const currency = codeBefore ?? codeAfter ?? (symbol ? SYMBOLS[symbol] : undefined);
  return { price: Number(amount.replaceAll(',', '')), ...(currency && { currency }) };
}

/** The time between two instants as an ISO 8601 duration ("PT1H30M"). */
function isoDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  const hours = Math.floor(minutes / 60);
  return `PT${hours ? `${hours}H` : ''}${minutes % 60 || !hours ? `${minutes % 60}M` : ''}`;
}

function organizerOf(course: Course, options: JsonLdOptions): Organization | undefined {
  if (options.organizer?.name)
    return {
      '@type': 'Organization',
      name: options.organizer.name,
      ...(options.organizer.url && { url: options.organizer.url }),
    };
  const address = course.url ?? options.pageUrl;
  if (!address) return undefined;
  const url = new URL(address);
  return { '@type': 'Organization', name: url.hostname.replace(/^www\./, ''), url: url.origin };
}

function offerOf(course: Course): Offer | undefined {
  const registration = course.registration;
  if (!registration?.url) return undefined;
  const price = registration.price ? readPrice(registration.price) : undefined;
  const at = (ms: number | undefined) =>
    ms === undefined ? undefined : offsetDateTime(ms, course.timeZone);
  const offer: Offer = {
    '@type': 'Offer',
    url: registration.url,
    availability: AVAILABILITY[registration.status ?? 'open'],
    ...(price && { price: price.price, category: price.price === 0 ? 'Free' : 'Paid' }),
    ...(price?.currency && { priceCurrency: price.currency }),
    ...(registration.opensMs !== undefined && { validFrom: at(registration.opensMs) }),
    ...(registration.closesMs !== undefined && { validThrough: at(registration.closesMs) }),
  };
  return offer;
}

function performerOf(session: Session): Person[] {
  return session.speakers.map((speaker): Person => ({
    '@type': 'Person',
    name: speaker.name,
    ...(speaker.title && { jobTitle: speaker.title }),
    ...(speaker.organization && {
      affiliation: { '@type': 'Organization', name: speaker.organization },
    }),
    ...(speaker.url && { url: speaker.url }),
  }));
}

/**
 * The structured data of a course: a schema.org `Course` with one `Event`/`CourseInstance`
 * per session that is not a break. Dates carry the offset of the session's organiser zone.
 */
export function courseJsonLd(course: Course, options: JsonLdOptions = {}): object {
  const pageUrl = options.pageUrl ?? course.url;
  const organizer = organizerOf(course, options);
  const offer = offerOf(course);
  const image = course.image;
  const instances = course.sessions
    .filter((session) => session.type !== 'break')
    .map((session) => {
      const performers = performerOf(session);
      const description = session.description ?? course.summary ?? course.subtitle;
      // The page (where the schedule shows the join link while live), not the join link
      // itself, which may be meant for registered people only.
      const location = pageUrl ?? session.joinUrl;
      const instance: CourseInstance = {
        '@type': 'CourseInstance',
        name: session.title,
        startDate: offsetDateTime(session.startMs, session.timeZone),
        endDate: offsetDateTime(session.endMs, session.timeZone),
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        eventStatus: STATUS[session.status],
        courseMode: 'Online',
        courseWorkload: isoDuration(session.endMs - session.startMs),
        location: { '@type': 'VirtualLocation', ...(location && { url: location }) },
        ...(description && { description }),
        ...(image && { image }),
        ...(pageUrl && { url: pageUrl }),
        ...(course.language && { inLanguage: course.language }),
        ...(organizer && { organizer }),
        ...(performers.length && { performer: performers }),
        ...(offer && { offers: offer }),
      };
      // Both types: Google reads events as `Event`; `CourseInstance` ties them to the course.
      return { ...instance, '@type': ['Event', 'CourseInstance'] };
    });
  const data: WithContext<CourseSchema> = {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: course.summary ?? course.subtitle ?? course.title,
    ...(pageUrl && { url: pageUrl }),
    ...(image && { image }),
    ...(course.language && { inLanguage: course.language }),
    ...(organizer && { provider: organizer }),
    ...(offer && { offers: offer }),
    hasCourseInstance: instances as unknown as CourseInstance[],
  };
  return data;
}

/** The structured data as a `<script type="application/ld+json">` element, "<" escaped. */
export function jsonLdScript(course: Course, options: JsonLdOptions = {}): string {
  const json = scriptSafeJson(courseJsonLd(course, options), 2);
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
