/**
 * The register button's inputs from attributes, for pages without course JSON (or to
 * override fields of it). Pure: the caller passes the page's address (`document.URL`).
 * Attribute URLs get exactly the feed's checks (`checkUrl`), resolved against the page's
 * address (a `<base href>` does not move them); dates are instants with `Z` or an offset, or
 * wall times when the element has its own `time-zone` (read in that zone). A value that
 * cannot be used is left out and described in `problems`, for one console warning each.
 */

import type { Registration } from '../../../core/course/types.js';
import { REGISTRATION_STATUSES } from '../../../core/course/types.js';
import { checkUrl } from '../../../core/course/url.js';
import { parseDateTime } from '../../../core/time/parse.js';

export interface RegistrationAttributes {
  href?: string | null;
  opens?: string | null;
  closes?: string | null;
  status?: string | null;
  waitlistHref?: string | null;
  /** The element's own `time-zone`: wall-time dates are read in it. */
  timeZone?: string | null;
}

/**
 * `base` (the feed's registration, or nothing) with every attribute that is set laid over it.
 * A set but unusable attribute still replaces the feed value (with nothing), so a page that
 * writes `href` never silently gets the feed's link instead.
 */
export function withAttributes(
  base: Registration | undefined,
  attributes: RegistrationAttributes,
  pageUrl: string,
  problems: string[],
): Registration {
  const registration: Registration = { ...base };
  const url = (name: string, value: string) => {
    const checked = checkUrl(value, pageUrl);
    if (checked.ok) return checked.href;
    problems.push(`${name}: ${checked.error}`);
  };
  const date = (name: string, value: string) => {
    const parsed = parseDateTime(value, attributes.timeZone || undefined);
    if (parsed.ok) return parsed.epochMs;
    problems.push(`${name}: ${parsed.error}`);
  };
  const { href, waitlistHref, opens, closes, status } = attributes;
  if (href != null) registration.url = url('href', href);
  if (waitlistHref != null) registration.waitlistUrl = url('waitlist-href', waitlistHref);
  if (opens != null) registration.opensMs = date('opens', opens);
  if (closes != null) registration.closesMs = date('closes', closes);
  if (status != null) {
    const wanted = status.trim().toLowerCase();
    const known = REGISTRATION_STATUSES.find((candidate) => candidate === wanted);
    if (known) registration.status = known;
    else
      problems.push(
        `status: ${JSON.stringify(status)} is not one of ${REGISTRATION_STATUSES.join(', ')}`,
      );
  }
  return registration;
}
