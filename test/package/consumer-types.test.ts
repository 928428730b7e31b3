// The published typings as an app sees them: a strict TypeScript + React 19 project that
// imports 'course-widgets' through package.json `exports` (the built .d.ts, no
// skipLibCheck). Tag names type `document.querySelector`, classes keep `define(tag)`, and
// JSX checks attributes, properties and event handlers once 'course-widgets/react' is
// imported. Every `@ts-expect-error` line must be an error, or tsc fails.
import { expect } from '@open-wc/testing';
import {
  BUILD_TIMEOUT_MS,
  CLASS_OF,
  TAGS,
  built,
  consumerTypes,
  manifest,
  type ElementDecl,
} from './package.js';

const classes = TAGS.map((tag) => CLASS_OF[tag]);

const APP = `
import { ${classes.join(', ')}, CourseError, parseCourse, courseToIcs, CourseLoadEvent, type Course, type CourseData } from 'course-widgets';
import 'course-widgets/define';
import { RegisterButtonElement as Single } from 'course-widgets/register-button/define';
import 'course-widgets/react';
import type { CourseWidgetsElements } from 'course-widgets/jsx';
import schema from 'course-widgets/course.schema.json';
import manifest from 'course-widgets/custom-elements.json';

${TAGS.map((tag) => `export const ${CLASS_OF[tag]}Found: ${CLASS_OF[tag]} | null = document.querySelector('${tag}');`).join('\n')}
export const same: typeof RegisterButtonElement = Single;
export const renamed: boolean = SessionCardElement.define('library-session-card');
export const parsed: Course = parseCourse({}).course;
export const input: CourseData = { title: 'x', timeZone: 'UTC', sessions: [] };
export const ics: (c: Course, o: Parameters<typeof courseToIcs>[1]) => string = courseToIcs;
export const isError = (e: unknown) => e instanceof CourseError;
export const jsonFiles = [schema, manifest];
document.querySelector('session-card')?.addEventListener('course-load', (e) => e satisfies CourseLoadEvent);

export const props: CourseWidgetsElements['register-button'] = { src: '/c.json', 'time-zone': 'Europe/Paris' };

export function App() {
  return (
    <>
${TAGS.map((tag) => `      <${tag} src="/course.json" time-zone="Europe/Paris" now="2021-10-13T18:00:00Z" lang="es" className="x" oncourse-load={(e) => e.course.title} oncourse-error={(e) => e.error.kind} />`).join('\n')}
      <register-button course={{ version: 1, title: 'x', timeZone: 'UTC', sessions: [] }} onregister-click={(e) => e.href} />
      <session-card timeZone="Europe/Paris" sessionId="s1" />
      <countdown-timer oncountdown-end={(e) => e.targetMs} />
    </>
  );
}

// @ts-expect-error refresh is a number
export const badRefresh = <course-schedule refresh={true} />;
// @ts-expect-error an unknown property (TypeScript never rejects unknown hyphenated names)
export const badProperty = <session-card sessionID="x" />;
// @ts-expect-error hide-title is a boolean attribute
export const badAttribute = <course-schedule hide-title={123} />;
// @ts-expect-error a course-load handler gets a CourseLoadEvent
export const badHandler = <register-button oncourse-load={(e: KeyboardEvent) => e.key} />;
`;

// Only the define entry: it must bring the tag map and every event's HTMLElementEventMap entry.
const DEFINE_ONLY = `
import 'course-widgets/define';

const card = document.querySelector('session-card')!;
card.addEventListener('course-load', (e) => e.course.title);
card.addEventListener('course-error', (e) => e.error.kind);
document.querySelector('register-button')?.addEventListener('register-click', (e) => e.href);
document.querySelector('countdown-timer')?.addEventListener('countdown-end', (e) => e.targetMs);
const schedule = document.createElement('course-schedule');
schedule.timeZone = 'Europe/Paris';
const session = { id: 'a', title: 'A', start: '2021-10-13T14:00', end: '2021-10-13T15:00' };
schedule.course = { title: 'Course', timeZone: 'America/New_York', sessions: [session] };
// @ts-expect-error CourseData: start is a date-time string, not epoch ms
schedule.course = { title: 'Course', timeZone: 'America/New_York', sessions: [{ ...session, start: 1634133600000 }] };
// @ts-expect-error CourseData: a title is text
schedule.course = { title: 42, timeZone: 'America/New_York', sessions: [] };
// @ts-expect-error CourseData: the organiser's timeZone is required
schedule.course = { title: 'Course', sessions: [] };
`;

