// The calendar export, read back by a real iCalendar parser (ical.js) rather than by
// string matching, so a folding or escaping mistake shows up as a wrong value. Input
// instants come from RFC 3339 strings with the organiser's offset; the expected UTC
// values are written out by hand.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  courseToIcs,
  sessionToIcs,
  googleCalendarUrl,
  icsFileName,
  icsDataUrl,
} from '../../../src/core/course/ics.js';
import { strings as sessionStrings } from '../../../src/internal/session/strings.js';
import { pickStrings } from '../../../src/core/i18n/index.js';
import '../../../src/locales/es.js';
import type { Course, Session } from '../../../src/core/course/types.js';

const at = (rfc3339: string) => {
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${rfc3339}`);
  return ms;
};

const session = (
  s: Partial<Session> & Pick<Session, 'id' | 'title' | 'startMs' | 'endMs'>,
): Session => ({
  type: 'session',
  timeZone: 'America/New_York',
  speakers: [],
  status: 'scheduled',
  ...s,
});

const COURSE: Course = {
  version: 1,
  id: 'resilient-together-2021',
  title: 'Resilient Together',
  url: 'https://courses.example.org/resilient-together',
  timeZone: 'America/New_York',
  parts: [{ id: 'week-1', title: 'Week 1' }],
  sessions: [
    session({
      id: 'w1-s1',
      part: 'week-1',
      title: 'Week 1 Session 1',
      startMs: at('2021-10-13T14:00:00-04:00'),
      endMs: at('2021-10-13T14:45:00-04:00'),
      description: 'How a school and a public library built their partnership.',
    }),
    session({
      id: 'w1-break',
      part: 'week-1',
      type: 'break',
      title: 'Intermission',
      startMs: at('2021-10-13T14:45:00-04:00'),
      endMs: at('2021-10-13T15:00:00-04:00'),
    }),
    session({
      id: 'w1-s2',
      part: 'week-1',
      title: 'Week 1 Session 2',
      startMs: at('2021-10-13T15:00:00-04:00'),
      endMs: at('2021-10-13T15:45:00-04:00'),
      joinUrl: 'https://live.example.org/room?id=42&lang=en',
      speakers: [
        { name: 'Ana Núñez', title: 'Director', organization: 'Springfield Public Library' },
        { name: 'Bo Chen' },
      ],
    }),
    session({
      id: 'w2-s1',
      title: 'Week 2 Session 1',
      startMs: at('2021-10-20T14:00:00-04:00'),
      endMs: at('2021-10-20T14:45:00-04:00'),
      status: 'cancelled',
    }),
    // After the US DST change: 2 pm EST is 19:00Z, not 18:00Z.
    session({
      id: 'w5-s1',
      title: 'Week 5 Session 1',
      startMs: at('2021-11-10T14:00:00-05:00'),
      endMs: at('2021-11-10T14:45:00-05:00'),
      status: 'postponed',
    }),
  ],
};

const NOW = at('2021-10-01T12:00:00Z');

/** The VEVENTs of a document, as ical.js reads them. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startIsUtc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      status: vevent.getFirstPropertyValue('status'),
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

const utf8 = new TextEncoder();

/** Physical lines as bytes, split at CRLF; fails on any bare CR or LF. */
function physicalLines(ics: string): Uint8Array[] {
  const bytes = utf8.encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) throw new Error(`bare LF at byte ${i}`);
    if (bytes[i] === 0x0d) {
      if (bytes[i + 1] !== 0x0a) throw new Error(`bare CR at byte ${i}`);
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  expect(start, 'document ends with CRLF').to.equal(bytes.length);
  return lines;
}

describe('courseToIcs', () => {
  it('is a PUBLISH calendar named after the course', () => {
    const calendar = new ICAL.Component(ICAL.parse(courseToIcs(COURSE, { nowMs: NOW })));
    expect(calendar.name).to.equal('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Resilient Together');
    expect(String(calendar.getFirstPropertyValue('prodid'))).to.match(/^-\/\/course-widgets\/\//);
  });

  it('writes every session but breaks, in UTC, with exact instants', () => {
    const got = events(courseToIcs(COURSE, { nowMs: NOW }));
    expect(got.map((e) => [e.summary, e.start, e.end])).to.deep.equal([
      ['Week 1 Session 1 – Resilient Together', '2021-10-13T18:00:00Z', '2021-10-13T18:45:00Z'],
      ['Week 1 Session 2 – Resilient Together', '2021-10-13T19:00:00Z', '2021-10-13T19:45:00Z'],
      ['Week 2 Session 1 – Resilient Together', '2021-10-20T18:00:00Z', '2021-10-20T18:45:00Z'],
      ['Week 5 Session 1 – Resilient Together', '2021-11-10T19:00:00Z', '2021-11-10T19:45:00Z'],
    ]);
    expect(got.every((e) => e.startIsUtc)).to.equal(true);
    expect(got.every((e) => e.stamp === '2021-10-01T12:00:00Z')).to.equal(true);
  });

  it('writes exactly the sessions it is given, breaks included', () => {
    const got = events(courseToIcs(COURSE, { nowMs: NOW, sessions: COURSE.sessions.slice(1, 2) }));
    expect(got.map((e) => [e.summary, e.start])).to.deep.equal([
      ['Intermission – Resilient Together', '2021-10-13T18:45:00Z'],
    ]);
  });

  it('keeps UIDs stable across calls and between the course and single-session exports', () => {
    const first = events(courseToIcs(COURSE, { nowMs: NOW })).map((e) => e.uid);
    const later = events(courseToIcs(COURSE, { nowMs: NOW + 86_400_000 })).map((e) => e.uid);
    expect(first).to.deep.equal([
      'resilient-together-2021/w1-s1@course-widgets.invalid',
      'resilient-together-2021/w1-s2@course-widgets.invalid',
      'resilient-together-2021/w2-s1@course-widgets.invalid',
      'resilient-together-2021/w5-s1@course-widgets.invalid',
    ]);
    expect(later).to.deep.equal(first);
    const single = events(sessionToIcs(COURSE.sessions[2]!, COURSE, { nowMs: NOW }));
    expect(single.map((e) => e.uid)).to.deep.equal([first[1]]);
  });

  it('keeps ids that differ only in where a separator falls apart in the UID', () => {
    const a = { ...COURSE, id: 'a/b' };
    const b = { ...COURSE, id: 'a' };
    const uidA = events(sessionToIcs({ ...COURSE.sessions[0]!, id: 'c' }, a, { nowMs: NOW }))[0]!
      .uid;
    const uidB = events(sessionToIcs({ ...COURSE.sessions[0]!, id: 'b/c' }, b, { nowMs: NOW }))[0]!
      .uid;
    expect(uidA).to.not.equal(uidB);
  });

  it('marks cancelled and postponed sessions, confirms the others', () => {
    const got = events(courseToIcs(COURSE, { nowMs: NOW }));
    expect(got.map((e) => e.status)).to.deep.equal([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'TENTATIVE',
    ]);
  });

  it('puts the description, speakers and join link in DESCRIPTION, the link in URL and LOCATION', () => {
    const [first, second] = events(courseToIcs(COURSE, { nowMs: NOW }));
    expect(first!.description).to.equal(
      'How a school and a public library built their partnership.\n\nhttps://courses.example.org/resilient-together',
    );
    expect(first!.url).to.equal('https://courses.example.org/resilient-together');
    expect(first!.location).to.equal('Online');
    expect(second!.description).to.equal(
      'Speakers:\nAna Núñez, Director, Springfield Public Library\nBo Chen\n\nJoin: https://live.example.org/room?id=42&lang=en',
    );
    expect(second!.url).to.equal('https://live.example.org/room?id=42&lang=en');
    expect(second!.location).to.equal('https://live.example.org/room?id=42&lang=en');
  });

  it('writes its own words in the language it is given', () => {
    const [first, second] = events(
      courseToIcs(COURSE, { nowMs: NOW, labels: pickStrings(sessionStrings, 'es', 'es') }),
    );
    expect(first!.location).to.equal('En línea');
    expect(second!.description).to.match(/^Ponentes:\n/);
    expect(second!.description).to.contain('\n\nUnirse: https://live.example.org/');
  });

  it('escapes backslash, semicolon, comma and newlines so they read back exactly', () => {
    const title = 'Q&A; tips, tricks \\ more\nsecond line';
    const description = 'Line one;\r\nline two, with a \\n that is not a newline\rend';
    const ics = sessionToIcs(session({ ...COURSE.sessions[0]!, title, description }), COURSE, {
      nowMs: NOW,
    });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain(
      'SUMMARY:Q&A\\; tips\\, tricks \\\\ more\\nsecond line – Resilient Together\r\n',
    );
    const [event] = events(ics);
    expect(event!.summary).to.equal(`${title} – Resilient Together`);
    // CRLF and a lone CR in the data are newlines too; the text round-trips with LF.
    expect(event!.description).to.equal(
      'Line one;\nline two, with a \\n that is not a newline\nend\n\nhttps://courses.example.org/resilient-together',
    );
  });

  it('drops control characters TEXT may not hold and replaces lone surrogates', () => {
    const ics = sessionToIcs(
      session({ ...COURSE.sessions[0]!, title: 'a\u0000b\u0007c\td\ud800e' }),
      COURSE,
      { nowMs: NOW },
    );
    expect(events(ics)[0]!.summary).to.equal('abc\td\ufffde – Resilient Together');
    expect(() => icsDataUrl(ics)).to.not.throw();
  });

  it('folds long UTF-8 text at 75 octets without splitting a character, CRLF everywhere', () => {
    const unit = 'Café ñandú 🎓 naïve façade — 学习 👩🏽‍🏫 ';
    let title = '';
    while ([...title].length < 300) title += unit;
    title = [...title].slice(0, 300).join('');
    const ics = sessionToIcs(
      session({ ...COURSE.sessions[0]!, title, description: title.repeat(3) }),
      COURSE,
      { nowMs: NOW },
    );
    const lines = physicalLines(ics);
    const strict = new TextDecoder('utf-8', { fatal: true });
    let continued = 0;
    for (const bytes of lines) {
      expect(bytes.length).to.be.at.most(75);
      expect(() => strict.decode(bytes), 'a line ends inside a character').to.not.throw();
      if (bytes[0] === 0x20) continued++;
    }
    expect(continued, 'long values were folded').to.be.greaterThan(10);
    // A title of 3- and 4-octet characters forces breaks at every alignment.
    expect(lines.some((bytes) => bytes.length < 73)).to.equal(true);
    const [event] = events(ics);
    expect(event!.summary).to.equal(`${title} – Resilient Together`);
    expect(event!.description).to.equal(
      `${title.repeat(3)}\n\nhttps://courses.example.org/resilient-together`,
    );
  });

  it('folds a value of exactly 75 octets not at all and one of 76 once', () => {
    const fits = 'x'.repeat(75 - 'SUMMARY:'.length - ' – Resilient Together'.length - 2); // the en dash is 3 octets
    const lineOf = (title: string) =>
      sessionToIcs(session({ ...COURSE.sessions[0]!, title }), COURSE, { nowMs: NOW })
        .split('\r\n')
        .filter(
          (l, i, all) =>
            l.startsWith('SUMMARY:') || (l.startsWith(' ') && all[i - 1]?.startsWith('SUMMARY:')),
        );
    expect(lineOf(fits)).to.have.length(1);
    expect(utf8.encode(lineOf(fits)[0]!).length).to.equal(75);
    expect(lineOf(`${fits}x`)).to.have.length(2);
  });
});

