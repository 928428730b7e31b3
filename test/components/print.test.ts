// Print media, fast, per element (the demo page printed to PDF is scripts/check-print.mjs, run
// before the browser tests): on paper the chrome is gone, descriptions are whole, the schedule
// names its time choice in words, and links are dark text followed by their address.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { engine, itIn } from '../engine.js';
import { $, $$, SEED, shown } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const WEEK1_LIVE = '2021-10-13T18:20:00Z';
const displayed = (node: Element) => getComputedStyle(node).display !== 'none';

describe('print', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ media: 'screen' });
  });
  // Firefox's BiDi and WebKit's WebDriver cannot switch a page to print media.
  const itPrints = itIn(['chromium'], 'print media emulation is CDP-only');

  itPrints(
    '<course-schedule>: no switch, calendars or buttons; the time choice in words; whole descriptions',
    async () => {
      const el = await fixture<El>(
        html`<course-schedule src=${SEED} now=${WEEK1_LIVE} time-zone="America/Los_Angeles"></course-schedule>`,
      );
      await shown(el);
      const note = $(el, '.print-only')!;
      const description = $(el, '[part~="description"].clamped')!;
      expect(displayed(note), 'on screen').to.equal(false);
      expect(description.scrollHeight).to.be.above(description.clientHeight + 1);
      await emulateMedia({ media: 'print' });
      expect(note.textContent).to.equal('Times in Pacific Daylight Time');
      expect(displayed(note)).to.equal(true);
      const chrome = $$(el, 'button, [part~="switch"], details[part~="calendar"]');
      expect(chrome.filter(displayed)).to.deep.equal([]);
      // unclamped: all of its text is laid out
      expect(description.scrollHeight).to.be.at.most(description.clientHeight + 1);
    },
  );

  itPrints(
    '<register-button>: the link prints as dark underlined text with its address',
    async () => {
      const el = await fixture<El>(
        html`<register-button href="https://example.org/r" now="2021-09-01T00:00:00Z"></register-button>`,
      );
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const link = $(el, 'a[part~="button"]')!;
      const style = getComputedStyle(link);
      expect([style.color, style.backgroundColor, style.textDecorationLine]).to.deep.equal([
        'rgb(27, 31, 36)',
        'rgba(0, 0, 0, 0)',
        'underline',
      ]);
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/r)"');
    },
  );
});
