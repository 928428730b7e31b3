// An npm bundle and a CDN script of another version on one page: the npm copy registered
// first keeps every tag, the CDN copy throws nothing and warns once (not once per tag),
// naming both versions, and a class can still be registered under another name.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, CLASS_OF, TAGS, built, packageJson } from './package.js';
import { expectEachRenders, importCopy, importUrl, spyErrors, spyWarn } from './page.js';

type Exports = Record<
  string,
  CustomElementConstructor & { define(tag?: string): boolean; version: string }
>;

describe('npm copy and a CDN copy of another version', function () {
  let version: string;
  let npm: Exports;

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
    version = (await packageJson()).version;
    npm = await importUrl<Exports>('/dist/define.js');
  });

  it('the npm build registers all four, reporting the package version', () => {
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.equal(npm[CLASS_OF[tag]]);
      expect(npm[CLASS_OF[tag]].version).to.equal(version);
    }
  });

  it('a CDN copy of another version: no error, the npm copy keeps its tags, one warning naming both versions', async () => {
    const warn = spyWarn();
    try {
      const cdn = await importCopy<Exports>('/dist/cdn/course-widgets.js', version, '9.9.9');
      expect(cdn.SessionCardElement.version).to.equal('9.9.9');
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(npm[CLASS_OF[tag]]);
      // One warning for the whole copy (not one per tag), naming both versions.
      expect(warn.calls, 'warnings').to.have.length(1);
      expect(warn.calls[0]).to.contain(version).and.to.contain('9.9.9');
      // Calling define again on that copy stays quiet: the mismatch was already reported.
      const before = warn.calls.length;
      for (const tag of TAGS) expect(cdn[CLASS_OF[tag]].define()).to.equal(false);
      expect(warn.calls.length).to.equal(before);

      // The losing copy can still be used under names of its own.
      expect(cdn.CountdownTimerElement.define('library-countdown-timer')).to.equal(true);
      expect(document.createElement('library-countdown-timer')).to.be.instanceOf(
        cdn.CountdownTimerElement,
      );
    } finally {
      warn.restore();
    }
  });

  it("with both copies loaded, every element works: the npm copy's tags and the CDN copy's own tag render the course, with no error", async function () {
    this.timeout(20_000);
    const errors = spyErrors();
    try {
      await expectEachRenders([...TAGS, 'library-countdown-timer']);
      expect(errors.errors).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('the npm classes also register under a second tag', () => {
    expect(npm.SessionCardElement.define('library-session-card')).to.equal(true);
    expect(document.createElement('library-session-card')).to.be.instanceOf(npm.SessionCardElement);
    expect(customElements.get('session-card')).to.equal(npm.SessionCardElement);
  });
});
