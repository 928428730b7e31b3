// `node scripts/check-demo.mjs`: what `npm start` serves, checked in Chromium, Firefox and
// WebKit (TEST_BROWSERS narrows them, as for `npm test`). Starts the demo server (building the
// CDN script when needed), opens every demo page at fixed moments for a visitor in another
// zone, and checks what the elements render inside their shadow roots, that nothing threw,
// and that the pages' strict Content-Security-Policy (see serve-demo.mjs) reported no
// violation. A probe script, put first in each page's <head> by a small front server, records
// errors and violations the same way in every engine. Exits 1 when any page fails anywhere.
import { createServer } from 'node:http';
import {
  launchChrome,
  launchFirefox,
  newPage,
  shadowText,
  waitForWidgets,
} from './demo-browser.mjs';
import { launchWebKit } from './demo-webkit.mjs';
import { serveDemo } from './serve-demo.mjs';
import { selectedEngines } from '../test/server/engines.mjs';

const WEEK1_LIVE = '2021-10-13T18:20:00Z';

/** Each check gets the page and returns a list of problems (empty: fine). */
const PAGES = [
  {
    name: 'library page, Week 1 live, Los Angeles visitor',
    path: `/?now=${WEEK1_LIVE}`,
    zone: 'America/Los_Angeles',
    async check(page) {
      const problems = [];
      const s = await page.$eval('course-schedule', (el) => {
        const root = el.shadowRoot;
        return {
          sessions: root.querySelectorAll('[part~="session"]').length,
          times: [...root.querySelectorAll('time[datetime]')].map((t) =>
            t.getAttribute('datetime'),
          ),
          groups: [...root.querySelectorAll('[part~="group-title"]')].map((h) =>
            h.textContent.trim(),
          ),
        };
      });
      if (s.sessions !== 11) problems.push(`schedule shows ${s.sessions} sessions, expected 11`);
      if (s.groups.join('|') !== 'Week 1|Week 2|Week 3')
        problems.push(`schedule groups: ${s.groups.join(', ')}`);
      if (!s.times.some((t) => t.startsWith('2021-10-13T18:00')))
        problems.push('no <time datetime> for the first session at 18:00Z');
      const text = await shadowText(page, 'course-schedule');
      for (const want of [
        'Building Relationships as a Foundation',
        '11:00',
        'PDT',
        'EDT in New York',
        'Live now',
        'Speakers to be announced',
      ]) {
        if (!text.includes(want)) problems.push(`schedule text lacks "${want}"`);
      }
      const reg = await page.$eval(
        'register-button',
        (el) => el.shadowRoot.querySelector('a[part~="button"]')?.href,
      );
      if (reg !== 'https://courses.example.org/resilient-together-2021/register')
        problems.push(`register link is ${reg}`);
      const countdown = await shadowText(page, 'countdown-timer');
      if (!countdown.includes('Live now')) problems.push(`countdown says "${countdown}"`);
      // The README's opening promise: "Live now" with the Join link, on the main page.
      const join = await page.$eval('course-schedule', (el) =>
        [...el.shadowRoot.querySelectorAll('.live a[part~="link"]')].map((a) => a.href),
      );
      if (join[0] !== 'https://meet.example.org/resilient-together/w1-s1')
        problems.push(`no Join link for the live session (${join})`);
      return problems;
    },
  },
  {
    name: 'library page, before registration opens, Kolkata visitor',
    path: '/?now=2021-07-20T15:00:00Z',
    zone: 'Asia/Kolkata',
    async check(page) {
      const reg = await shadowText(page, 'register-button');
      const countdown = await shadowText(page, 'countdown-timer');
      return [
        ...(reg.includes('Registration opens') && reg.includes('GMT+5:30')
          ? []
          : [`register button says "${reg}"`]),
        ...(countdown.includes('Starts in') ? [] : [`countdown says "${countdown}"`]),
      ];
    },
  },
  {
    name: 'library page, after the course, Auckland visitor',
    path: '/?now=2021-11-15T15:00:00Z',
    zone: 'Pacific/Auckland',
    async check(page) {
      const reg = await page.$eval(
        'register-button',
        (el) => el.shadowRoot.querySelector('a[part~="button"]')?.href,
      );
      const countdown = await shadowText(page, 'countdown-timer');
      const text = await shadowText(page, 'course-schedule');
      return [
        ...(reg === 'https://courses.example.org/resilient-together-2021/on-demand'
          ? []
          : [`register link is ${reg}`]),
        ...(countdown.includes('This course has ended') ? [] : [`countdown says "${countdown}"`]),
        // The course's 2 pm in New York is the next morning in Auckland: both dates show.
        ...(text.includes('Thu, Oct 14')
          ? []
          : ['schedule does not show the Auckland date (Thu, Oct 14)']),
      ];
    },
  },
  {
    name: 'library page, real time',
    path: '/',
    zone: 'Europe/London',
    async check(page) {
      const text = await shadowText(page, 'course-schedule');
      return text.includes('Building Relationships')
        ? []
        : [`schedule says "${text.slice(0, 120)}"`];
    },
  },
  {
    name: 'school portal, a week before',
    path: '/school.html?now=2021-10-06T18:00:00Z',
    zone: 'America/Chicago',
    async check(page) {
      const buttons = await page.$$eval('register-button', (els) =>
        els.map((el) => el.shadowRoot.querySelector('a[part~="button"]')?.href),
      );
      const countdown = await shadowText(page, 'countdown-timer');
      return [
        ...(buttons[0] === 'https://courses.example.org/resilient-together-2021/register'
          ? []
          : [`course register link is ${buttons[0]}`]),
        ...(buttons[1] === 'https://district.example.org/pd/summer-literacy/register'
          ? []
          : [`attribute-only register link is ${buttons[1]}`]),
        ...(countdown.includes('Starts in 7 days') ? [] : [`countdown says "${countdown}"`]),
      ];
    },
  },
  {
    name: 'inline JSON, Week 1 live',
    path: `/inline.html?now=${WEEK1_LIVE}`,
    zone: 'America/New_York',
    async check(page) {
      const text = await shadowText(page, 'course-schedule');
      const sessions = await page.$eval(
        'course-schedule',
        (el) => el.shadowRoot.querySelectorAll('[part~="session"]').length,
      );
      const join = await page.$eval('course-schedule', (el) =>
        [...el.shadowRoot.querySelectorAll('a[part~="link"]')].map((a) => a.href),
      );
      const countdown = await shadowText(page, 'countdown-timer');
      return [
        ...(text.includes('Family History Online')
          ? []
          : ['schedule lacks the inline course title']),
        ...(sessions === 3 ? [] : [`schedule shows ${sessions} sessions, expected 3`]),
        ...(join.includes('https://meet.example.org/oak-hill/census')
          ? []
          : ['no Join link for the live session']),
        ...(countdown.includes('Started') ? [] : [`countdown says "${countdown}"`]),
      ];
    },
  },
  {
    name: 'broken endpoint',
    path: '/error.html',
    zone: 'America/New_York',
    timeoutMs: 30_000,
    async check(page) {
      const error = await page.$eval(
        'course-schedule',
        (el) => el.shadowRoot.querySelector('[part~="error"]')?.textContent ?? '',
      );
      const fallback = await page.$eval(
        'course-schedule',
        (el) => el.shadowRoot.querySelector('slot')?.assignedNodes().length ?? 0,
      );
      const reg = await shadowText(page, 'register-button');
      return [
        ...(error.includes('HTTP 500') ? [] : [`schedule error says "${error}"`]),
        ...(fallback > 0 ? [] : ['the schedule lost its fallback content']),
        ...(reg.includes('Register on the course site') ? [] : [`register button shows "${reg}"`]),
      ];
    },
  },
  // Every page on a 375 px phone: nothing wider than the screen (the demo bar's Moment select
  // was 407 px).
  ...['/', '/school.html', '/inline.html'].map((path) => ({
    name: `${path} on a 375 px phone: no sideways scroll`,
    path: `${path}?now=${WEEK1_LIVE}`,
    zone: 'America/Los_Angeles',
    width: 375,
    async check(page) {
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
          .map((el) => `${el.localName} ${Math.round(el.getBoundingClientRect().width)} px`),
      );
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      return scroll > 375 ? [`page is ${scroll} px wide: ${wide.slice(0, 3).join(', ')}`] : [];
    },
  })),
];

