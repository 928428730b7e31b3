// `node scripts/screenshot-builder.mjs`: the README's picture of the course builder, made
// the same way every time. Starts the demo server (building dist/ if needed), opens
// /builder.html in headless Chromium, starts from the sample course and previews it as a
// visitor in Kolkata during Week 1's live session, and saves docs/builder-screenshot.png.
//
//   node scripts/screenshot-builder.mjs [--out path.png] [--now 2021-10-13T18:20:00.000Z] [--zone Asia/Kolkata]
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChrome, newPage } from './demo-browser.mjs';
import { serveDemo } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/builder-screenshot.png' },
    now: { type: 'string', default: '2021-10-13T18:20:00.000Z' },
    zone: { type: 'string', default: 'Asia/Kolkata' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '1000' },
  },
});

const server = await serveDemo({ port: 0, quiet: true });
let browser;
try {
  browser = await launchChrome();
  const page = await newPage(browser, {
    timeZone: 'America/New_York',
    width: Number(options.width),
    height: Number(options.height),
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/builder.html', server.url).href, { waitUntil: 'load' });
  await page.waitForSelector('course-builder [data-action="start-sample"]');
  await page.click('[data-action="start-sample"]');
  await page.waitForSelector(`#preview-now option[value="${options.now}"]`);
  await page.select('#preview-zone', options.zone);
  await page.select('#preview-now', options.now);
  await page.waitForFunction(() =>
    document.querySelector('.preview countdown-timer')?.shadowRoot?.textContent?.includes('Live'),
  );
  await page.evaluate(() => document.activeElement?.blur());
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  const out = resolve(ROOT, options.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(
    `Saved ${relative(process.cwd(), out)} (the sample course, a visitor in ${options.zone})`,
  );
} finally {
  await browser?.close();
  await server.close();
}