describe('googleCalendarUrl', () => {
  const read = (url: string) => {
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).to.equal('https://calendar.google.com/calendar/render');
    return parsed.searchParams;
  };

  it('carries the title, UTC dates, organiser zone, details and location', () => {
    const p = read(googleCalendarUrl(COURSE.sessions[2]!, COURSE));
    expect(p.get('action')).to.equal('TEMPLATE');
    expect(p.get('text')).to.equal('Week 1 Session 2 – Resilient Together');
    expect(p.get('dates')).to.equal('20211013T190000Z/20211013T194500Z');
    expect(p.get('ctz')).to.equal('America/New_York');
    expect(p.get('location')).to.equal('https://live.example.org/room?id=42&lang=en');
    expect(p.get('details')).to.equal(
      'Speakers:\nAna Núñez, Director, Springfield Public Library\nBo Chen\n\nJoin: https://live.example.org/room?id=42&lang=en',
    );
  });

  it('encodes characters that would otherwise end a parameter', () => {
    const title = 'R&D #1 + 50% off = ?';
    const p = read(googleCalendarUrl(session({ ...COURSE.sessions[0]!, title }), COURSE));
    expect(p.get('text')).to.equal(`${title} – Resilient Together`);
    expect(p.get('location')).to.equal('Online');
    expect([...p.keys()].sort()).to.deep.equal([
      'action',
      'ctz',
      'dates',
      'details',
      'location',
      'text',
    ]);
  });

  it('clips a long description but keeps the link', () => {
    const description = 'word '.repeat(2_000);
    const url = googleCalendarUrl(session({ ...COURSE.sessions[2]!, description }), COURSE);
    const details = read(url).get('details')!;
    expect(details.length).to.be.below(1_200);
    expect(details).to.match(/^word word .*…\n\nSpeakers:/s);
    expect(details).to.match(/Join: https:\/\/live\.example\.org\/room\?id=42&lang=en$/);
    expect(url.length).to.be.below(2_000);
  });
});

