// Remaining time is real elapsed time; text is localised through Intl. Expected strings are
// a checked-in table (written down from Node's ICU, read by eye).
import { expect } from '@open-wc/testing';
import {
  formatCountdown,
  remainingParts,
  type CountdownTextOptions,
} from '../../../src/core/time/countdown.js';
import { dayKey } from '../../../src/core/time/format.js';
import { parseDateTime } from '../../../src/core/time/parse.js';
import { withoutDurationFormat } from './helpers.js';

const S = 1_000,
  M = 60 * S,
  H = 60 * M,
  D = 24 * H;
const NOW = Date.parse('2021-10-13T18:00:00Z');
const plain = (s: string) => s.replace(/[\u202f\u2009\u00a0]/g, ' ');

function wall(text: string): number {
  const r = parseDateTime(text, 'America/New_York');
  if (!r.ok) throw new Error(r.error);
  return r.epochMs;
}

describe('remainingParts', () => {
  // [ms left, days, hours, minutes, seconds]
  const table: [number, number, number, number, number][] = [
    [0, 0, 0, 0, 0],
    [-5 * S, 0, 0, 0, 0], // never negative
    [1, 0, 0, 0, 1], // rounds up: zero only when the target is reached
    [999, 0, 0, 0, 1],
    [1000, 0, 0, 0, 1],
    [59 * S, 0, 0, 0, 59],
    [D + H + M + S, 1, 1, 1, 1],
    [2 * D + 3 * H + 5 * M, 2, 3, 5, 0],
    [40 * D - 1, 40, 0, 0, 0],
  ];
  for (const [left, days, hours, minutes, seconds] of table) {
    it(`${left} ms`, () => {
      expect(remainingParts(NOW + left, NOW)).to.deep.equal({
        totalMs: Math.max(0, left),
        days,
        hours,
        minutes,
        seconds,
      });
    });
  }

  it('counts a 25-hour wall-clock day (DST ends) as 1 day 1 hour', () => {
    const now = wall('2021-11-06T12:00'); // EDT
    const target = wall('2021-11-07T12:00'); // EST: the next calendar day, same wall time
    expect(dayKey(target, 'America/New_York')).to.equal('2021-11-07');
    expect(remainingParts(target, now)).to.deep.equal({
      totalMs: 25 * H,
      days: 1,
      hours: 1,
      minutes: 0,
      seconds: 0,
    });
  });

  it('counts a 23-hour wall-clock day (DST starts) as 23 hours', () => {
    const now = wall('2021-03-13T12:00');
    const target = wall('2021-03-14T12:00');
    expect(remainingParts(target, now)).to.deep.equal({
      totalMs: 23 * H,
      days: 0,
      hours: 23,
      minutes: 0,
      seconds: 0,
    });
  });
});

describe('formatCountdown', () => {
  // [locale, ms left, options, text]
  const table: [string, number, CountdownTextOptions, string][] = [
    ['en', 2 * D + 3 * H + 5 * M, {}, '2 days, 3 hours, 5 minutes'],
    ['en', 2 * D + 3 * H + 5 * M, { compact: true }, '2d 3h 5m'],
    ['en', 25 * H, {}, '1 day, 1 hour'],
    ['en', 25 * H, { compact: true }, '1d 1h'],
    ['en', 23 * H, {}, '23 hours'],
    ['en', 2 * D + 5 * M, {}, '2 days, 5 minutes'], // zero units left out
    ['en', D, {}, '1 day'],
    ['en', 2 * H + 4 * M + 30 * S, {}, '2 hours, 5 minutes'], // minutes round up without seconds
    ['en', 2 * H + 4 * M + 30 * S, { seconds: true }, '2 hours, 4 minutes, 30 seconds'],
    ['en', H + 500, {}, '1 hour, 1 minute'],
    ['en', H, {}, '1 hour'],
    ['en', 59 * M + 59 * S, {}, '59 minutes, 59 seconds'], // the final hour shows seconds
    ['en', 59 * M + 59 * S, { compact: true }, '59m 59s'],
    ['en', 59 * M + 59 * S, { seconds: false }, '1 hour'], // seconds: false hides them in the final hour too
    ['en', 4 * M + 30 * S, { seconds: false }, '5 minutes'],
    ['en', 0, { seconds: false }, '0 minutes'],
    ['en', 500, {}, '1 second'],
    ['en', 0, {}, '0 seconds'],
    ['en', -5 * S, {}, '0 seconds'],
    ['es', 2 * D + 3 * H + 5 * M, {}, '2 días, 3 horas y 5 minutos'],
    ['es', 2 * D + 3 * H + 5 * M, { compact: true }, '2d 3h 5min'],
    ['es', 25 * H, {}, '1 día y 1 hora'],
    ['es', 25 * H, { compact: true }, '1d 1h'],
    ['es', 23 * H, {}, '23 horas'],
    ['es', 2 * D + 5 * M, {}, '2 días y 5 minutos'],
    ['es', 2 * H + 4 * M + 30 * S, { seconds: true }, '2 horas, 4 minutos y 30 segundos'],
    ['es', 59 * M + 59 * S, {}, '59 minutos y 59 segundos'],
    ['es', 59 * M + 59 * S, { compact: true }, '59min 59s'],
    ['es', 500, {}, '1 segundo'],
    ['es', 0, {}, '0 segundos'],
  ];
  const run = () => {
    for (const [locale, left, options, text] of table) {
      expect(
        plain(formatCountdown(NOW + left, NOW, locale, options)),
        `${locale} ${left} ${JSON.stringify(options)}`,
      ).to.equal(text);
    }
  };
  it('the strings', run);
  it('the same strings in a browser without Intl.DurationFormat', () => withoutDurationFormat(run));

  it('across the New York fall-back night', () => {
    const text = formatCountdown(wall('2021-11-07T12:00'), wall('2021-11-06T12:00'), 'en');
    expect(plain(text)).to.equal('1 day, 1 hour');
  });
});
