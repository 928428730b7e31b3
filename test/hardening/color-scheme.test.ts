// The widgets follow the HOST PAGE's colour scheme, and any site accent stays readable. axe's
// colour-contrast rule, zero violations, for every element x page (light, dark, light on a
// visitor whose system is dark) x accent (default, the demo's dark green, a dark navy, a light
// yellow). Each cell first proves it shows the scheme it names (the element's text colour).
// Zone-independent: the first zone group runs it.
import { expect } from '@open-wc/testing';
import { emulateMedia, itWithMedia } from '../engine.js';
import 'axe-core/axe.min.js';
import '../../src/define.js';
import { AT, course } from './courses.js';
import { cleanup, inFirstZone, make, serve, sleep, until } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
interface AxeResult {
  violations: { id: string; nodes: { html: string; failureSummary?: string }[] }[];
}
declare const axe: { run(el: Element, options: object): Promise<AxeResult> };

const LIGHT_TEXT = 'rgb(27, 31, 36)';
const DARK_TEXT = 'rgb(230, 237, 243)';

const PAGES = [
  { name: 'light page', osDark: false, pageScheme: '', text: LIGHT_TEXT },
  { name: 'dark page', osDark: false, pageScheme: 'dark', text: DARK_TEXT },
  { name: 'light page, system dark', osDark: true, pageScheme: '', text: LIGHT_TEXT },
  {
    name: '"light dark" page, system dark',
    osDark: true,
    pageScheme: 'light dark',
    text: DARK_TEXT,
  },
] as const;

const ACCENTS = ['', '#1d5c4d', '#1b2a4a', '#f2c94c'];

/** Each element in a state that shows the accent both as text (links) and as a fill. */
const VIEWS: { tag: string; attrs: Record<string, string>; marker: string }[] = [
  { tag: 'course-schedule', attrs: { now: AT.live }, marker: '.live [part~="link"]' },
  { tag: 'session-card', attrs: { now: AT.live, 'session-id': 's2' }, marker: '.live' },
  { tag: 'register-button', attrs: { now: AT.open }, marker: 'a[part~="button"]' },
  { tag: 'countdown-timer', attrs: { now: AT.live }, marker: '.live a[part~="button"]' },
];

async function openDisclosures(el: El) {
  for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>(
    'details:not([open]) > summary, button[aria-expanded="false"]',
  ))
    toggle.click();
  await sleep(0);
  await el.updateComplete;
}

describe('colour scheme: the host page decides, every accent stays readable', function () {
  this.timeout(60_000);
  let courseSrc: string;
  before(async function () {
    if (!(await inFirstZone())) this.skip();
    courseSrc = await serve(course((n) => `Text ${n}`));
  });
  afterEach(async () => {
    cleanup();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const view of VIEWS) {
    for (const page of PAGES) {
      // A dark system is media emulation, which WebKit's WebDriver lacks; a dark page is not.
      const test = page.osDark ? itWithMedia : it;
      test(`<${view.tag}> on a ${page.name}: ${ACCENTS.length} accents, no contrast violation`, async () => {
        await emulateMedia({ colorScheme: page.osDark ? 'dark' : 'light' });
        document.documentElement.style.colorScheme = page.pageScheme;
        const failures: string[] = [];
        for (const accent of ACCENTS) {
          const el = make<El>(view.tag, { ...view.attrs, src: courseSrc });
          if (accent) el.style.setProperty('--cw-color-accent', accent);
          await until(() => !!el.shadowRoot?.querySelector(view.marker), 8000, view.marker);
          await el.updateComplete;
          await openDisclosures(el);
          expect(getComputedStyle(el).color, `${page.name} text`).to.equal(page.text);
          const result = await axe.run(el, {
            runOnly: { type: 'rule', values: ['color-contrast'] },
          });
          for (const violation of result.violations)
            for (const node of violation.nodes)
              failures.push(`${accent || 'default'}: ${node.html}\n  ${node.failureSummary}`);
          cleanup();
        }
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }
});
