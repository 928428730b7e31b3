// `npm run screenshot`: the README's picture of the demo, made the same way every time.
// Starts the demo server (building the CDN script if needed), opens the library page in
// headless Chromium at a fixed `now` (Week 1's first session, 20 minutes in) for a visitor
// in Los Angeles, so the organiser's New York time shows beside the visitor's, and saves
// docs/demo-screenshot.png.
//
//   node scripts/screenshot.mjs [--out path.png] [--now 2021-10-13T18:20:00Z] [--zone America/Los_Angeles] [--page /]
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChrome, newPage, waitForWidgets } from './demo-browser.mjs';
import { serveDemo } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/demo-screenshot.png' },
    now: { type: 'string', default: '2021-10-13T18:20:00Z' },
    zone: { type: 'string', default: 'America/Los_Angeles' },
    page: { type: 'string', default: '/' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '1200' },
  },
});

const server = await serveDemo({ port: 0, quiet: true });
let browser;
try {
  browser = await launchChrome();
  const page = await newPage(browser, {
    timeZone: opts.zone,
    width: Number(opts.width),
    height: Number(opts.height),
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(opts.page, server.url);
  url.searchParams.set('now', opts.now);
  // The zone twice: emulated (the browser's own zone) and in the demo bar, so the bar says which.
  url.searchParams.set('tz', opts.zone);
  await page.goto(url.href, { waitUntil: 'networkidle0' });
  await waitForWidgets(page);
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  const out = resolve(ROOT, opts.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(
    `Saved ${relative(process.cwd(), out)} (${url.pathname}${url.search}, visitor in ${opts.zone})`,
  );
} finally {
  await browser?.close();
  await server.close();
}
