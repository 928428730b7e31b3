// `node scripts/check-print.mjs`: the demo page printed to PDF in headless Chromium, and the
// PDF's text read back with `pdftotext` (poppler-utils; .ci/run installs it). Run before the
// browser tests, as CI does: printing takes seconds, too long for a test-runner command.
// Checks what a visitor gets on paper: full descriptions, no "Show more", the time choice in
// words, no interactive chrome (time switch, calendar disclosures, Retry, Pause), and links
// printed with their web address. Exits 1 when a check fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChrome, newPage, waitForWidgets } from './demo-browser.mjs';
import { serveDemo } from './serve-demo.mjs';

const WEEK1_LIVE = '2021-10-13T18:20:00Z';

const PRINTS = [
  {
    name: 'library page, Week 1 live, Los Angeles visitor',
    path: `/?now=${WEEK1_LIVE}`,
    zone: 'America/Los_Angeles',
    present: [
      'Times in Pacific Daylight Time',
      // The end of a long description, clamped behind "Show more" on screen.
      'come away with ideas you can apply to your burgeoning or more established partnership.',
      // Links print their address: the Register button and the live session's Join link.
      '(https://courses.example.org/resilient-together-2021/register)',
      'Live now Join (https://meet.example.org/resilient-together/w1-s1)',
    ],
    absent: ['Show more', 'Your time', 'Event time', 'Add to calendar', 'Pause', '…'],
  },
  {
    name: 'library page, event time chosen, Kolkata visitor',
    path: `/?now=${WEEK1_LIVE}`,
    zone: 'Asia/Kolkata',
    eventTime: true,
    present: ['Times in Eastern Daylight Time'],
    absent: ['India Standard Time', 'Your time', 'Event time'],
  },
  {
    name: 'error page',
    path: '/error.html',
    zone: 'Europe/London',
    present: ['The course data could not be loaded (HTTP 500).'],
    // The page's own prose says "offers Retry,"; the button would print as "Retry".
    absent: [/\bRetry\b(?!,)/],
  },
];

/** The text of a PDF, whitespace collapsed. */
function pdfText(file) {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .trim();
  } catch (e) {
    if (e.code === 'ENOENT')
      throw new Error('pdftotext is missing: apt-get install -y poppler-utils', { cause: e });
    throw e;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'course-widgets-print-'));
const server = await serveDemo({ port: 0, quiet: true });
let browser;
let failed = 0;
try {
  browser = await launchChrome();
  for (const print of PRINTS) {
    const started = Date.now();
    const page = await newPage(browser, { timeZone: print.zone });
    if (print.eventTime)
      await page.evaluateOnNewDocument((key) => {
        // What the switch stores: the demo's course, shown in event time.
        localStorage.setItem(key, '1');
      }, `course-widgets:event-time:resilient-together-2021`);
    await page.goto(new URL(print.path, server.url).href);
    await waitForWidgets(page);
    const file = join(dir, 'page.pdf');
    await page.pdf({ path: file, format: 'A4' });
    const text = pdfText(file);
    await page.browserContext().close();
    const problems = [
      ...print.present.filter((want) => !text.includes(want)).map((want) => `lacks "${want}"`),
      ...print.absent
        .filter((bad) => (typeof bad === 'string' ? text.includes(bad) : bad.test(text)))
        .map((bad) => `prints "${bad}"`),
    ];
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${print.name} (${seconds} s)\n  - ${problems.join('\n  - ')}`);
      console.log(`  printed: ${text.slice(0, 2000)}`);
    } else console.log(`ok   ${print.name} (${seconds} s)`);
  }
} finally {
  await browser?.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  failed
    ? `print check: ${failed} of ${PRINTS.length} prints failed`
    : `print check: all ${PRINTS.length} prints read right`,
);
process.exit(failed ? 1 : 0);