// One tag's define entry alone.
const ONE_TAG = `
import 'course-widgets/register-button/define';

const button = document.querySelector('register-button')!;
button.addEventListener('register-click', (e) => e.href);
button.addEventListener('course-load', (e) => e.course.sessions.length);
// @ts-expect-error a register-click event has no targetMs
button.addEventListener('register-click', (e) => e.targetMs);
`;

/** A JSX value for an attribute, from the manifest's type text. */
function valueFor(type = 'string'): string {
  if (/\bboolean\b/.test(type)) return '{true}';
  if (/^number\b/.test(type)) return '{1}';
  const literal = /^'([^']*)'/.exec(type);
  return literal ? `"${literal[1]}"` : '"x"';
}

/** Every attribute and event the manifest lists, used in JSX: the typings must accept them all. */
function fromManifest(elements: ElementDecl[]): string {
  const uses = elements.map((d) => {
    const attrs = (d.attributes ?? []).map((a) => `${a.name}=${valueFor(a.type?.text)}`);
    const events = (d.events ?? []).map((e) => `on${e.name}={(e) => e.type}`);
    return `      <${d.tagName} ${[...attrs, ...events].join(' ')} />`;
  });
  // TypeScript accepts any hyphenated name in JSX, so also require each one as a known key.
  const keys = elements.flatMap((d) =>
    [...(d.attributes ?? []).map((a) => a.name), ...(d.events ?? []).map((e) => `on${e.name}`)].map(
      (name) =>
        `export const ${JSON.stringify(`${d.tagName}:${name}`).replace(/\W/g, '_')}: keyof JSX.IntrinsicElements['${d.tagName}'] = '${name}';`,
    ),
  );
  return `import type { JSX } from 'react';\nimport 'course-widgets/react';\n\nexport const everything = (\n    <>\n${uses.join('\n')}\n    </>\n);\n\n${keys.join('\n')}\n`;
}

describe('typings as an app uses them', function () {
  let elements: ElementDecl[];

  before(async function () {
    this.timeout(BUILD_TIMEOUT_MS);
    await built();
    const cem = await manifest();
    elements = cem.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
  });

  it('a strict React 19 + TypeScript app compiles against the built package', async function () {
    this.timeout(120_000);
    const { code, output } = await consumerTypes({
      'app.tsx': APP,
      'manifest.tsx': fromManifest(elements),
    });
    expect(output.trim(), 'tsc output').to.equal('');
    expect(code).to.equal(0);
  });

  it("'course-widgets/define' alone types the tags, the events and the course data", async function () {
    this.timeout(120_000);
    const { code, output } = await consumerTypes({ 'define-only.ts': DEFINE_ONLY });
    expect(output.trim(), 'tsc output').to.equal('');
    expect(code).to.equal(0);
  });

  it("one tag's define entry alone types its events", async function () {
    this.timeout(120_000);
    const { code, output } = await consumerTypes({ 'one-tag.ts': ONE_TAG });
    expect(output.trim(), 'tsc output').to.equal('');
    expect(code).to.equal(0);
  });

  it('the JSX typings cover every attribute and event in the manifest', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([...TAGS].sort());
    const generated = fromManifest(elements);
    for (const d of elements)
      for (const e of d.events ?? []) expect(generated).to.contain(`on${e.name}=`);
  });
});
