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
  a: RegistrationAttributes,
  pageUrl: string,
  problems: string[],
): Registration {
  const r: Registration = { ...base };
  const url = (name: string, v: string) => {
    const c = checkUrl(v, pageUrl);
    if (c.ok) return c.href;
    problems.push(`${name}: ${c.error}`);
  };
  const date = (name: string, v: string) => {
    const d = parseDateTime(v, a.timeZone || undefined);
    if (d.ok) return d.epochMs;
    problems.push(`${name}: ${d.error}`);
  };
  if (a.href != null) r.url = url('href', a.href);
  if (a.waitlistHref != null) r.waitlistUrl = url('waitlist-href', a.waitlistHref);
  if (a.opens != null) r.opensMs = date('opens', a.opens);
  if (a.closes != null) r.closesMs = date('closes', a.closes);
  if (a.status != null) {
    const s = a.status.trim().toLowerCase() as Registration['status'];
    if (REGISTRATION_STATUSES.includes(s!)) r.status = s;
    else
      problems.push(
        `status: ${JSON.stringify(a.status)} is not one of ${REGISTRATION_STATUSES.join(', ')}`,
      );
  }
  return r;
}