// Runs first in every page: what went wrong there, for any engine to read afterwards.
const PROBE = `window.__demoProbe = { errors: [], violations: [] };
document.addEventListener('securitypolicyviolation', (e) =>
  window.__demoProbe.violations.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
addEventListener('error', (e) => window.__demoProbe.errors.push('page error: ' + e.message));
addEventListener('unhandledrejection', (e) =>
  window.__demoProbe.errors.push('unhandled rejection: ' + e.reason));
`;

/** The demo server behind a front that serves the probe and puts it first in every page. */
function probeFront(upstream) {
  const front = createServer(async (req, res) => {
    try {
      if (req.url === '/__demo-probe.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return res.end(PROBE);
      }
      const answer = await fetch(new URL(req.url, upstream));
      const headers = Object.fromEntries(
        [...answer.headers].filter(
          ([name]) =>
            !/^(content-length|content-encoding|connection|transfer-encoding|keep-alive)$/.test(
              name,
            ),
        ),
      );
      let body = Buffer.from(await answer.arrayBuffer());
      if (headers['content-type']?.startsWith('text/html')) {
        body = Buffer.from(
          body.toString().replace(/<head>/i, '<head><script src="/__demo-probe.js"></script>'),
        );
      }
      res.writeHead(answer.status, headers);
      res.end(body);
    } catch (error) {
      res.writeHead(502);
      res.end(String(error));
    }
  });
  return new Promise((resolve) =>
    front.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${front.address().port}/`,
        close: () => new Promise((done) => (front.closeAllConnections(), front.close(done))),
      }),
    ),
  );
}

const LAUNCH = { chromium: launchChrome, firefox: launchFirefox, webkit: launchWebKit };

/** Opens `p` in `browser` and returns its problems (puppeteer engines also report console errors). */
async function checkPage(engine, browser, p, base) {
  const puppeteer = engine !== 'webkit';
  const page = puppeteer
    ? await newPage(browser, { timeZone: p.zone, width: p.width })
    : await browser.newPage({ timeZone: p.zone });
  const errors = [];
  if (puppeteer) {
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        errors.push(`console error: ${m.text()} ${m.location()?.url ?? ''}`.trim()),
    );
  }
  let problems;
  try {
    await page.goto(new URL(p.path, base).href, { waitUntil: 'load' });
    await waitForWidgets(page, { timeoutMs: p.timeoutMs ?? 15_000 });
    problems = await p.check(page);
    const probe = await page.evaluate(
      () => window.__demoProbe ?? { errors: ['no probe'], violations: [] },
    );
    errors.push(...probe.errors, ...probe.violations);
  } catch (e) {
    problems = [String(e.message ?? e)];
  } finally {
    await (puppeteer ? page.browserContext().close() : page.close());
  }
  // The broken endpoint's 500s are expected in the console; nothing else is.
  problems.push(...errors.filter((e) => !(p.path === '/error.html' && /status of 500/.test(e))));
  return problems;
}

const server = await serveDemo({ port: 0, quiet: true });
const front = await probeFront(server.url);
const failures = [];
let skipped = 0;
try {
  for (const engine of selectedEngines()) {
    const browser = await LAUNCH[engine]();
    try {
      console.log(`--- ${engine}: ${await browser.version()}`);
      for (const p of PAGES) {
        if (p.width && engine === 'webkit') {
          // MiniBrowser's window has a minimum width (447 px here); a phone needs Chromium or Firefox.
          console.log(`skip ${p.name} (MiniBrowser's window cannot be ${p.width} px wide)`);
          skipped += 1;
          continue;
        }
        const problems = await checkPage(engine, browser, p, front.url);
        if (problems.length) {
          failures.push(`${engine}: ${p.name}`);
          console.log(`FAIL ${p.name} (${p.path}, ${p.zone})\n  - ${problems.join('\n  - ')}`);
        } else {
          console.log(`ok   ${p.name}`);
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await front.close();
  await server.close();
}
console.log(
  failures.length
    ? `demo check: ${failures.length} page checks failed (${failures.join('; ')})`
    : `demo check: all ${PAGES.length} pages render in ${selectedEngines().join(', ')}` +
        (skipped ? ` (${skipped} checks skipped, named above)` : ''),
);
process.exit(failures.length ? 1 : 0);
