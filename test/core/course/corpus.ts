/**
 * Documents for the schema/parser agreement test. Each is built from a small valid course by
 * one change, so a disagreement points at one rule. `expect`:
 *   'valid'   the schema accepts it and the parser reads it with no issue (info notes allowed);
 *   'invalid' the schema refuses it and the parser throws or reports an issue;
 *   'gap'     the schema accepts it but the parser refuses or reports it: a rule JSON Schema
 *             cannot express (listed in docs/course-format.md). The other way round must never happen.
 */

import type { LooseJson } from '../../json.js';

export type Expectation = 'valid' | 'invalid' | 'gap';
export interface CorpusEntry {
  name: string;
  expect: Expectation;
  doc: unknown;
}

type Doc = LooseJson;

const base = (): Doc => ({
  title: 'Course',
  timeZone: 'America/New_York',
  sessions: [
    { id: 's1', title: 'One', start: '2021-10-13T14:00', end: '2021-10-13T14:45' },
    { id: 's2', title: 'Two', start: '2021-10-13T15:00', end: '2021-10-13T15:45' },
  ],
});

const full = (): Doc => ({
  $schema: 'https://unpkg.com/course-widgets/course.schema.json',
  version: 1,
  id: 'full',
  title: 'Full',
  subtitle: 'Everything',
  summary: 'One.\n\nTwo.',
  url: 'https://example.org/',
  image: 'cover.png',
  timeZone: 'Europe/London',
  language: 'es-MX',
  registration: {
    url: 'register',
    opens: '2021-08-01T00:00',
    closes: '2021-10-27T15:00:00-04:00',
    status: 'open',
    waitlistUrl: 'https://example.org/wait',
    price: '$10',
    note: 'Note',
    codeOfConductUrl: '/conduct',
    groupRates: { note: 'Groups', contact: 'mailto:team@example.org' },
  },
  onDemand: { url: 'https://example.org/od', until: '2022-04-27T16:00', note: 'Later' },
  parts: [{ id: 'w1', title: 'Week 1', summary: 'First week' }],
  sessions: [
    {
      id: 's1',
      title: 'One',
      type: 'workshop',
      part: 'w1',
      start: '2021-10-13T14:00',
      end: '2021-10-13T14:45',
      timeZone: 'America/New_York',
      description: 'Text',
      joinUrl: 'https://meet.example.org/',
      recordingUrl: 'https://video.example.org/',
      status: 'postponed',
      speakers: [{ name: 'A', title: 'Dr', organization: 'Org', url: 'https://example.org/a' }],
    },
  ],
});

/** A change to the base course: `set(doc)` edits it in place. */
const change = (
  name: string,
  expect: Expectation,
  set: (d: Doc) => void,
  from = base,
): CorpusEntry => {
  const doc = from();
  set(doc);
  // Through JSON, as a fetched document would be (drops members set to undefined).
  return { name, expect, doc: JSON.parse(JSON.stringify(doc)) };
};
const session = (name: string, expect: Expectation, fields: Doc) =>
  change(name, expect, (d) => Object.assign(d.sessions[0], fields));
const start = (value: unknown, expect: Expectation) =>
  session(`start ${JSON.stringify(value)}`, expect, { start: value });

