// Wall time <-> instant against an independent implementation: temporal-polyfill, with
// Temporal's 'compatible' disambiguation (RFC 5545: earlier instant in an overlap, forward
// by the gap in a gap). The corpus is generated from the oracle itself: every UTC-offset
// transition 2010-2026 in each zone below, and the wall minutes around it. A checked-in
// table of named cases (written from Chromium's native Temporal) pins the famous edges.
// The whole file runs once per emulated visitor zone; nothing may depend on it.
import { expect } from '@open-wc/testing';
import { Temporal } from 'temporal-polyfill';
import {
  offsetAt,
  wallTimeAt,
  wallTimeToInstant,
  type WallTime,
  type WallTimeKind,
} from '../../../src/core/time/zoned.js';
import { parseDateTime } from '../../../src/core/time/parse.js';
import { itUnless, zoneDataPredates } from '../../engine.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

// zone -> what its 2010-2026 history must contain, so an empty scan cannot pass.
// gap/overlap: the scan meets skipped/ambiguous wall times; midnight: some 00:00 is skipped.
type Expect = { gap?: true; overlap?: true; midnight?: true };
const ZONES: Record<string, Expect> = {
  'America/New_York': { gap: true, overlap: true }, // US rules
  'America/Los_Angeles': { gap: true, overlap: true },
  'Europe/Berlin': { gap: true, overlap: true }, // EU rules, 02:00/03:00 local
  'Europe/London': { gap: true, overlap: true }, // EU rules, 01:00/02:00 local
  'Europe/Kyiv': { gap: true, overlap: true }, // renamed from Europe/Kiev (Chromium still says Kiev)
  'Australia/Sydney': { gap: true, overlap: true }, // southern hemisphere
  'Pacific/Auckland': { gap: true, overlap: true },
  'America/Santiago': { gap: true, overlap: true, midnight: true }, // Saturday 24:00 -> Sunday 01:00
  'Australia/Lord_Howe': { gap: true, overlap: true }, // 30-minute DST
  'Pacific/Chatham': { gap: true, overlap: true }, // +12:45 / +13:45
  'Antarctica/Troll': { gap: true, overlap: true }, // two-hour DST
  'America/Havana': { gap: true, overlap: true, midnight: true }, // springs 00:00 -> 01:00
  'Asia/Beirut': { gap: true, overlap: true, midnight: true }, // springs 00:00 -> 01:00
  'Asia/Tehran': { gap: true, overlap: true, midnight: true }, // 24:00 -> 01:00; DST abolished 2022
  'America/Asuncion': { gap: true, overlap: true, midnight: true }, // permanent -03 since 2024
  'America/Sao_Paulo': { gap: true, overlap: true, midnight: true }, // DST abolished 2019
  'Pacific/Apia': { gap: true, overlap: true, midnight: true }, // skipped 2011-12-30 entirely; DST until 2021
  'America/Mexico_City': { gap: true, overlap: true }, // DST abolished 2022
  'Asia/Amman': { gap: true, overlap: true, midnight: true }, // springs 00:00 -> 01:00; permanent +03 from 2022
  'Asia/Damascus': { gap: true, overlap: true, midnight: true }, // springs 00:00 -> 01:00; permanent +03 from 2022
  'America/Nuuk': { gap: true, overlap: true }, // -03 -> -02 standard in 2023, EU-style DST from 2024
  'Africa/Casablanca': { gap: true, overlap: true, midnight: true }, // leaves +01 for Ramadan each year since 2018
  'Europe/Moscow': { gap: true, overlap: true }, // permanent summer time (+04) 2011, back to +03 in 2014
  'America/Caracas': { gap: true }, // -04:30 -> -04 in 2016 (the 2007 move is out of range)
  'Asia/Pyongyang': { gap: true, overlap: true }, // +09 -> +08:30 (2015) -> +09 (2018)
  'Asia/Kolkata': {}, // +05:30, no DST
  'Asia/Kathmandu': {}, // +05:45
  'Australia/Eucla': {}, // +08:45
  'Pacific/Kiritimati': {}, // +14
  'Pacific/Pago_Pago': {}, // -11
  UTC: {},
};

