// Headless Chromium (and Firefox, for check-demo.mjs) for the demo scripts (screenshot.mjs,
// check-demo.mjs): launch helpers and a wait that knows when every course-widgets element on
// a page has settled.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome-path.mjs';
import { FIREFOX_PATH, emulateTimeZone } from './engine-paths.mjs';

export const WIDGETS = 'course-schedule, session-card, register-button, countdown-timer';

export async function launchChrome() {
  const executablePath = findChrome();
  if (!executablePath) {
    throw new Error(
      'no Chrome or Chromium found: set CHROME_PATH, or on Debian/Ubuntu run `apt-get install -y chromium`',
    );
  }
  return puppeteer.launch({ executablePath, args: CHROME_ARGS });
}

/**
 * Debian's Firefox ESR over WebDriver BiDi, light scheme and reduced motion set as preferences
 * (BiDi has no media emulation; newPage leaves them alone there).
 */
export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'ui.systemUsesDarkTheme': 0, 'ui.prefersReducedMotion': 1 },
  });
}

/**
 * A page in its own browser context (a second tab in one context would be hidden, where the
 * shared clock rightly sleeps), in `timeZone`, light scheme, reduced motion.
 */
export async function newPage(browser, { timeZone, width = 1280, height = 900 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (timeZone) await emulateTimeZone(page, timeZone);
  if (browser.protocol === 'cdp') {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
  }
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  // Elements whose data failed: some (register-button, countdown-timer) then show only their
  // fallback content, which waitForWidgets cannot tell from "not rendered yet" otherwise.
  await page.evaluateOnNewDocument(() => {
    const failed = (window.__cwFailed = new Set());
    addEventListener('course-error', (e) => failed.add(e.target));
  });
  return page;
}

/**
 * Resolves once every widget on the page is defined and shows data (its shadow root holds
 * more than the fallback slot, and no loading skeleton) or has failed (`course-error`), or
 * rejects after `timeoutMs`.
 */
export async function waitForWidgets(page, { timeoutMs = 20_000 } = {}) {
  await page.waitForFunction(
    (selector) => {
      const els = [...document.querySelectorAll(selector)];
      return (
        els.length > 0 &&
        els.every((el) => {
          if (!customElements.get(el.localName) || !el.shadowRoot) return false;
          if (window.__cwFailed?.has(el)) return true;
          const root = el.shadowRoot;
          if (root.querySelector('[aria-busy="true"], [part~="loading"], [part~="skeleton"]'))
            return false;
          return [...root.children].some((c) => c.localName !== 'slot' && c.localName !== 'style');
        })
      );
    },
    { timeout: timeoutMs, polling: 100 },
    WIDGETS,
  );
  await page.evaluate(() => document.fonts.ready);
}

/** The visible text of an element including its shadow tree (slots resolved), whitespace collapsed. */
export function shadowText(page, selector) {
  return page.evaluate((sel) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
        return '';
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        return (assigned.length ? assigned : [...node.childNodes]).map(walk).join(' ');
      }
      if (node.localName === 'style' || node.localName === 'script') return '';
      const kids = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
      return kids.map(walk).join(' ');
    };
    const el = document.querySelector(sel);
    return el ? walk(el).replace(/\s+/g, ' ').trim() : undefined;
  }, selector);
}
