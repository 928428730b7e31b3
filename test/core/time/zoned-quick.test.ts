import { expect } from '@open-wc/testing';
import { Temporal } from 'temporal-polyfill';
import { wallTimeToInstant, offsetAt } from '../../../src/core/time/zoned.js';
import { parseDateTime } from '../../../src/core/time/parse.js';

function oracle(wall: string, zone: string) {
  return Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

describe('zoned quick check', () => {
  for (const [wall, zone] of [
    ['2021-11-07T01:30', 'America/New_York'],
    ['2021-03-14T02:30', 'America/New_York'],
    ['2021-10-13T14:00', 'America/New_York'],
    ['2011-12-30T12:00', 'Pacific/Apia'],
    ['2021-10-03T02:15', 'Australia/Lord_Howe'],
    ['2021-04-04T01:45', 'Australia/Lord_Howe'],
  ] as const) {
    it(`${wall} ${zone}`, () => {
      const r = parseDateTime(wall, zone);
      expect(r.ok).to.equal(true);
      if (r.ok) expect(new Date(r.epochMs).toISOString()).to.equal(new Date(oracle(wall, zone)).toISOString());
      expect(offsetAt(Date.UTC(2021, 6, 1), 'Asia/Kolkata')).to.equal(19_800_000);
      void wallTimeToInstant;
    });
  }
});
