// parseDateTime and timeZoneProblem: what the course format accepts, and that every refusal
// says what is wrong (the caller prefixes the field path).
import { expect } from '@open-wc/testing';
import { parseDateTime } from '../../../src/core/time/parse.js';
import { timeZoneProblem } from '../../../src/core/time/zoned.js';

const NY = 'America/New_York';

describe('parseDateTime accepts', () => {
  // [value, zone, instant, kind]
  const table: [string, string | undefined, string, string][] = [
    ['2021-10-13T14:00', NY, '2021-10-13T18:00:00.000Z', 'exact'],
    ['2021-10-13T14:00:30', NY, '2021-10-13T18:00:30.000Z', 'exact'],
    ['2021-10-13T18:00:00Z', undefined, '2021-10-13T18:00:00.000Z', 'exact'],
    ['2021-10-13T18:00:00Z', 'Asia/Kolkata', '2021-10-13T18:00:00.000Z', 'exact'], // an instant ignores the zone
    ['2021-10-13T14:00-04:00', undefined, '2021-10-13T18:00:00.000Z', 'exact'],
    ['2021-10-13T23:30+05:30', undefined, '2021-10-13T18:00:00.000Z', 'exact'],
    ['2021-10-13T18:00:00.123Z', undefined, '2021-10-13T18:00:00.123Z', 'exact'],
    ['2021-10-13T18:00:00.0290Z', undefined, '2021-10-13T18:00:00.029Z', 'exact'],
    ['2021-10-13t18:00z', undefined, '2021-10-13T18:00:00.000Z', 'exact'], // RFC 3339 allows lower case
    [' 2021-10-13T14:00 ', NY, '2021-10-13T18:00:00.000Z', 'exact'], // surrounding space is trimmed
    ['2020-02-29T12:00', 'UTC', '2020-02-29T12:00:00.000Z', 'exact'],
    ['2000-02-29T12:00', 'Etc/GMT+5', '2000-02-29T17:00:00.000Z', 'exact'],
    ['2021-11-07T01:30', NY, '2021-11-07T05:30:00.000Z', 'ambiguous'],
    ['2021-03-14T02:30', NY, '2021-03-14T07:30:00.000Z', 'skipped'],
    ['2021-10-13T23:30', 'Asia/Calcutta', '2021-10-13T18:00:00.000Z', 'exact'],
  ];
  for (const [value, zone, instant, kind] of table) {
    it(`${JSON.stringify(value)} in ${zone ?? 'no zone'}`, () => {
      const r = parseDateTime(value, zone);
      expect(r.ok, JSON.stringify(r)).to.equal(true);
      if (r.ok) {
        expect(new Date(r.epochMs).toISOString()).to.equal(instant);
        expect(r.kind).to.equal(kind);
      }
    });
  }
});

describe('parseDateTime refuses, naming the problem', () => {
  // [value, zone, fragments the message must contain]
  const table: [unknown, string | undefined, string[]][] = [
    ['2021-10-13T24:00', NY, ['"2021-10-13T24:00"', '24:xx', '00:00 on the next day']],
    ['24:00', NY, ['"24:00"', 'not a date-time']],
    ['2021-02-30T10:00', NY, ['day 30', 'February 2021 has 28 days']],
    ['2019-02-29T10:00', NY, ['day 29', 'February 2019 has 28 days']],
    ['1900-02-29T10:00', NY, ['February 1900 has 28 days']],
    ['2021-04-31T10:00', NY, ['April 2021 has 30 days']],
    ['2021-13-01T10:00', NY, ['month 13']],
    ['2021-10-13T25:00', NY, ['hour 25']],
    ['2021-10-13T14:60', NY, ['minute 60']],
    ['2021-10-13T14:00:60', NY, ['second 60', 'leap seconds']],
    ['2021-10-13 14:00', NY, ['space where "T" belongs', '2021-10-13T14:00']],
    ['2021-10-13', NY, ['date but no time', '2021-10-13T14:00']],
    ['2021-10-13T14:00 EST', NY, ['"EST"', 'zone name or abbreviation', 'America/New_York']],
    ['2021-10-13T14:00EDT', NY, ['"EDT"', 'zone name or abbreviation']],
    ['2021-10-13T14:00 America/New_York', NY, ['"America/New_York"', 'zone name']],
    ['2021-10-13T14:00+0400', NY, ['offset without a colon', '+HH:MM']],
    ['2021-10-13T14:00:00-05', NY, ['offset without a colon']],
    ['2021-10', NY, ['"2021-10" is not a date-time', 'YYYY-MM-DDTHH:mm']],
    ['2021-10-13T14:00+24:00', NY, ['offset +24:00', 'does not exist']],
    ['2021-10-13T14:00:00.5', NY, ['fraction of a second', 'no Z or offset']],
    ['2021-10-13T14:00', undefined, ['no Z or offset', '2021-10-13T14:00Z']],
    ['Wed Oct 13 2021 14:00:00 GMT-0400', NY, ['not a date-time']],
    ['', NY, ['"" is not a date-time']],
    [1634148000000, NY, ['a number (1634148000000)']],
    [null, NY, ['got null']],
    [undefined, NY, ['got nothing']],
    [{ toString: () => '2021-10-13T14:00' }, NY, ['got an object']],
    [['2021-10-13T14:00'], NY, ['got an array']],
    [true, NY, ['a boolean (true)']],
    ['2021-10-13T14:00', 'EST', ['"EST"', 'abbreviation or legacy zone']],
    [
      '2021-10-13T14:00',
      'Mars/Olympus_Mons',
      ['"Mars/Olympus_Mons"', 'not a time zone this browser knows'],
    ],
  ];
  for (const [value, zone, fragments] of table) {
    it(`${typeof value === 'string' ? JSON.stringify(value) : String(value)} in ${zone ?? 'no zone'}`, () => {
      const r = parseDateTime(value, zone);
      expect(r.ok).to.equal(false);
      if (!r.ok) for (const f of fragments) expect(r.error).to.include(f);
    });
  }
});

describe('timeZoneProblem', () => {
  for (const zone of [
    'America/New_York',
    'UTC',
    'Etc/GMT+5',
    'Asia/Kolkata',
    'Asia/Calcutta',
    'Europe/Kyiv',
    'Europe/Kiev',
    'America/Argentina/Buenos_Aires',
    'America/Port-au-Prince',
  ]) {
    it(`accepts ${zone}`, () => expect(timeZoneProblem(zone)).to.equal(undefined));
  }
  const refused: [unknown, string][] = [
    ['EST', 'abbreviation or legacy zone'],
    ['CST6CDT', 'abbreviation or legacy zone'],
    ['CET', 'abbreviation or legacy zone'],
    ['GMT', 'abbreviation or legacy zone'],
    ['+04:00', 'not an IANA time zone name'],
    ['-0500', 'not an IANA time zone name'],
    ['America/New York', 'not an IANA time zone name'],
    ['', 'not an IANA time zone name'],
    ['Mars/Olympus_Mons', 'not a time zone this browser knows'],
    ['America/Springfield', 'not a time zone this browser knows'],
    [42, 'got a number (42)'],
    [null, 'got null'],
  ];
  for (const [zone, fragment] of refused) {
    it(`refuses ${JSON.stringify(zone)}`, () => {
      expect(timeZoneProblem(zone)).to.include(fragment);
      expect(timeZoneProblem(zone), 'cached answer').to.include(fragment);
    });
  }
});
