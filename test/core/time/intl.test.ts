// The Intl memo: one object per constructor + locale + options, bounded, cleared on demand,
// and formatting that constructs nothing once warm (counted by patching Intl itself).
import { expect } from '@open-wc/testing';
import { cachedFormat, clearFormatCache } from '../../../src/core/time/intl.js';
import {
  dayKey,
  formatDate,
  formatDateTime,
  formatDuration,
  formatRelative,
  formatShortDate,
  formatTime,
  formatTimeRange,
  zoneLabel,
} from '../../../src/core/time/format.js';
import { formatCountdown } from '../../../src/core/time/countdown.js';
import { parseDateTime } from '../../../src/core/time/parse.js';

class Probe {
  static made = 0;
  constructor(
    readonly locale: string,
    readonly options?: object,
  ) {
    if (locale === 'bad') throw new RangeError('Incorrect locale information provided');
    Probe.made += 1;
  }
}

const CONSTRUCTORS = [
  'DateTimeFormat',
  'NumberFormat',
  'RelativeTimeFormat',
  'PluralRules',
  'ListFormat',
  'DurationFormat',
] as const;

/** Counts `new Intl.X(...)` for every Intl constructor while `run` runs. */
function countConstructions(run: () => void): number {
  let count = 0;
  const intl = Intl as unknown as Record<string, unknown>;
  const saved = CONSTRUCTORS.filter((name) => intl[name]).map(
    (name) => [name, intl[name]] as const,
  );
  for (const [name, Real] of saved) {
    intl[name] = new Proxy(Real as object, {
      construct(target, args) {
        count += 1;
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
  }
  try {
    run();
  } finally {
    for (const [name, Real] of saved) intl[name] = Real;
  }
  return count;
}

describe('cachedFormat', () => {
  beforeEach(() => {
    clearFormatCache();
    Probe.made = 0;
  });

  it('returns one object per constructor, locale and options', () => {
    const a = cachedFormat(Probe, 'en', { x: 1 });
    expect(cachedFormat(Probe, 'en', { x: 1 })).to.equal(a);
    expect(cachedFormat(Probe, 'es', { x: 1 })).to.not.equal(a);
    expect(cachedFormat(Probe, 'en', { x: 2 })).to.not.equal(a);
    expect(Probe.made).to.equal(3);
  });

  it('is bounded at 64 entries, dropping the least recently used', () => {
    const first = cachedFormat(Probe, 'en', { i: 0 });
    const second = cachedFormat(Probe, 'en', { i: 1 });
    for (let i = 2; i < 64; i++) cachedFormat(Probe, 'en', { i });
    expect(cachedFormat(Probe, 'en', { i: 0 })).to.equal(first); // a hit: now the most recent
    expect(Probe.made).to.equal(64);
    cachedFormat(Probe, 'en', { i: 64 }); // one over: the oldest (i: 1) goes
    expect(cachedFormat(Probe, 'en', { i: 0 })).to.equal(first);
    expect(Probe.made).to.equal(65);
    expect(cachedFormat(Probe, 'en', { i: 1 })).to.not.equal(second);
    expect(Probe.made).to.equal(66);
  });

  it('is emptied by clearFormatCache()', () => {
    const a = cachedFormat(Probe, 'en');
    clearFormatCache();
    expect(cachedFormat(Probe, 'en')).to.not.equal(a);
  });

  it("falls back to 'en' for a locale Intl refuses, once", () => {
    const p = cachedFormat(Probe, 'bad');
    expect(p.locale).to.equal('en');
    expect(cachedFormat(Probe, 'bad')).to.equal(p);
    expect(Probe.made).to.equal(1);
    for (const locale of ['', 'en_US', 'not a locale!', '123']) {
      expect(cachedFormat(Intl.DateTimeFormat, locale).resolvedOptions().locale, locale).to.equal(
        'en',
      );
    }
  });

  it('still throws for an unknown time zone (validate with timeZoneProblem)', () => {
    expect(() =>
      cachedFormat(Intl.DateTimeFormat, 'en', { timeZone: 'Mars/Olympus_Mons' }),
    ).to.throw(RangeError);
    expect(() =>
      cachedFormat(Intl.DateTimeFormat, 'bad locale', { timeZone: 'Mars/Olympus_Mons' }),
    ).to.throw(RangeError);
  });
});

describe('formatting constructs no Intl object once warm', () => {
  const base = Date.parse('2021-10-13T18:00:00Z');
  const everything = (i: number) => {
    const ms = base + i * 3_600_000 * 7;
    for (const ctx of [
      { locale: 'en', timeZone: 'America/New_York' },
      { locale: 'es', timeZone: 'Asia/Kolkata', hourCycle: 'h23' as const },
    ]) {
      formatDate(ms, ctx);
      formatShortDate(ms, ctx);
      formatTime(ms, ctx);
      formatDateTime(ms, ctx);
      formatTimeRange(ms, ms + 45 * 60_000, ctx);
      formatTimeRange(ms, ms + 30 * 3_600_000, ctx);
      zoneLabel(ms, ctx);
      dayKey(ms, ctx.timeZone);
      formatDuration(i * 60_000, ctx.locale);
      formatRelative(ms, base, ctx.locale);
      formatCountdown(ms, base, ctx.locale);
      formatCountdown(ms, base, ctx.locale, { compact: true });
    }
    parseDateTime('2021-11-07T01:30', 'America/New_York');
  };

  it('counts the constructions of a warm-up and then none for 300 more instants', () => {
    clearFormatCache();
    // Two instants see every unit: hours and days ahead, durations under and over an hour.
    const warm = countConstructions(() => (everything(1), everything(61)));
    expect(warm, 'the warm-up builds a few').to.be.greaterThan(5);
    expect(warm).to.be.lessThan(40); // and fits the 64-entry memo with room to spare
    expect(
      countConstructions(() => {
        for (let i = 2; i < 300; i++) everything(i);
      }),
    ).to.equal(0);
  });
});
