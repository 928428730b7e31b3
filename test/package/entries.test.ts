// The npm entry points: the root registers nothing, a single-element entry registers only
// its element and bundles none of the others' code, and the built .d.ts files carry the
// HTMLElementTagNameMap entries that type `document.querySelector('<tag>')`.
import { expect } from '@open-wc/testing';
import {
  SETUP_TIMEOUT_MS,
  CLASS_OF,
  TAGS,
  built,
  bundle,
  packageJson,
  readPacked,
} from './package.js';
import { importUrl } from './page.js';

describe('npm entry points', function () {
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  it('the root is side-effect free: importing it defines no element', async () => {
    const root = await importUrl('/dist/index.js');
    for (const tag of TAGS) expect(root[CLASS_OF[tag]], CLASS_OF[tag]).to.be.a('function');
    for (const name of [
      'CourseElement',
      'CourseError',
      'parseCourse',
      'courseToIcs',
      'CourseLoadEvent',
      'CourseErrorEvent',
      'RegisterClickEvent',
      'CountdownEndEvent',
      'formatTime',
      'sessionPhase',
    ]) {
      expect(root[name], name).to.not.equal(undefined);
    }
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('a class entry is side-effect free too', async () => {
    const mod = await importUrl('/dist/components/session-card/session-card.js');
    expect(mod.SessionCardElement).to.be.a('function');
    expect(customElements.get('session-card')).to.equal(undefined);
  });

  it('a single-element define entry registers that element only', async () => {
    const mod = await importUrl('/dist/components/register-button/define.js');
    expect(customElements.get('register-button')).to.equal(mod.RegisterButtonElement);
    for (const tag of TAGS.filter((t) => t !== 'register-button'))
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  for (const tag of TAGS) {
    it(`bundling only <${tag}> pulls in no other element`, async () => {
      const { modules, foreign } = await bundle(`dist/components/${tag}/define.js`);
      expect(modules.some((m) => m.startsWith(`dist/components/${tag}/`))).to.equal(true);
      expect(foreign).to.deep.equal([]);
      // Never another element's class or registration.
      const classes = TAGS.filter((t) => t !== tag).flatMap((t) => [
        `dist/components/${t}/${t}.js`,
        `dist/components/${t}/define.js`,
      ]);
      expect(modules.filter((m) => classes.includes(m))).to.deep.equal([]);
    });
  }

  it('bundling only <register-button> pulls in nothing from the schedule or the card', async () => {
    const { modules } = await bundle('dist/components/register-button/define.js');
    expect(
      modules.filter((m) => /components\/(course-schedule|session-card|countdown-timer)\//.test(m)),
    ).to.deep.equal([]);
  });

  it('the exports map names each element class and define entry', async () => {
    const { exports } = await packageJson();
    for (const tag of TAGS) {
      expect(exports[`./${tag}`]).to.deep.equal({
        types: `./dist/components/${tag}/${tag}.d.ts`,
        default: `./dist/components/${tag}/${tag}.js`,
      });
      expect(exports[`./${tag}/define`]).to.deep.equal({
        types: `./dist/components/${tag}/define.d.ts`,
        default: `./dist/components/${tag}/define.js`,
      });
    }
  });

  for (const tag of TAGS) {
    it(`the built types map '${tag}' to its class in HTMLElementTagNameMap`, async () => {
      // In the class module, so importing a class from the package root types querySelector too.
      const file = `dist/components/${tag}/${tag}.d.ts`;
      const dts = await readPacked(file);
      expect(dts, file).to.be.a('string');
      expect(dts).to.match(/interface HTMLElementTagNameMap\s*\{/);
      expect(dts).to.match(new RegExp(`['"]${tag}['"]\\s*:\\s*${CLASS_OF[tag]}`));
    });
  }
});
