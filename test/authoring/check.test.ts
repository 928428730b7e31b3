// checkCourse: the parser's verdict in the author's words. Expected sentences are written by
// hand from the zone rules (New York skips 2:00-3:00 on 14 March 2027 and repeats 1:00-2:00
// on 7 November 2027; Lord Howe Island moves by half an hour).
import { expect } from '@open-wc/testing';
import { checkCourse } from '../../src/authoring/check.js';
import { canonicalizesZoneLinks, itUnless } from '../engine.js';

const course = (sessions: unknown[], extra: Record<string, unknown> = {}) => ({
  title: 'Course',
  timeZone: 'America/New_York',
  sessions,
  ...extra,
});
const session = (start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id: `s-${start}`,
  title: 'Session',
  start,
  end,
  ...extra,
});

describe('checkCourse', () => {
  it('says a wall time in the spring gap does not exist, and when it will be shown', () => {
    const result = checkCourse(course([session('2027-03-14T02:30', '2027-03-14T04:00')]));
    expect(result.problems).to.deep.equal([
      {
        path: 'sessions[0].start',
        severity: 'warning',
        message:
          '2:30 AM on March 14, 2027 does not exist in New York: clocks jump from 2:00 to 3:00. It will be shown as 3:30 AM.',
      },
    ]);
    expect(result.course?.sessions[0]?.startMs).to.equal(Date.UTC(2027, 2, 14, 7, 30));
  });

  it('says a repeated hour happens twice, which one it picks and how to write the other', () => {
    const result = checkCourse(course([session('2027-11-07T00:30', '2027-11-07T01:30')]));
    expect(result.problems).to.deep.equal([
      {
        path: 'sessions[0].end',
        severity: 'warning',
        message:
          '1:30 AM on November 7, 2027 happens twice in New York: clocks go back from 2:00 to 1:00. The first one (UTC-04:00) is used; for the second, write "2027-11-07T01:30-05:00".',
      },
    ]);
  });

  it("uses a session's own zone and the locale's date format", () => {
    const result = checkCourse(
      course([
        session('2027-10-03T02:15', '2027-10-03T03:00', { timeZone: 'Australia/Lord_Howe' }),
      ]),
      { locale: 'en-GB' },
    );
    expect(result.problems.map((problem) => problem.message)).to.deep.equal([
      '02:15 on 3 October 2027 does not exist in Lord Howe: clocks jump from 02:00 to 02:30. It will be shown as 02:45.',
    ]);
  });

  // The current name comes from the engine's Intl, which WebKit does not give for a link.
  itUnless(!canonicalizesZoneLinks, 'it reports a zone link as written')(
    'warns of a zone written under an old name, with the name to write',
    () => {
      const result = checkCourse(
        course(
          [
            session('2027-05-04T10:00', '2027-05-04T11:00', { timeZone: 'Canada/Pacific' }),
            session('2027-05-05T10:00', '2027-05-05T11:00', { timeZone: 'Asia/Kolkata' }),
          ],
          { timeZone: 'US/Eastern' },
        ),
      );
      expect(result.problems).to.deep.equal([
        {
          path: 'timeZone',
          severity: 'warning',
          message:
            '"US/Eastern" is an old name for America/New_York: some browsers (Safari) show it as written, so visitors would read "Eastern" instead of "New York". Write "America/New_York".',
        },
        {
          path: 'sessions[0].timeZone',
          severity: 'warning',
          message:
            '"Canada/Pacific" is an old name for America/Vancouver: some browsers (Safari) show it as written, so visitors would read "Pacific" instead of "Vancouver". Write "America/Vancouver".',
        },
      ]);
      // The course still shows: the old name is a valid zone with the same rules.
      expect(result.course?.sessions[0]?.startMs).to.equal(Date.UTC(2027, 4, 4, 17));
    },
  );

  it('words the registration dates too', () => {
    const result = checkCourse(
      course([session('2027-04-01T10:00', '2027-04-01T11:00')], {
        registration: { url: 'https://example.org/r', opens: '2027-03-14T02:00' },
      }),
    );
    expect(result.problems[0]).to.deep.equal({
      path: 'registration.opens',
      severity: 'warning',
      message:
        '2:00 AM on March 14, 2027 does not exist in New York: clocks jump from 2:00 to 3:00. It will be shown as 3:00 AM.',
    });
  });

  it('makes a left-out session an error and a dropped field a warning, path apart', () => {
    const result = checkCourse(
      course([
        session('2027-04-01T10:00', '2027-04-01T09:00'),
        session('2027-04-02T10:00', '2027-04-02T11:00', { status: 'maybe' }),
      ]),
    );
    expect(result.problems).to.deep.equal([
      {
        path: 'sessions[0].end',
        severity: 'error',
        message: '"2027-04-01T09:00" is not after start "2027-04-01T10:00"',
      },
      {
        path: 'sessions[1].status',
        severity: 'warning',
        message: 'must be one of scheduled, cancelled, postponed; got "maybe"',
      },
    ]);
    expect(result.course?.sessions).to.have.length(1);
  });

  it('gives no course and one error when the course cannot be shown', () => {
    const result = checkCourse({ title: 'T', timeZone: 'EST', sessions: [] });
    expect(result.course).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ path: 'timeZone', severity: 'error' });
    expect(result.problems[0]!.message).to.match(/^"EST" is an abbreviation or legacy zone/);
    expect(checkCourse('not a course').problems[0]).to.deep.equal({
      path: '',
      severity: 'error',
      message: 'the course must be a JSON object, got "not a course"',
    });
  });

  it('suggests the field a misspelt one was meant to be', () => {
    const result = checkCourse(
      course([session('2027-04-01T10:00', '2027-04-01T11:00', { startTime: 'x', joinURL: 'y' })], {
        timezone: 'America/New_York',
        regstration: {},
      }),
    );
    expect(result.problems.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['timezone', 'is not a field of the course format; ignored. Did you mean "timeZone"?'],
      ['regstration', 'is not a field of the course format; ignored. Did you mean "registration"?'],
      ['sessions[0].startTime', 'is not a field of the course format; ignored'],
      [
        'sessions[0].joinURL',
        'is not a field of the course format; ignored. Did you mean "joinUrl"?',
      ],
    ]);
  });

  it('warns about a course without sessions, and resolves relative links with baseUrl', () => {
    const empty = checkCourse(course([], { url: 'page/' }), {
      baseUrl: 'https://example.org/courses/c.json',
    });
    expect(empty.course?.url).to.equal('https://example.org/courses/page/');
    expect(empty.problems).to.deep.equal([
      {
        path: 'sessions',
        severity: 'warning',
        message: 'has no sessions: the elements show an empty schedule',
      },
    ]);
    const relative = checkCourse(course([], { url: 'page/' }));
    expect(relative.problems[0]).to.include({ path: 'url', severity: 'warning' });
  });
});