describe('icsFileName', () => {
  for (const [title, sessionTitle, expected] of [
    ['Resilient Together', undefined, 'resilient-together.ics'],
    ['Resilient Together', 'Week 1: Session 1', 'resilient-together-week-1-session-1.ics'],
    ['Café ☕ Tips: Part 1/2', undefined, 'cafe-tips-part-1-2.ics'],
    ['Курс для библиотек', undefined, 'курс-для-библиотек.ics'],
    ['../../etc/passwd', 'a\\b:c*d?e"f<g>h|i', 'etc-passwd-a-b-c-d-e-f-g-h-i.ics'],
    ['!!!', undefined, 'resilient-together-2021.ics'],
    [
      'A very long course title that goes on and on and on and on',
      undefined,
      'a-very-long-course-title-that-goes-on-an.ics',
    ],
  ] as const) {
    it(`${JSON.stringify(title)} ${JSON.stringify(sessionTitle ?? '')} -> ${expected}`, () => {
      const s =
        sessionTitle === undefined
          ? undefined
          : session({ ...COURSE.sessions[0]!, title: sessionTitle });
      expect(icsFileName({ ...COURSE, title }, s)).to.equal(expected);
    });
  }

  it('falls back to "course" when neither title nor id has a letter', () => {
    expect(icsFileName({ ...COURSE, title: '!!!', id: '***' })).to.equal('course.ics');
  });
});

describe('icsDataUrl', () => {
  it('is a text/calendar data URL whose body is the document, byte for byte', async () => {
    const ics = courseToIcs({ ...COURSE, title: 'Ünïcode; 🎓, 100% #1' }, { nowMs: NOW });
    const url = icsDataUrl(ics);
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(url).to.not.match(/[#\s]|%(?![0-9A-F]{2})/);
    const response = await fetch(url);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    expect(await response.text()).to.equal(ics);
  });
});

describe('default labels', () => {
  it('are the English words of the shared string table', async () => {
    const { ICS_LABELS_EN } = await import('../../../src/core/course/ics.js');
    expect(ICS_LABELS_EN).to.deep.equal({
      speakers: sessionStrings.en.speakers,
      join: sessionStrings.en.join,
      online: sessionStrings.en.online,
    });
  });
});
