// What a visitor in each of the suite's zones sees for the seed course's first session
// (2021-10-13T18:00Z-18:45Z, 2:00-2:45 PM in New York), written down by hand; each row's
// dates are cross-checked against Temporal (an independent zone implementation) below.
import { Temporal } from 'temporal-polyfill';

export interface SeedRow {
  zone: string;
  /** The session's time line, then the organiser's ('' when the wall clocks agree). */
  time: string;
  event: string;
  /** The visitor's local start date, YYYY-MM-DD. */
  day: string;
}

export const SEED_ROWS: SeedRow[] = [
  {
    zone: 'America/New_York',
    time: 'Wed, Oct 13, 2:00 – 2:45 PM EDT · 45 min',
    event: '',
    day: '2021-10-13',
  },
  {
    zone: 'America/Los_Angeles',
    time: 'Wed, Oct 13, 11:00 – 11:45 AM PDT · 45 min',
    event: '2:00 – 2:45 PM EDT in New York',
    day: '2021-10-13',
  },
  {
    zone: 'Asia/Kolkata',
    time: 'Wed, Oct 13, 11:30 PM GMT+5:30 – Thu, Oct 14, 12:15 AM GMT+5:30 · 45 min',
    event: '2:00 – 2:45 PM EDT in New York',
    day: '2021-10-13',
  },
  // The course's Wednesday is Thursday morning here: both dates are shown.
  {
    zone: 'Pacific/Auckland',
    time: 'Thu, Oct 14, 7:00 – 7:45 AM GMT+13 · 45 min',
    event: 'Wed, Oct 13, 2:00 – 2:45 PM EDT in New York',
    day: '2021-10-14',
  },
];

export const W1S1 = { start: '2021-10-13T18:00:00Z', end: '2021-10-13T18:45:00Z' };

/** The local date of an instant in a zone, by Temporal. */
export const localDay = (iso: string, zone: string): string =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();

/** The row for the zone this run emulates, matched by UTC offsets (Chromium names Kolkata Asia/Calcutta). */
export function visitorRow(): SeedRow {
  const visitor = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offsets = (zone: string) =>
    ['2021-01-15T12:00:00Z', '2021-07-15T12:00:00Z', W1S1.start]
      .map((iso) => Temporal.Instant.from(iso).toZonedDateTimeISO(zone).offset)
      .join();
  const row = SEED_ROWS.find((r) => offsets(r.zone) === offsets(visitor));
  if (!row) throw new Error(`no seed row for the visitor zone ${visitor}`);
  return row;
}