export const CORPUS: CorpusEntry[] = [
  // Accepted by both.
  change('minimal', 'valid', () => {}),
  change('every field', 'valid', () => {}, full),
  change('no sessions', 'valid', (d) => (d.sessions = [])),
  change(
    'UTC and Etc zones',
    'valid',
    (d) => ((d.timeZone = 'UTC'), (d.sessions[0].timeZone = 'Etc/GMT+5')),
  ),
  change('markup is just text', 'valid', (d) => (d.title = '<b>Bold</b> & "quoted"')),
  change('title of exactly 200 characters', 'valid', (d) => (d.title = 't'.repeat(200))),
  change('blank subtitle', 'valid', (d) => (d.subtitle = '  ')),
  change(
    'relative and protocol-relative links',
    'valid',
    (d) => ((d.url = '../about'), (d.image = '//cdn.example.org/i.png')),
  ),
  change(
    'contact as an https link',
    'valid',
    (d) =>
      (d.registration = {
        url: 'https://e.org/r',
        groupRates: { contact: 'https://e.org/groups' },
      }),
  ),
  change('link with a query string', 'valid', (d) => (d.url = 'https://example.org/?a=1&b=2')),
  change(
    'empty speakers and parts',
    'valid',
    (d) => ((d.parts = []), (d.sessions[0].speakers = [])),
  ),
  start('2021-10-13T14:00:30', 'valid'),
  start('2021-10-13T13:00:00Z', 'valid'),
  start('2021-10-13T13:00:00.250Z', 'valid'),
  start('2021-10-13T09:00-05:00', 'valid'),
  start('2021-10-13t18:00z', 'valid'),
  start('  2021-10-13T14:00  ', 'valid'),
  session('DST overlap (an info note only)', 'valid', {
    start: '2021-11-07T01:30',
    end: '2021-11-07T02:30',
  }),

  // Refused by both.
  change(
    'not an object',
    'invalid',
    () => {},
    () => [] as unknown as Doc,
  ),
  change('version 2', 'invalid', (d) => (d.version = 2)),
  change('no title', 'invalid', (d) => delete d.title),
  change('blank title', 'invalid', (d) => (d.title = ' ')),
  change('title is a number', 'invalid', (d) => (d.title = 5)),
  change(
    'title is a template-like object',
    'invalid',
    (d) => (d.title = { _$litType$: 1, strings: ['x'], values: [] }),
  ),
  change('title of 201 characters', 'invalid', (d) => (d.title = 't'.repeat(201))),
  change('no timeZone', 'invalid', (d) => delete d.timeZone),
  change('timeZone EST', 'invalid', (d) => (d.timeZone = 'EST')),
  change('timeZone as an offset', 'invalid', (d) => (d.timeZone = '-04:00')),
  change('no sessions', 'invalid', (d) => delete d.sessions),
  change('sessions is an object', 'invalid', (d) => (d.sessions = { s1: d.sessions[0] })),
  change('unknown course field', 'invalid', (d) => (d.titel = 'typo')),
  change('subtitle null', 'invalid', (d) => (d.subtitle = null)),
  change('language with an underscore', 'invalid', (d) => (d.language = 'en_US')),
  change('blank course id', 'invalid', (d) => (d.id = ' ')),
  change('course id of 101 characters', 'invalid', (d) => (d.id = 'i'.repeat(101))),
  change('summary of 5,001 characters', 'invalid', (d) => (d.summary = 's'.repeat(5001))),
  change('registration without url', 'invalid', (d) => (d.registration = { price: 'Free' })),
  change(
    'registration status unknown',
    'invalid',
    (d) => (d.registration = { url: 'https://e.org/r', status: 'soon' }),
  ),
  change('registration is a string', 'invalid', (d) => (d.registration = 'https://e.org/r')),
  change(
    'group contact is a bare address',
    'invalid',
    (d) =>
      (d.registration = { url: 'https://e.org/r', groupRates: { contact: 'team@example.org' } }),
  ),
  change(
    'mailto: outside the group contact',
    'invalid',
    (d) => (d.registration = { url: 'mailto:team@example.org' }),
  ),
  change('unknown onDemand field', 'invalid', (d) => (d.onDemand = { link: 'https://e.org/od' })),
  change('part without a title', 'invalid', (d) => (d.parts = [{ id: 'w1' }])),
  change('session is a string', 'invalid', (d) => (d.sessions[1] = 'two')),
  session('session without id', 'invalid', { id: undefined }),
  session('session id is a number', 'invalid', { id: 1 }),
  session('session without end', 'invalid', { end: undefined }),
  session('unknown session field', 'invalid', { speaker: 'A' }),
  session('unknown type', 'invalid', { type: 'seminar' }),
  session('unknown status', 'invalid', { status: 'done' }),
  session('type in capitals', 'invalid', { type: 'Panel' }),
  session('session timeZone EST', 'invalid', { timeZone: 'EST' }),
  session('description is an array', 'invalid', { description: ['a'] }),
  session('speaker without a name', 'invalid', { speakers: [{ title: 'Dr' }] }),
  session('speaker is a string', 'invalid', { speakers: ['A'] }),
  session('unknown speaker field', 'invalid', {
    speakers: [{ name: 'A', email: 'a@example.org' }],
  }),
  session('51 speakers', 'invalid', {
    speakers: Array.from({ length: 51 }, (_, i) => ({ name: `S${i}` })),
  }),
  session('part is blank', 'invalid', { part: ' ' }),
  start('2021-10-13', 'invalid'),
  start('2021-10-13 14:00', 'invalid'),
  start('2021-10-13T14:00 EST', 'invalid'),
  start('2021-10-13T14:00 America/New_York', 'invalid'),
  start('2021-10-13T24:00', 'invalid'),
  start('2021-10-13T25:00', 'invalid'),
  start('2021-13-13T14:00', 'invalid'),
  start('2021-10-13T14:60', 'invalid'),
  start('2021-10-13T14:00:60', 'invalid'),
  start('2021-10-13T14:00:00.5', 'invalid'),
  start('2021-10-13T14:00-0400', 'invalid'),
  start('2021-10-13T14:00+24:00', 'invalid'),
  start('2021-10-13T14', 'invalid'),
  start('13/10/2021 14:00', 'invalid'),
  start(1634148000000, 'invalid'),
  start(null, 'invalid'),
  ...[
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'blob:https://example.org/x',
    'file:///etc/passwd',
    'https://example.org/a b',
    '',
    'x'.repeat(2049),
  ].map((url) =>
    session(`joinUrl ${JSON.stringify(url).slice(0, 40)}`, 'invalid', { joinUrl: url }),
  ),

  // Accepted by the schema, refused by the parser: what JSON Schema cannot say.
  session('end equal to start', 'gap', { end: '2021-10-13T14:00' }),
  session('end before start', 'gap', { end: '2021-10-13T13:00' }),
  start('2021-02-30T14:00', 'gap'),
  start('2021-04-31T14:00', 'gap'),
  start('2021-02-29T14:00', 'gap'),
  change('unknown IANA-shaped zone', 'gap', (d) => (d.timeZone = 'Mars/Olympus_Mons')),
  session('unknown session zone', 'gap', { timeZone: 'America/Atlantis' }),
  change('duplicate session ids', 'gap', (d) => (d.sessions[1].id = 's1')),
  change(
    'duplicate part ids',
    'gap',
    (d) =>
      (d.parts = [
        { id: 'w', title: 'A' },
        { id: 'w', title: 'B' },
      ]),
  ),
  session('part names no part', 'gap', { part: 'w9' }),
  change(
    'registration closes before it opens',
    'gap',
    (d) =>
      (d.registration = {
        url: 'https://e.org/r',
        opens: '2021-10-01T00:00',
        closes: '2021-09-01T00:00',
      }),
  ),
  change(
    'language tag of the right shape that Intl refuses',
    'gap',
    (d) => (d.language = 'en-US-US'),
  ),
  change('http link without a host', 'gap', (d) => (d.url = 'http://')),
];
