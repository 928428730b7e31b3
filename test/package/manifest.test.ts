// The custom-elements manifest (custom-elements.json) as published: all four elements, each
// with every attribute, property, method, event, slot, CSS part and custom property
// described, inherited members from CourseElement included, and nothing private. Checked
// against the built classes themselves, so an undocumented attribute cannot slip through.
import { expect } from '@open-wc/testing';
import {
  SETUP_TIMEOUT_MS,
  TAGS,
  built,
  manifest,
  packedFiles,
  type ElementDecl,
  type Manifest,
} from './package.js';

type ReactiveClass = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<string, { attribute?: string | boolean }>;
};

/** Every element: the inherited base API. */
const BASE = {
  attributes: ['src', 'time-zone', 'now', 'refresh', 'lang'],
  fields: ['src', 'course', 'timeZone', 'now', 'refresh', 'strings'],
  methods: ['reload', 'define'],
  events: ['course-load', 'course-error'],
};

/** What each element adds that the manifest must show (the rest is checked against the class). */
const OWN: Record<string, { attributes?: string[]; events?: string[] }> = {
  'register-button': {
    attributes: ['href', 'opens', 'closes', 'status', 'waitlist-href', 'course-title'],
    events: ['register-click'],
  },
  'countdown-timer': { events: ['countdown-end'] },
  'course-schedule': {},
  'session-card': {},
};

/** Implementation names that must never be public API. */
const PRIVATE_NAMES = [
  'data',
  'localization',
  'clock',
  'granularity',
  'fixedNowMs',
  'nowMs',
  'locale',
  'displayZone',
  'renderCourse',
  'renderPending',
  'renderError',
  'renderFallback',
  'render',
  'willUpdate',
  'updated',
  'firstUpdated',
  'styles',
  'properties',
];

const names = (list?: { name: string }[]) => (list ?? []).map((x) => x.name);

describe('custom-elements.json', function () {
  let cem: Manifest;
  const elements = new Map<string, ElementDecl>();

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
    cem = await manifest();
    for (const mod of cem.modules)
      for (const d of mod.declarations ?? [])
        if (d.customElement && d.tagName) elements.set(d.tagName, d);
    // The npm build registering all four (a variable: the URL is served, not a module tsc resolves).
    const registerAll = '/dist/define.js';
    await import(registerAll);
  });

  it('lists exactly the four elements, each with a summary or description', () => {
    expect([...elements.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const [tag, d] of elements)
      expect(d.summary || d.description, `${tag} description`)
        .to.be.a('string')
        .and.not.equal('');
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const decl = () => {
        const d = elements.get(tag);
        if (!d) throw new Error(`<${tag}> is not in the manifest`);
        return d;
      };
      const ctor = () => customElements.get(tag) as ReactiveClass;

      it('has the inherited base API and its own attributes and events', () => {
        const d = decl();
        const fields = (d.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name);
        const methods = (d.members ?? []).filter((m) => m.kind === 'method').map((m) => m.name);
        expect(names(d.attributes)).to.include.members([
          ...BASE.attributes,
          ...(OWN[tag].attributes ?? []),
        ]);
        expect(fields).to.include.members(BASE.fields);
        expect(methods).to.include.members(BASE.methods);
        expect(names(d.events)).to.include.members([...BASE.events, ...(OWN[tag].events ?? [])]);
        const src = d.members!.find((m) => m.name === 'src')!;
        expect(src.inheritedFrom?.name, 'src is inherited from CourseElement').to.equal(
          'CourseElement',
        );
      });

      it('documents every attribute the element observes and every reactive property', () => {
        const d = decl();
        const observed = ctor().observedAttributes;
        expect(observed.length).to.be.greaterThan(4);
        expect(names(d.attributes)).to.include.members(observed);
        const fields = (d.members ?? []).map((m) => m.name);
        expect(fields).to.include.members([...ctor().elementProperties.keys()]);
      });

      it('describes every attribute, member, event, slot, part and custom property', () => {
        const d = decl();
        const undescribed = [
          ...(d.attributes ?? []).map((x) => ['attribute', x] as const),
          ...(d.members ?? []).map((x) => ['member', x] as const),
          ...(d.events ?? []).map((x) => ['event', x] as const),
          ...(d.slots ?? []).map((x) => ['slot', x] as const),
          ...(d.cssParts ?? []).map((x) => ['part', x] as const),
          ...(d.cssProperties ?? []).map((x) => ['css property', x] as const),
        ]
          .filter(([, x]) => !(x.description ?? x.summary ?? '').trim())
          .map(([kind, x]) => `${kind} ${x.name || '(default slot)'}`);
        expect(undescribed).to.deep.equal([]);
        expect(
          d.cssParts?.map((p) => p.name),
          'the root part',
        ).to.include('base');
        expect(d.slots?.length, 'slots').to.be.greaterThan(0);
      });

      it('names the event classes', () => {
        for (const ev of decl().events ?? [])
          expect(ev.type?.text, ev.name).to.match(/^[A-Z]\w+Event$/);
      });

      it('leaks nothing private', () => {
        const d = decl();
        const members = d.members ?? [];
        expect(
          members
            .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
            .map((m) => m.name),
        ).to.deep.equal([]);
        expect(members.filter((m) => /^[#_]/.test(m.name)).map((m) => m.name)).to.deep.equal([]);
        const leaked = members
          .filter((m) => !m.static && PRIVATE_NAMES.includes(m.name))
          .map((m) => m.name);
        expect(leaked).to.deep.equal([]);
        expect(
          members
            .filter((m) => m.static && ['clock', 'styles', 'properties'].includes(m.name))
            .map((m) => m.name),
        ).to.deep.equal([]);
      });
    });
  }

  it('types every attribute so Storybook offers a control a designer can type into', () => {
    // `string | undefined` got a "Set object" control; text, numbers, booleans and literal
    // unions get a text field, a number field, a toggle and a select.
    const CONTROLLABLE = /^(string|number|boolean|'[^']*'( \| '[^']*')*)$/;
    const bad = [...elements.values()].flatMap((d) =>
      (d.attributes ?? [])
        .filter((a) => !CONTROLLABLE.test(a.type?.text ?? ''))
        .map((a) => `<${d.tagName}> ${a.name}: ${a.type?.text}`),
    );
    expect(bad).to.deep.equal([]);
    const register = elements.get('register-button')!;
    for (const name of ['href', 'opens', 'closes'])
      expect(register.attributes!.find((a) => a.name === name)!.type!.text, name).to.equal(
        'string',
      );
  });

  it('points every module path at a published file', async () => {
    const files = new Set((await packedFiles()).map((f) => f.path));
    const paths = cem.modules.map((m) => m.path);
    expect(paths.filter((p) => !files.has(p))).to.deep.equal([]);
  });

  it('has no private name anywhere in the file', () => {
    const text = JSON.stringify(cem);
    expect(text).to.not.match(/"name":"#/);
    expect(text).to.not.contain('"privacy":"private"');
    expect(text).to.not.contain('"privacy":"protected"');
  });
});
