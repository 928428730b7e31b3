// The .ics import on real exports (test/fixtures/ics/). Every expected instant comes from
// Temporal (temporal-polyfill), an independent implementation of the zone rules, never from
// the code under test; the imported course is read back with the library's own parser.
import { expect } from '@open-wc/testing';
import { Temporal } from 'temporal-polyfill';
import { courseFromIcs, ianaZone } from '../../src/authoring/from-ics.js';
import { parseCourse } from '../../src/core/course/parse.js';

const fetchIcs = async (name: string) => {
  const response = await fetch(`/test/fixtures/ics/${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
};

/** Epoch ms of a wall time in an IANA zone, by Temporal ('compatible', as RFC 5545). */
const at = (timeZone: string, text: string) =>
  Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone).epochMilliseconds;

/** [title, startMs, endMs, status] of each session, as the elements will read them. */
function sessionsOf(ics: ReturnType<typeof courseFromIcs>) {
  const { course, issues } = parseCourse(ics.course);
  expect(issues, 'the imported course parses without issues').to.deep.equal([]);
  return course.sessions.map((session) => [
    session.title,
    session.startMs,
    session.endMs,
    session.status,
  ]);
}

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

describe('courseFromIcs: Google Calendar export (weekly in Chicago across the DST change)', () => {
  let result: ReturnType<typeof courseFromIcs>;
  before(async () => {
    result = courseFromIcs(await fetchIcs('google-calendar.ics'));
  });

  it('proposes the calendar zone and names the course after the calendar', () => {
    expect(result.zone).to.equal('America/Chicago');
    expect(result.course.timeZone).to.equal('America/Chicago');
    expect(result.course.title).to.equal('Coding for Librarians');
    expect(result.course.summary).to.equal('A six-week evening course for library staff.');
  });

  it('keeps 18:00 Chicago time every Thursday, CST before 14 March and CDT after', () => {
    const chicago = (text: string) => at('America/Chicago', text);
    expect(sessionsOf(result)).to.deep.equal([
      [
        'Coding for Librarians',
        chicago('2027-02-25T18:00'),
        chicago('2027-02-25T19:30'),
        'scheduled',
      ],
      [
        'Coding for Librarians',
        chicago('2027-03-04T18:00'),
        chicago('2027-03-04T19:30'),
        'scheduled',
      ],
      [
        'Coding for Librarians',
        chicago('2027-03-11T18:00'),
        chicago('2027-03-11T19:30'),
        'scheduled',
      ],
      // 18 March: EXDATE. 25 March: moved to 19:00 by a RECURRENCE-ID override.
      [
        'Coding for Librarians: guest lecture',
        chicago('2027-03-25T19:00'),
        chicago('2027-03-25T20:30'),
        'scheduled',
      ],
      // UNTIL=20270402T045959Z is 1 April 23:59:59 CDT: the last Thursday is in.
      [
        'Coding for Librarians',
        chicago('2027-04-01T18:00'),
        chicago('2027-04-01T19:30'),
        'scheduled',
      ],
    ]);
    // By hand: 18:00 CST is 00:00Z the next day; 18:00 CDT is 23:00Z.
    expect(new Date(chicago('2027-03-11T18:00')).toISOString()).to.equal(
      '2027-03-12T00:00:00.000Z',
    );
    expect(new Date(chicago('2027-04-01T18:00')).toISOString()).to.equal(
      '2027-04-01T23:00:00.000Z',
    );
  });

  it('writes wall times in the organiser zone, the Meet link as join link, HTML as text', () => {
    const first = result.course.sessions[0]!;
    expect(first.start).to.equal('2027-02-25T18:00');
    expect(first.end).to.equal('2027-02-25T19:30');
    expect(first.joinUrl).to.equal('https://meet.google.com/abc-defg-hij');
    expect(first.description).to.equal(
      'Weekly session.\nBring a laptop & questions.\nSlides (https://example.org/slides)',
    );
    expect(result.course.sessions.map((session) => session.id)).to.include(
      'coding-for-librarians-guest-lecture-2027-03-25',
    );
    expect(result.warnings).to.deep.equal([
      'One occurrence was left out (excluded in the file with EXDATE).',
    ]);
  });
});

describe('courseFromIcs: Outlook export (Windows zone names)', () => {
  let result: ReturnType<typeof courseFromIcs>;
  before(async () => {
    result = courseFromIcs(await fetchIcs('outlook.ics'));
  });

  it('maps "Eastern Standard Time" to America/New_York and proposes it', () => {
    expect(result.zone).to.equal('America/New_York');
    expect(result.course.timeZone).to.equal('America/New_York');
  });

  it('expands the weekly series, cancels the changed occurrence, drops the excluded one', () => {
    const york = (text: string) => at('America/New_York', text);
    const berlin = (text: string) => at('Europe/Berlin', text);
    expect(sessionsOf(result)).to.deep.equal([
      ['Grant Writing Workshop', york('2027-03-02T13:00'), york('2027-03-02T14:00'), 'scheduled'],
      ['Grant Writing Workshop', york('2027-03-09T13:00'), york('2027-03-09T14:00'), 'scheduled'],
      ['Grant Writing Workshop', york('2027-03-16T13:00'), york('2027-03-16T14:00'), 'cancelled'],
      // "Central European Standard Time": Berlin, already on summer time (28 March 2027).
      [
        'Grant Writing: Q&A with Berlin',
        berlin('2027-03-30T16:00'),
        berlin('2027-03-30T17:00'),
        'scheduled',
      ],
    ]);
    // Written in the organiser's zone: 16:00 CEST is 10:00 EDT.
    expect(result.course.sessions[3]!.start).to.equal('2027-03-30T10:00');
  });

  it('takes the Teams link, keeps the series text on a changed occurrence, titles the course', () => {
    const [first, , cancelled] = result.course.sessions;
    expect(first!.joinUrl).to.match(/^https:\/\/teams\.microsoft\.com\//);
    expect(cancelled!.description).to.equal(first!.description);
    expect(result.course.title).to.equal('Grant Writing Workshop');
    expect(result.warnings).to.include(
      'The file does not name the calendar; the course is called "Grant Writing Workshop".',
    );
  });
});

describe('courseFromIcs: LibCal-like export', () => {
  let result: ReturnType<typeof courseFromIcs>;
  before(async () => {
    result = courseFromIcs(await fetchIcs('libcal.ics'));
  });

  it('reads zoned and UTC times across the end of DST, leaves out the all-day closure', () => {
    const york = (text: string) => at('America/New_York', text);
    expect(sessionsOf(result)).to.deep.equal([
      [
        'Genealogy Online: Getting Started',
        york('2027-11-02T14:00'),
        york('2027-11-02T15:00'),
        'scheduled',
      ],
      [
        'Genealogy Online: Immigration Records',
        york('2027-11-09T14:00'),
        york('2027-11-09T15:00'),
        'scheduled',
      ],
      // Given as 19:00Z: 14:00 EST.
      [
        'Genealogy Online: DNA Basics',
        Date.UTC(2027, 10, 16, 19),
        Date.UTC(2027, 10, 16, 20),
        'scheduled',
      ],
    ]);
    expect(result.course.sessions[2]!.start).to.equal('2027-11-16T14:00');
    expect(result.warnings).to.deep.equal([
      'One all-day event was left out: a session needs a start and end time.',
    ]);
  });

  it('turns HTML descriptions into paragraphs and a Zoom location into the join link', () => {
    expect(result.course.sessions[0]!.description).to.equal(
      'Learn to search census records & more.\n\nRegistration required.',
    );
    expect(result.course.sessions[1]!.joinUrl).to.equal('https://zoom.us/j/5551234567');
    // Each event has its own page: none of them is the course's.
    expect(result.course.url).to.equal(undefined);
  });
});

describe('courseFromIcs: RRULE with BYDAY, floating UNTIL, RDATE, EXDATE and a moved occurrence', () => {
  it('gives every occurrence at 17:30 Chicago time, before and after 14 March', async () => {
    const result = courseFromIcs(await fetchIcs('chicago-weekly-dst.ics'));
    const chicago = (text: string) => at('America/Chicago', text);
    const lab = 'Storytime Leaders Lab';
    expect(result.zone).to.equal('America/Chicago');
    expect(sessionsOf(result)).to.deep.equal([
      [lab, chicago('2027-03-09T17:30'), chicago('2027-03-09T18:30'), 'scheduled'],
      // 11 March: EXDATE. 16 March moved to Wednesday 17 March at noon.
      [`${lab} (moved)`, chicago('2027-03-17T12:00'), chicago('2027-03-17T13:00'), 'scheduled'],
      [lab, chicago('2027-03-18T17:30'), chicago('2027-03-18T18:30'), 'scheduled'],
      [lab, chicago('2027-03-23T17:30'), chicago('2027-03-23T18:30'), 'scheduled'],
      // UNTIL 20270325T173000 (local) includes that occurrence.
      [lab, chicago('2027-03-25T17:30'), chicago('2027-03-25T18:30'), 'scheduled'],
      // RDATE.
      [lab, chicago('2027-03-27T10:00'), chicago('2027-03-27T11:00'), 'scheduled'],
    ]);
  });
});

describe('courseFromIcs: zones and edge cases', () => {
  it('maps TZIDs: IANA, prefixed IANA, Windows names, UTC; refuses the rest', () => {
    expect(ianaZone('America/Chicago')).to.equal('America/Chicago');
    expect(ianaZone('"Europe/Berlin"')).to.equal('Europe/Berlin');
    expect(ianaZone('/mozilla.org/20050126_1/America/New_York')).to.equal('America/New_York');
    expect(ianaZone('Eastern Standard Time')).to.equal('America/New_York');
    expect(ianaZone('Central Standard Time')).to.equal('America/Chicago');
    expect(ianaZone('India Standard Time')).to.equal('Asia/Calcutta');
    expect(ianaZone('GMT Standard Time')).to.equal('Europe/London');
    expect(ianaZone('UTC')).to.equal('UTC');
    expect(ianaZone('Mars Standard Time')).to.equal(undefined);
    expect(ianaZone('EST')).to.equal(undefined);
  });

  it('uses --zone (also a Windows name) over the file, and rewrites times in it', () => {
    const text = calendar(
      event(
        'UID:a',
        'DTSTART;TZID=America/Chicago:20270304T180000',
        'DTEND;TZID=America/Chicago:20270304T190000',
        'SUMMARY:A',
      ),
    );
    const result = courseFromIcs(text, { zone: 'GMT Standard Time', title: 'Mine', id: 'mine' });
    expect(result.zone).to.equal('America/Chicago');
    expect(result.course).to.include({ timeZone: 'Europe/London', title: 'Mine', id: 'mine' });
    // 18:00 CST = 00:00Z = 00:00 GMT the next day.
    expect(result.course.sessions[0]).to.include({
      start: '2027-03-05T00:00',
      end: '2027-03-05T01:00',
    });
  });

  it('reads a zone only the file defines (VTIMEZONE) from its rules, and says so', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Customized Time Zone',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+0330',
      'TZOFFSETTO:+0330',
      'END:STANDARD',
      'END:VTIMEZONE',
      event(
        'UID:b',
        'DTSTART;TZID="Customized Time Zone":20270304T100000',
        'DURATION:PT45M',
        'SUMMARY:B',
      ),
    );
    const result = courseFromIcs(text, { zone: 'UTC' });
    // 10:00 at +03:30 is 06:30Z.
    expect(result.course.sessions[0]).to.include({
      start: '2027-03-04T06:30',
      end: '2027-03-04T07:15',
    });
    expect(result.warnings.join(' ')).to.contain('"Customized Time Zone" is not a zone name');
  });

  it('reads an unknown TZID without a definition in the course zone, with a warning', () => {
    const text = calendar(
      event(
        'UID:c',
        'DTSTART;TZID=Nowhere Time:20270304T100000',
        'DTEND;TZID=Nowhere Time:20270304T110000',
        'SUMMARY:C',
      ),
    );
    const result = courseFromIcs(text, { zone: 'Asia/Kolkata' });
    expect(result.course.sessions[0]).to.include({ start: '2027-03-04T10:00' });
    expect(result.warnings).to.include(
      'The zone "Nowhere Time" is neither a known zone name nor defined in the file; its times were read in Asia/Kolkata.',
    );
  });

  it('writes the second 1:30 of a repeated hour with its offset, so it reads back exactly', () => {
    // 06:30Z on 7 November 2027 is 1:30 EST, the second 1:30 in New York.
    const text = calendar(
      event('UID:d', 'DTSTART:20271107T063000Z', 'DTEND:20271107T073000Z', 'SUMMARY:Late'),
    );
    const result = courseFromIcs(text, { zone: 'America/New_York' });
    expect(result.course.sessions[0]).to.include({
      start: '2027-11-07T01:30-05:00',
      end: '2027-11-07T02:30',
    });
    expect(sessionsOf(result)[0]![1]).to.equal(Date.UTC(2027, 10, 7, 6, 30));
  });

  it('gives an event without an end one hour, and caps a rule without an end at a year', () => {
    const text = calendar(
      event(
        'UID:e',
        'DTSTART;TZID=Europe/London:20270104T090000',
        'RRULE:FREQ=WEEKLY',
        'SUMMARY:Forever',
      ),
    );
    const result = courseFromIcs(text);
    expect(result.course.timeZone).to.equal('Europe/London');
    expect(result.course.sessions).to.have.length(53);
    expect(result.course.sessions[0]).to.include({
      start: '2027-01-04T09:00',
      end: '2027-01-04T10:00',
    });
    expect(result.course.sessions.at(-1)).to.include({ start: '2028-01-03T09:00' });
    expect(result.warnings).to.include.members([
      '"Forever" repeats with no end; the occurrences of its first year were imported.',
      'One event has no end or duration; each was given one hour.',
    ]);
  });

  it('keeps hostile text as text and drops unsafe links', () => {
    const text = calendar(
      event(
        'UID:f',
        'DTSTART:20270104T090000Z',
        'DTEND:20270104T100000Z',
        'SUMMARY:<img src=x onerror=alert(1)> Intro',
        'LOCATION:javascript:alert(1)',
        'X-GOOGLE-CONFERENCE:data:text/html,<script>alert(1)</script>',
        'DESCRIPTION:<script>alert(1)</script>Hello',
      ),
    );
    const session = courseFromIcs(text, { zone: 'UTC' }).course.sessions[0]!;
    expect(session.joinUrl).to.equal(undefined);
    expect(session.title).to.equal('<img src=x onerror=alert(1)> Intro');
    expect(session.description).to.equal('alert(1)Hello');
  });

  it('refuses a file that is not iCalendar, with a message', () => {
    expect(() => courseFromIcs('{"title": "json"}')).to.throw(/not an iCalendar \(\.ics\) file/);
  });

  it('with no zone anywhere, writes UTC and asks for the organiser zone', () => {
    const text = calendar(event('UID:g', 'DTSTART:20270104T090000', 'DTEND:20270104T100000'));
    const result = courseFromIcs(text);
    expect(result.zone).to.equal(undefined);
    expect(result.course.timeZone).to.equal('UTC');
    expect(result.course.sessions[0]).to.include({
      title: 'Untitled session',
      start: '2027-01-04T09:00',
    });
    expect(result.warnings[0]).to.equal(
      "The file names no time zone, so times are written in UTC. Set the organiser's zone.",
    );
  });
});