// The named edges, checked in: [zone, wall time, instant, kind].
const NAMED: [string, string, string, WallTimeKind][] = [
  ['America/New_York', '2021-03-14T02:30', '2021-03-14T07:30:00Z', 'skipped'],
  ['America/New_York', '2021-11-07T01:30', '2021-11-07T05:30:00Z', 'ambiguous'],
  ['America/New_York', '2021-10-13T14:00', '2021-10-13T18:00:00Z', 'exact'],
  ['Europe/Berlin', '2021-03-28T02:30', '2021-03-28T01:30:00Z', 'skipped'],
  ['Europe/Berlin', '2021-10-31T02:30', '2021-10-31T00:30:00Z', 'ambiguous'],
  ['Europe/London', '2021-03-28T01:30', '2021-03-28T01:30:00Z', 'skipped'],
  ['Europe/London', '2021-10-31T01:30', '2021-10-31T00:30:00Z', 'ambiguous'],
  ['Europe/Kyiv', '2021-03-28T03:30', '2021-03-28T01:30:00Z', 'skipped'],
  ['Australia/Sydney', '2021-10-03T02:30', '2021-10-02T16:30:00Z', 'skipped'],
  ['Australia/Sydney', '2021-04-04T02:30', '2021-04-03T15:30:00Z', 'ambiguous'],
  ['Pacific/Auckland', '2021-09-26T02:30', '2021-09-25T14:30:00Z', 'skipped'],
  ['Pacific/Auckland', '2021-04-04T02:30', '2021-04-03T13:30:00Z', 'ambiguous'],
  ['America/Santiago', '2021-09-05T00:00', '2021-09-05T04:00:00Z', 'skipped'],
  ['America/Santiago', '2021-09-05T00:30', '2021-09-05T04:30:00Z', 'skipped'],
  ['America/Santiago', '2021-04-03T23:30', '2021-04-04T02:30:00Z', 'ambiguous'],
  ['Australia/Lord_Howe', '2021-10-03T02:15', '2021-10-02T15:45:00Z', 'skipped'],
  ['Australia/Lord_Howe', '2021-04-04T01:45', '2021-04-03T14:45:00Z', 'ambiguous'],
  ['Pacific/Chatham', '2021-09-26T02:50', '2021-09-25T14:05:00Z', 'skipped'],
  ['Antarctica/Troll', '2021-03-28T01:30', '2021-03-28T01:30:00Z', 'skipped'],
  ['America/Havana', '2021-03-14T00:00', '2021-03-14T05:00:00Z', 'skipped'],
  ['America/Havana', '2021-03-14T00:30', '2021-03-14T05:30:00Z', 'skipped'],
  ['Asia/Beirut', '2021-03-28T00:30', '2021-03-27T22:30:00Z', 'skipped'],
  ['Pacific/Apia', '2011-12-30T12:00', '2011-12-30T22:00:00Z', 'skipped'],
  ['Pacific/Apia', '2011-12-31T00:00', '2011-12-30T10:00:00Z', 'exact'],
  ['Asia/Kolkata', '2021-10-13T23:30', '2021-10-13T18:00:00Z', 'exact'],
  ['Asia/Kathmandu', '2021-10-13T23:45', '2021-10-13T18:00:00Z', 'exact'],
  ['Australia/Eucla', '2021-10-14T02:45', '2021-10-13T18:00:00Z', 'exact'],
  ['Asia/Tehran', '2021-03-22T00:30', '2021-03-21T21:00:00Z', 'skipped'],
  ['Asia/Tehran', '2023-03-22T00:30', '2023-03-21T21:00:00Z', 'exact'],
  ['America/Mexico_City', '2022-04-03T02:30', '2022-04-03T08:30:00Z', 'skipped'],
  ['America/Mexico_City', '2023-04-02T02:30', '2023-04-02T08:30:00Z', 'exact'],
  ['Asia/Amman', '2021-10-29T00:30', '2021-10-28T21:30:00Z', 'ambiguous'],
  ['Asia/Amman', '2022-10-28T00:30', '2022-10-27T21:30:00Z', 'exact'],
  ['Asia/Damascus', '2022-10-28T00:30', '2022-10-27T21:30:00Z', 'exact'],
  ['America/Nuuk', '2023-10-28T23:30', '2023-10-29T01:30:00Z', 'exact'],
  ['America/Nuuk', '2024-03-30T23:30', '2024-03-31T01:30:00Z', 'skipped'],
  ['Africa/Casablanca', '2022-03-27T02:30', '2022-03-27T01:30:00Z', 'ambiguous'],
  ['Africa/Casablanca', '2022-05-08T02:30', '2022-05-08T02:30:00Z', 'skipped'],
  ['Europe/Moscow', '2014-10-26T01:30', '2014-10-25T21:30:00Z', 'ambiguous'],
  ['America/Caracas', '2016-05-01T02:45', '2016-05-01T07:15:00Z', 'skipped'],
  ['Asia/Pyongyang', '2018-05-04T23:45', '2018-05-04T15:15:00Z', 'skipped'],
  ['America/New_York', '2021-12-31T23:59:59', '2022-01-01T04:59:59Z', 'exact'],
  ['Pacific/Auckland', '2022-01-01T00:00', '2021-12-31T11:00:00Z', 'exact'],
  ['Pacific/Kiritimati', '2022-01-01T00:00', '2021-12-31T10:00:00Z', 'exact'],
  ['Pacific/Pago_Pago', '2021-12-31T23:59', '2022-01-01T10:59:00Z', 'exact'],
];

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A wall time held as epoch ms "read as UTC", and its text form. */
function wallFromLocalMs(localMs: number): { wall: WallTime; text: string } {
  const d = new Date(localMs);
  const wall = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
  const text = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return { wall, text };
}

