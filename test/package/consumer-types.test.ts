// The published typings as an app sees them: a strict TypeScript + React 19 project that
// imports 'course-widgets' through package.json `exports` (the built .d.ts, no
// skipLibCheck). Tag names type `document.querySelector`, classes keep `define(tag)`, and
// JSX checks attributes, properties and event handlers once 'course-widgets/react' is
// imported. Every `@ts-expect-error` line must be an error, or tsc fails. The app is written
// from the built manifest and compiled before the browser tests start
// (test/package/prepare.mjs); these tests read tsc's verdict and the app it compiled.
import { expect } from '@open-wc/testing';
import {
  SETUP_TIMEOUT_MS,
  CLASS_OF,
  TAGS,
  built,
  consumerTypes,
  manifest,
  type ElementDecl,
} from './package.js';

describe('typings as an app uses them', function () {
  let elements: ElementDecl[];
  let compiled: { code: number; output: string; files: Record<string, string> };

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
    const cem = await manifest();
    elements = cem.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
    compiled = await consumerTypes();
  });

  it('a strict React 19 + TypeScript app compiles against the built package', () => {
    expect(compiled.output.trim(), 'tsc output').to.equal('');
    expect(compiled.code).to.equal(0);
  });

  it('the app uses every element class, and misuses tsc must reject', () => {
    const app = compiled.files['app.tsx'] ?? '';
    for (const tag of TAGS) {
      expect(app).to.contain(`${CLASS_OF[tag]}Found: ${CLASS_OF[tag]} | null`);
      expect(app).to.contain(`<${tag} src="/course.json"`);
    }
    expect(app.match(/@ts-expect-error/g)).to.have.length(4);
    expect(app).to.contain('input: CourseData');
    expect(app).to.contain('<session-card timeZone="Europe/Paris" sessionId="s1" />');
  });

  it("'course-widgets/define' alone types the tags, the events and the course data", async () => {
    const alone = await consumerTypes('define-only');
    expect(alone.output.trim(), 'tsc output').to.equal('');
    expect(alone.code).to.equal(0);
    // Three misuses of CourseData tsc must reject, or tsc fails on an unused @ts-expect-error.
    expect(alone.files['define-only.ts']!.match(/@ts-expect-error/g)).to.have.length(3);
    expect(alone.files['define-only.ts']).to.contain("addEventListener('course-load'");
  });

  it("one tag's define entry alone types its events", async () => {
    const alone = await consumerTypes('one-tag');
    expect(alone.output.trim(), 'tsc output').to.equal('');
    expect(alone.code).to.equal(0);
    expect(alone.files['one-tag.ts']).to.contain("import 'course-widgets/register-button/define'");
  });

  it('the JSX typings cover every attribute and event in the manifest', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([...TAGS].sort());
    const generated = compiled.files['manifest.tsx'] ?? '';
    for (const d of elements) {
      for (const a of d.attributes ?? []) expect(generated).to.contain(` ${a.name}=`);
      for (const e of d.events ?? []) expect(generated).to.contain(`on${e.name}=`);
    }
  });
});
