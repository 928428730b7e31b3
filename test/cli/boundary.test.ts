// The widget bundles never carry the authoring code: ical.js, the Windows zone table and the
// .ics import stay with the command (and the builder page). Checked on the built package,
// bundled the way a user's bundler would, and on the CDN script's text.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, TAGS, built, bundle, readPacked } from '../package/package.js';

/** What no widget bundle carries: the .ics import and its libraries, the command, the builder. */
const TOOLS =
  /node_modules\/(ical\.js|windows-iana|@vvo\/tzdb)\/|\/authoring\/from-ics|\/(cli|builder)\//;
/** The element entries carry none of the authoring code; the root exports the pure checker. */
const AUTHORING = /\/authoring\//;

describe('the widget bundles leave the authoring code out', function () {
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  for (const entry of [
    'dist/define.js',
    ...TAGS.map((tag) => `dist/components/${tag}/define.js`),
  ]) {
    it(`${entry} bundles no ical.js, windows-iana, authoring, builder or cli module`, async function () {
      this.timeout(30_000);
      const { modules } = await bundle(entry);
      expect(modules.length).to.be.above(5);
      expect(modules.filter((id) => TOOLS.test(id) || AUTHORING.test(id))).to.deep.equal([]);
    });
  }

  it('dist/index.js exports the pure checker and snippet, but no .ics import, builder or cli', async function () {
    this.timeout(30_000);
    const { modules } = await bundle('dist/index.js');
    expect(modules).to.include.members(['dist/authoring/check.js', 'dist/authoring/embed.js']);
    expect(modules.filter((id) => TOOLS.test(id))).to.deep.equal([]);
  });

  it('the CDN script has none of their strings', async () => {
    const cdn = (await readPacked('dist/cdn/course-widgets.js'))!;
    expect(cdn.length).to.be.above(10_000);
    // ical.js method names (properties survive minifying) and a Windows zone name; not
    // VCALENDAR, which the library's own calendar export writes.
    for (const marker of ['getFirstPropertyValue', 'fromDateTimeString', 'Eastern Standard Time'])
      expect(cdn.includes(marker), marker).to.equal(false);
  });
});