/** Temporal's answer: the 'compatible' instant and how many instants have that wall time. */
function oracle(text: string, zone: string): { epochMs: number; kind: WallTimeKind } {
  const pdt = Temporal.PlainDateTime.from(text);
  const earlier = pdt.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = pdt.toZonedDateTime(zone, { disambiguation: 'later' });
  // The polyfill has no TimeZone.getPossibleInstantsFor any more; this is its equivalent:
  // one instant if earlier = later, two if both really show the wall time, else none.
  const kind: WallTimeKind =
    earlier.epochMilliseconds === later.epochMilliseconds
      ? 'exact'
      : earlier.toPlainDateTime().equals(pdt)
        ? 'ambiguous'
        : 'skipped';
  return {
    epochMs: pdt.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds,
    kind,
  };
}

const oracleOffset = (epochMs: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;

function transitions(
  zone: string,
  fromYear: number,
  toYear: number,
): { atMs: number; beforeMs: number; afterMs: number }[] {
  const found = [];
  let z: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({
    timeZone: zone,
    year: fromYear,
    month: 1,
    day: 1,
  });
  while ((z = z.getTimeZoneTransition('next')) && z.year <= toYear) {
    const atMs = z.epochMilliseconds;
    found.push({
      atMs,
      beforeMs: oracleOffset(atMs - 1, zone),
      afterMs: z.offsetNanoseconds / 1e6,
    });
  }
  return found;
}

/** Wall times (as local ms) worth testing around one transition. */
function wallsAround(t: { atMs: number; beforeMs: number; afterMs: number }): number[] {
  const lo = t.atMs + Math.min(t.beforeMs, t.afterMs);
  const hi = t.atMs + Math.max(t.beforeMs, t.afterMs);
  const mid = lo + Math.floor((hi - lo) / 2 / MIN) * MIN;
  const midnight = Math.floor(lo / (24 * HOUR)) * 24 * HOUR;
  return [
    lo - HOUR,
    lo - MIN,
    lo - 1000,
    lo,
    lo + MIN,
    mid,
    hi - MIN,
    hi,
    hi + MIN,
    hi + HOUR,
    midnight,
    midnight + 24 * HOUR,
  ];
}

/** Ordinary wall times and year ends, one set per zone. */
function ordinaryWalls(): number[] {
  const walls = [];
  for (let year = 2015; year <= 2026; year++) {
    walls.push(
      Date.UTC(year, 0, 1),
      Date.UTC(year, 0, 1, 0, 30),
      Date.UTC(year, 5, 15, 12),
      Date.UTC(year, 9, 13, 14),
    );
    walls.push(Date.UTC(year, 11, 31, 23, 30), Date.UTC(year, 11, 31, 23, 59, 59));
  }
  walls.push(Date.UTC(2024, 1, 29, 9, 15), Date.UTC(2000, 1, 29, 23, 59));
  return walls;
}

// Rule changes after 2022 that an engine's zone data may predate (WebKitGTK on Debian 12): a
// zone's offset after the change, and the first wall time it governs.
const LATER_RULES: Record<string, [string, string, string]> = {
  'America/Mexico_City': ['2023-07-01T12:00:00Z', 'GMT-06:00', '2023-01-01'], // DST abolished
  'America/Nuuk': ['2023-11-15T12:00:00Z', 'GMT-02:00', '2023-10-28'], // -03 to -02
};
const predates = (zone: string, wall: string) => {
  const rule = LATER_RULES[zone];
  return !!rule && wall >= rule[2] && zoneDataPredates(zone, rule[0], rule[1]);
};

describe('wallTimeToInstant and parseDateTime: named edges (checked-in table)', () => {
  for (const [zone, wall, instant, kind] of NAMED) {
    itUnless(predates(zone, wall), `its zone data predates ${zone}'s rules of ${wall.slice(0, 4)}`)(
      `${wall} in ${zone} is ${instant} (${kind})`,
      () => {
        const r = parseDateTime(wall, zone);
        expect(r).to.deep.equal({ ok: true, epochMs: Date.parse(instant), kind });
        // The same answer from the oracle, so the table itself is checked too.
        expect(oracle(wall, zone)).to.deep.equal({ epochMs: Date.parse(instant), kind });
      },
    );
  }
});

describe('wallTimeToInstant, offsetAt and wallTimeAt agree with Temporal around every transition 2010-2026', () => {
  const totals = { cases: 0, exact: 0, ambiguous: 0, skipped: 0, offsets: 0 };

  for (const [zone, expected] of Object.entries(ZONES)) {
    it(zone, () => {
      const list = transitions(zone, 2010, 2026);
      const walls = [...new Set([...list.flatMap(wallsAround), ...ordinaryWalls()])];
      const wrong: string[] = [];
      const seen = { exact: 0, ambiguous: 0, skipped: 0, midnightSkipped: 0 };

      for (const localMs of walls) {
        const { wall, text } = wallFromLocalMs(localMs);
        const want = oracle(text, zone);
        const got = wallTimeToInstant(wall, zone);
        const parsed = parseDateTime(text, zone);
        seen[want.kind] += 1;
        if (want.kind === 'skipped' && wall.hour === 0 && wall.minute === 0)
          seen.midnightSkipped += 1;
        if (got.epochMs !== want.epochMs || got.kind !== want.kind) {
          wrong.push(
            `${text}: got ${iso(got.epochMs)} ${got.kind}, Temporal ${iso(want.epochMs)} ${want.kind}`,
          );
        }
        if (!parsed.ok || parsed.epochMs !== want.epochMs || parsed.kind !== want.kind) {
          wrong.push(`parseDateTime(${text}): ${JSON.stringify(parsed)}`);
        }
      }

      const instants = list.flatMap((t) => [
        t.atMs - MIN,
        t.atMs - 1,
        t.atMs,
        t.atMs + 1,
        t.atMs + MIN,
      ]);
      instants.push(...walls.map((w) => w - 12 * HOUR));
      for (const ms of instants) {
        const want = oracleOffset(ms, zone);
        if (offsetAt(ms, zone) !== want)
          wrong.push(`offsetAt(${iso(ms)}): got ${offsetAt(ms, zone)}, Temporal ${want}`);
        const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        const w = wallTimeAt(ms, zone);
        const fields = [z.year, z.month, z.day, z.hour, z.minute, z.second];
        if (
          JSON.stringify([w.year, w.month, w.day, w.hour, w.minute, w.second]) !==
          JSON.stringify(fields)
        ) {
          wrong.push(
            `wallTimeAt(${iso(ms)}): got ${JSON.stringify(w)}, Temporal ${z.toPlainDateTime().toString()}`,
          );
        }
      }

      expect(wrong.slice(0, 10), `${wrong.length} mismatches`).to.deep.equal([]);
      // The corpus really contains what this zone is here for.
      expect(seen.skipped > 0, 'has skipped wall times').to.equal(!!expected.gap);
      expect(seen.ambiguous > 0, 'has repeated wall times').to.equal(!!expected.overlap);
      expect(seen.midnightSkipped > 0, 'has a skipped midnight').to.equal(!!expected.midnight);
      expect(list.length === 0).to.equal(!expected.gap && !expected.overlap);
      totals.cases += walls.length;
      totals.offsets += instants.length;
      totals.exact += seen.exact;
      totals.ambiguous += seen.ambiguous;
      totals.skipped += seen.skipped;
    });
  }

  // About 10,300 wall times (1,400 skipped, 1,390 repeated) and 13,800 instants when written.
  it('covered thousands of cases, over a thousand in gaps and in overlaps', () => {
    expect(totals.cases).to.be.greaterThan(9000);
    expect(totals.skipped).to.be.greaterThan(1000);
    expect(totals.ambiguous).to.be.greaterThan(1000);
    expect(totals.offsets).to.be.greaterThan(12000);
  });
});

describe('offsetAt', () => {
  for (const [zone, at, offsetMin] of [
    ['Asia/Kolkata', '2021-07-01T00:00:00Z', 330],
    ['Asia/Kathmandu', '2021-07-01T00:00:00Z', 345],
    ['America/New_York', '2021-03-14T06:59:59.999Z', -300],
    ['America/New_York', '2021-03-14T07:00:00Z', -240],
    ['Pacific/Chatham', '2021-01-01T00:00:00Z', 825],
    ['America/St_Johns', '2021-01-01T00:00:00Z', -210],
    ['UTC', '2021-01-01T00:00:00Z', 0],
  ] as const) {
    it(`${zone} at ${at} is ${offsetMin} minutes`, () => {
      expect(offsetAt(Date.parse(at), zone)).to.equal(offsetMin * MIN);
    });
  }
});

describe('wallTimeAt and offsetAt remember what they read', () => {
  it('hands out a copy: changing an answer does not change the next one', () => {
    const at = Date.parse('2021-10-13T18:00:00Z');
    const first = wallTimeAt(at, 'America/New_York');
    first.hour = 99;
    expect(wallTimeAt(at, 'America/New_York')).to.deep.equal({
      year: 2021,
      month: 10,
      day: 13,
      hour: 14,
      minute: 0,
      second: 0,
    });
    expect(offsetAt(at, 'America/New_York')).to.equal(-240 * MIN);
  });

  it('reads the second Intl reads, also for fractional instants before 1970 (truncated toward zero first)', () => {
    // -1500 is 23:59:58.500; -1000.5 truncates to -1000, 23:59:59; -0.5 truncates to 0, 00:00:00.
    const w = (ms: number) => wallTimeAt(ms, 'UTC');
    expect(w(-1500)).to.include({ day: 31, hour: 23, minute: 59, second: 58 });
    expect(w(-1000.5)).to.include({ day: 31, hour: 23, minute: 59, second: 59 });
    expect(w(-1999)).to.include({ second: 58 });
    expect(w(-0.5)).to.include({ year: 1970, day: 1, hour: 0, second: 0 });
    expect(w(-1000)).to.include({ second: 59 });
  });

  it('keeps zones apart', () => {
    const at = Date.parse('2021-10-13T18:00:00Z');
    expect(wallTimeAt(at, 'Asia/Kolkata').hour).to.equal(23);
    expect(wallTimeAt(at, 'America/Los_Angeles').hour).to.equal(11);
    expect(wallTimeAt(at, 'Asia/Kolkata')).to.include({ hour: 23, minute: 30 });
  });
});
