// The CDN builds as a page meets them: the classic script included twice (a CMS template
// and a widget snippet both add it), then the ES module too. Nothing throws, the first copy
// keeps every tag, copies of the same version say nothing, and the elements work.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, CLASS_OF, TAGS, built } from './package.js';
import { classicScript, expectEachRenders, importUrl, spyErrors, spyWarn } from './page.js';

const IIFE = '/dist/cdn/course-widgets.iife.js';
const ESM = '/dist/cdn/course-widgets.js';

type Exports = Record<
  string,
  CustomElementConstructor & { define(tag?: string): boolean; version: string }
>;

describe('CDN scripts loaded more than once', function () {
  let first: Exports;

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  it('classic script twice: no error, the first copy keeps every tag', async () => {
    const warn = spyWarn();
    const errors = spyErrors();
    try {
      await classicScript(IIFE);
      first = (window as unknown as { CourseWidgets: Exports }).CourseWidgets;
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(first[CLASS_OF[tag]]);
      expect(warn.calls, 'the first copy is quiet').to.deep.equal([]);

      await classicScript(IIFE);
      expect(errors.errors).to.deep.equal([]);
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(first[CLASS_OF[tag]]);
      // The same version again: nothing differs, so nothing to warn about.
      expect(warn.calls, 'warnings').to.deep.equal([]);
    } finally {
      warn.restore();
      errors.restore();
    }
  });

  it('the ES module build after it (twice, and under a second URL): no error, the first copy still wins', async () => {
    const warn = spyWarn();
    try {
      const esm = await importUrl<Exports>(ESM);
      await importUrl<Exports>(ESM);
      await importUrl<Exports>(`${ESM}?copy=2`);
      expect(esm[CLASS_OF['session-card']]).to.not.equal(first[CLASS_OF['session-card']]);
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(first[CLASS_OF[tag]]);
      expect(warn.calls, 'warnings').to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('each class registers under another tag', async () => {
    const esm = await importUrl<Exports>(ESM);
    expect(first.SessionCardElement.define('library-session-card')).to.equal(true);
    expect(document.createElement('library-session-card')).to.be.instanceOf(
      first.SessionCardElement,
    );
    // The ES module's own class, whose default tag the classic script holds.
    expect(esm.RegisterButtonElement.define('library-register-button')).to.equal(true);
    expect(document.createElement('library-register-button')).to.be.instanceOf(
      esm.RegisterButtonElement,
    );
  });

  it('renders every element from the CDN build', async function () {
    this.timeout(20_000);
    await expectEachRenders([...TAGS, 'library-session-card']);
  });
});
