// The shipped page (dist/builder/index.html with its one script and stylesheet) under its own
// strict Content-Security-Policy (a meta element: scripts and styles from the page's origin
// only, no connections at all, Trusted Types with Lit's one policy), on a 375 px wide phone:
// driven through a start, an edit, the preview at a live moment and the publish choices with
// zero violations, zero errors and no sideways scroll. A control shows the probe can fail.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, built, bundle } from '../package/package.js';
import { squash, until } from './helpers.js';

interface Probe {
  violations: string[];
  errors: string[];
}
type ProbedWindow = Window & { __builderProbe?: Probe };

const BUILT = '/dist/builder/';

/** The shipped page as a fresh document in an iframe of `width`, the probe script first. */
async function openShippedPage(width: number) {
  const html = await (await fetch(`${BUILT}index.html`, { cache: 'no-store' })).text();
  expect(html).to.include('http-equiv="Content-Security-Policy"');
  const page = html
    .replace('href="builder.css"', `href="${BUILT}builder.css"`)
    .replace(
      '<script src="builder.js" defer></script>',
      `<script type="module" src="/test/builder/csp-probe.ts"></script>\n` +
        `<script src="${BUILT}builder.js" defer></script>`,
    );
  const frame = document.createElement('iframe');
  frame.title = 'The course builder page';
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  frame.srcdoc = page;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProbedWindow;
  await until(() => !!win.__builderProbe, 5000, 'the probe');
  const doc = frame.contentDocument!;
  await until(() => !!doc.querySelector('course-builder #field-title'), 8000, 'the builder');
  return { frame, doc, probe: win.__builderProbe! };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function press(doc: Document, selector: string) {
  doc.querySelector<HTMLElement>(selector)!.click();
  await settle();
}

async function choose(doc: Document, selector: string, value: string) {
  const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const sideways = (doc: Document) =>
  doc.documentElement.scrollWidth - doc.documentElement.clientWidth;

describe('the shipped builder page', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('works under its strict policy on a 375 px phone: no violation, no error, no sideways scroll', async () => {
    const { frame, doc, probe } = await openShippedPage(375);
    frames.push(frame);
    expect(sideways(doc), 'blank page').to.be.at.most(0);
    await press(doc, '[data-action="start-sample"]');
    expect(doc.querySelector<HTMLInputElement>('#field-title')!.value).to.match(/^Resilient/);
    await press(doc, '[data-action="duplicate"][data-index="0"]');
    await choose(doc, '#field-sessions-1-title', 'A copy');
    await choose(doc, '#preview-zone', 'Asia/Kolkata');
    await choose(doc, '#preview-now', '2021-10-13T18:20:00.000Z');
    const schedule = doc.querySelector('.preview course-schedule')!;
    await until(
      () => /Live now/.test(squash(schedule.shadowRoot?.textContent)),
      8000,
      'the live preview',
    );
    for (const mode of ['src', 'inline']) {
      await press(doc, `input[data-publish="mode"][value="${mode}"]`);
      expect(doc.querySelector<HTMLTextAreaElement>('#embed-code')!.value).to.include(
        '<course-schedule',
      );
    }
    expect(doc.querySelector<HTMLTextAreaElement>('#json-ld')!.value).to.include('schema.org');
    expect(sideways(doc), 'sample course with the preview').to.be.at.most(0);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);

    // Control: the probe does see a violation (an inline style attribute is refused).
    doc.body.setAttribute('style', 'color: red');
    await until(() => probe.violations.length > 0, 3000, 'the control violation');
    expect(probe.violations[0]).to.match(/^style-src/);
  });

  it('stays out of the widgets: their bundles carry none of the builder, ical.js or the zone table', async () => {
    for (const entry of ['dist/define.js', 'dist/index.js']) {
      const { modules } = await bundle(entry);
      expect(modules.length, entry).to.be.greaterThan(10);
      // The root exports the pure checker and snippet (authoring/check, authoring/embed).
      const foreign = modules.filter((path) =>
        /(^|\/)builder\/|authoring\/from-ics|ical\.js|@vvo\/tzdb|windows-iana/.test(path),
      );
      expect(foreign, entry).to.deep.equal([]);
    }
  });
});
