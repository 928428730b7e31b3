// The builder's pure pieces, table-driven: editing a draft by JSON path, session times from the
// form's date and time inputs, duplicate / repeat weekly ids and dates, instants read back as
// wall times (checked against Temporal, an independent zone implementation), preview moments.
import { expect } from '@open-wc/testing';
import { Temporal } from 'temporal-polyfill';
import {
  addDays,
  blankCourse,
  duplicateSession,
  instantAsWallTime,
  repeatWeekly,
  sessionTimeParts,
  sessionTimesAsWallTimes,
  setSessionTime,
  setValueAt,
  valueAt,
  type Draft,
} from '../../src/builder/draft.js';
import { previewMoments } from '../../src/builder/moments.js';
import { parseCourse } from '../../src/core/course/parse.js';

const course = (): Draft => ({
  version: 1,
  title: 'Weekly',
  timeZone: 'America/Chicago',
  sessions: [{ id: 'w1', title: 'One', start: '2027-10-27T14:00', end: '2027-10-27T15:00' }],
});

describe('builder draft operations', () => {
  it('sets, clears and prunes by JSON path, keeping required members and refusing prototype keys', () => {
    const draft = course();
    setValueAt(draft, 'registration.groupRates.contact', 'mailto:a@example.org');
    expect(valueAt(draft, 'registration.groupRates.contact')).to.equal('mailto:a@example.org');
    setValueAt(draft, 'registration.groupRates.contact', '');
    expect(draft).not.to.have.property('registration');
    setValueAt(draft, 'sessions[0].speakers[0].name', 'Ada');
    expect(draft.sessions[0]!.speakers).to.deep.equal([{ name: 'Ada' }]);
    setValueAt(draft, 'title', '', true);
    expect(draft.title).to.equal('');
    setValueAt(draft, '__proto__.polluted', 'yes');
    setValueAt(draft, 'sessions[0].constructor.prototype.polluted', 'yes');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  for (const [parts, expected] of [
    [
      ['2027-11-03', '14:00', '15:00'],
      { start: '2027-11-03T14:00', end: '2027-11-03T15:00', endDays: 0 },
    ],
    [
      ['2027-11-03', '23:30', '00:15'],
      { start: '2027-11-03T23:30', end: '2027-11-04T00:15', endDays: 1 },
    ],
    [['', '14:00', ''], { start: 'T14:00', end: '', endDays: 0 }],
    [['2027-12-31', '23:00', '01:00'], { start: '2027-12-31T23:00', end: '2028-01-01T01:00' }],
  ] as const) {
    it(`session times from date ${parts[0] || '(none)'}, ${parts[1]}-${parts[2] || '(none)'}`, () => {
      const session = { id: 's', title: 't', start: '', end: '' };
      setSessionTime(session, 'date', parts[0]);
      setSessionTime(session, 'start', parts[1]);
      setSessionTime(session, 'end', parts[2]);
      expect({ start: session.start, end: session.end }).to.deep.equal({
        start: expected.start,
        end: expected.end,
      });
      if ('endDays' in expected)
        expect(sessionTimeParts(session).endDays).to.equal(expected.endDays);
    });
  }

  it('duplicates with a new id and repeats weekly at the same wall time across DST', () => {
    const draft = course();
    expect(duplicateSession(draft, 0)).to.equal(1);
    expect(draft.sessions.map((session) => session.id)).to.deep.equal(['w1', 'w1-2']);
    expect(repeatWeekly(draft, 0, 3)).to.equal(3);
    expect(draft.sessions.map((session) => [session.id, session.start])).to.deep.equal([
      ['w1', '2027-10-27T14:00'],
      ['w1-3', '2027-11-03T14:00'],
      ['w1-4', '2027-11-10T14:00'],
      ['w1-5', '2027-11-17T14:00'],
      ['w1-2', '2027-10-27T14:00'],
    ]);
    // The parser reads them across the change (Nov 7): 19:00Z twice, then 20:00Z.
    const { course: parsed } = parseCourse(draft);
    const starts = parsed.sessions.map((session) => new Date(session.startMs).toISOString());
    expect(starts.slice(-3)).to.deep.equal([
      '2027-11-03T19:00:00.000Z',
      '2027-11-10T20:00:00.000Z',
      '2027-11-17T20:00:00.000Z',
    ]);
    expect(repeatWeekly({ ...blankCourse('UTC'), sessions: [draft.sessions[0]!] }, 0, 0)).to.equal(
      0,
    );
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
  });

  for (const [instant, zone] of [
    ['2021-10-13T18:00:00Z', 'America/New_York'],
    ['2021-11-07T06:30:00Z', 'America/New_York'],
    ['2021-11-07T05:30:00Z', 'America/New_York'],
    ['2021-10-13T14:00-04:00', 'Asia/Kolkata'],
    ['2027-03-14T08:30:45Z', 'America/Chicago'],
  ] as const) {
    it(`reads ${instant} as a wall time in ${zone} (Temporal agrees)`, () => {
      const oracle = Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDateTime();
      const seconds = oracle.second ? `:${String(oracle.second).padStart(2, '0')}` : '';
      expect(instantAsWallTime(instant, zone)).to.equal(
        `${oracle.toString().slice(0, 16)}${seconds}`,
      );
    });
  }

  it('turns session instants into wall times on import, and leaves wall times alone', () => {
    const draft = course();
    draft.sessions.push({ id: 'x', title: 'x', start: '2027-11-10T20:00:00Z', end: 'soon' });
    expect(sessionTimesAsWallTimes(draft)).to.equal(1);
    expect(draft.sessions[1]).to.include({ start: '2027-11-10T14:00', end: 'soon' });
    expect(draft.sessions[0]!.start).to.equal('2027-10-27T14:00');
  });

  it('offers preview moments from the course dates, in the organiser zone', () => {
    const draft = course();
    draft.registration = {
      url: 'https://example.org/r',
      opens: '2027-10-01T09:00',
      closes: '2027-10-27T12:00',
    };
    const moments = previewMoments(parseCourse(draft).course);
    expect(moments.map((moment) => moment.now)).to.deep.equal([
      '',
      '2027-09-30T14:00:00.000Z',
      '2027-10-25T17:00:00.000Z',
      '2027-10-27T18:50:00.000Z',
      '2027-10-27T19:20:00.000Z',
      '2027-10-28T20:00:00.000Z',
    ]);
    expect(moments[2]!.label).to.equal('Mon, Oct 25, 12:00 PM CDT: registration closes in 2 days');
    expect(moments[4]!.label).to.equal('Wed, Oct 27, 2:20 PM CDT: "One" live');
    expect(previewMoments(undefined)).to.have.length(1);
  });
});
