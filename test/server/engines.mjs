// The three engines the suite runs in, each driven the way this machine allows without
// downloading a browser build:
//   chromium  Debian's chromium through puppeteer (CDP), headless
//   firefox   Debian's firefox-esr through puppeteer over WebDriver BiDi, headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver classic),
//             under an Xvfb display this module starts (MiniBrowser has no headless mode)
// Each engine runs in its own list of visitor zones, one browser per zone. TEST_BROWSERS
// narrows the engines (`TEST_BROWSERS=chromium npm test`), TEST_ZONES the zones of all of them.
//
// Every launcher carries `engine`, `timeZone` and `firstZone`, which the engine commands
// below (and test/hardening/server.mjs) read from the session's browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome-path.mjs';
import {
  FIREFOX_PATH,
  WEBKIT_DRIVER,
  WEBKIT_MINIBROWSER,
  emulateTimeZone,
  miniBrowserCapabilities,
  startXvfb,
} from '../../scripts/engine-paths.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

// Chromium: all four zones, as before. Firefox and WebKit: a DST zone whose date matches the
// organiser's, and a half-hour zone with no DST (Kolkata), plus the southern-hemisphere DST
// zone where the course's afternoon is the next morning (Auckland).
export const ENGINE_ZONES = {
  chromium: ['America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'],
  firefox: ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'],
  webkit: ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'],
};

// Test files Firefox and WebKit leave to Chromium: they check the built package from Node
// (TypeScript against the typings, bundles, the manifest JSON, `npm pack`), through server
// commands that no engine can change, and they are the slowest files. The summary names them.
export const CHROMIUM_ONLY_FILES = {
  files: [
    'test/package/consumer-types.test.ts',
    'test/package/entries.test.ts',
    'test/package/manifest.test.ts',
    'test/package/pack.test.ts',
    // The command runs in Node; the builder is an authoring tool whose tests type with
    // Chromium's key events (Ctrl+V paste included).
    'test/cli/boundary.test.ts',
    'test/cli/check.test.ts',
    'test/cli/other-commands.test.ts',
    'test/builder/draft.test.ts',
    'test/builder/form.test.ts',
    'test/builder/page.test.ts',
    'test/builder/publish-course.test.ts',
  ],
  why:
    'Node-side package and command checks (tsc, bundles, manifest, npm pack, the CLI) no ' +
    'engine changes, and the authoring builder, typed into with Chromium key events',
};

// A glob of TEST_FILES (`*`, and `**` followed by a slash) as a regular expression over paths.
function globPattern(glob) {
  const literal = (text) => text.replace(/[.+?^$(){}|[\]\\]/g, '\\$&');
  const segments = glob
    .replace(/^\.\//, '')
    .split('**/')
    .map((part) => part.split('*').map(literal).join('[^/]*'));
  return new RegExp(`^${segments.join('(?:.*/)?')}$`);
}

/**
 * The Chromium-only files this run's `files` select: the other engines leave exactly these
 * out, and the summary names them even when Chromium is not in the run.
 */
export const chromiumOnlySelected = (files) => ({
  why: CHROMIUM_ONLY_FILES.why,
  files: CHROMIUM_ONLY_FILES.files.filter((file) =>
    files.some((glob) => !glob.startsWith('!') && globPattern(glob).test(file)),
  ),
});

/** The test files `engine` runs: `files`, less those it leaves to Chromium. */
export const filesFor = (engine, files) =>
  engine === 'chromium' ? files : [...files, ...CHROMIUM_ONLY_FILES.files.map((f) => `!${f}`)];

/** The engines this run uses: TEST_BROWSERS (comma-separated) or all three. */
export function selectedEngines(env = process.env) {
  const wanted = env.TEST_BROWSERS?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!wanted?.length) return ENGINES;
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  }
  return ENGINES.filter((name) => wanted.includes(name));
}

/** The zones `engine` runs in: TEST_ZONES when set, else its own list. */
export function zonesFor(engine, env = process.env) {
  const only = env.TEST_ZONES?.split(',').filter(Boolean);
  return only?.length ? only : ENGINE_ZONES[engine];
}

const tag = (launcher, engine, timeZone, firstZone) =>
  Object.assign(launcher, { engine, timeZone, firstZone });

function chromiumLauncher(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: findChrome(),
      args: CHROME_ARGS,
      env: { ...process.env, TZ: timeZone },
    },
    // A page per browser context: two tabs in one context leave the second one hidden
    // (visibilityState 'hidden'), where timers are throttled and the shared clock rightly idles.
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage();
      await emulateTimeZone(page, timeZone);
      return page;
    },
  });
}

// Firefox over BiDi. One test file at a time per browser: a second page is not the focused
// window there (`:focus-visible` never matches, timers throttle). A fresh browser context per
// file: once focus has left a tab, Enter and Space stop turning into clicks in it.
// `-remote-allow-system-access` lets the media command set the preferences Firefox reads for
// prefers-reduced-motion, prefers-color-scheme and forced-colors (BiDi has no media emulation).
function firefoxLauncher(timeZone) {
  const launcher = chromeLauncher({
    puppeteer,
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['-remote-allow-system-access'],
      env: { ...process.env, TZ: timeZone },
    },
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage();
      await emulateTimeZone(page, timeZone);
      return page;
    },
  });
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stopSession(sessionId);
    // Retire the page and its context instead of reusing them for the next file.
    launcher.inactivePages = launcher.inactivePages.filter((p) => p !== page);
    await page?.puppeteerPage
      .browserContext()
      .close()
      .catch(() => {});
    return result;
  };
  return launcher;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForPort(port, timeoutMs = 10_000) {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.end() && true));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// WebKit: one WebKitWebDriver per zone (a driver holds one session), one window, one test file
// at a time (wtr's webdriver launcher runs files in iframes of one page otherwise, where
// focus and keyboard tests cannot work). LANG gives navigator.language a real locale.
function webkitLauncher(timeZone) {
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: miniBrowserCapabilities(timeZone),
  });
  launcher.concurrency = 1;
  let driver;
  let profile;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, testFiles) =>
    initialize({ ...config, concurrency: 1 }, testFiles).then(() => {
      launcher.name = 'WebKit';
    });
  const createDriverManager = launcher.createDriverManager.bind(launcher);
  launcher.createDriverManager = async () => {
    // A display per zone: two MiniBrowser windows on one display take the focus from each
    // other, and :focus-visible then fails to match in the unfocused one.
    const display = await startXvfb({ own: true });
    const port = await freePort();
    profile = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
    driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: 'ignore',
      env: {
        ...process.env,
        DISPLAY: display,
        LANG: 'en_US.UTF-8',
        TZ: timeZone,
        XDG_CACHE_HOME: profile,
        XDG_DATA_HOME: profile,
      },
    });
    driver.on('error', (error) => console.error(`WebKitWebDriver: ${error.message}`));
    await waitForPort(port);
    launcher.options.port = port;
    const manager = await createDriverManager();
    // The package opens each test page without waiting for or catching the navigation, so a
    // navigation that fails (a page-load timeout on a busy machine, a driver that went away)
    // was an unhandled rejection, and the test runner stops the whole run on one. Caught, it
    // is logged; a page that never ran its tests still fails as its own file ("did not start").
    manager.queueStartSession = async (id, url) => {
      manager.startSession(id, url).catch((error) => {
        console.error(`WebKit: opening ${url} failed: ${error.message}`);
      });
    };
    return manager;
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    driver?.kill();
    if (profile) rmSync(profile, { recursive: true, force: true });
  };
  return launcher;
}

const FACTORIES = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };

/** One test-runner browser for `engine` emulating a visitor in `timeZone`. */
export function launcherFor(engine, timeZone, env = process.env) {
  return tag(FACTORIES[engine](timeZone), engine, timeZone, zonesFor(engine, env)[0]);
}

/** Why an engine cannot run on this machine, or null. */
export function missingEngine(engine) {
  if (engine === 'chromium') return findChrome() ? null : 'no Chrome or Chromium';
  if (engine === 'firefox') return existsSync(FIREFOX_PATH) ? null : `no ${FIREFOX_PATH}`;
  for (const path of [WEBKIT_DRIVER, WEBKIT_MINIBROWSER]) {
    if (!existsSync(path)) return `no ${path}`;
  }
  return null;
}

// Firefox preferences behind each media feature (values for the emulated state, or null to
// go back to the default). Firefox reads them live: matchMedia and @media follow at once.
const FIREFOX_MEDIA_PREFS = {
  reducedMotion: (value) => ['ui.prefersReducedMotion', value === 'reduce' ? 1 : null],
  colorScheme: (value) => ['ui.systemUsesDarkTheme', value === 'dark' ? 1 : 0],
  forcedColors: (value) => ['browser.display.document_color_use', value === 'active' ? 2 : null],
};

const MEDIA_NAMES = {
  reducedMotion: 'prefers-reduced-motion',
  colorScheme: 'prefers-color-scheme',
  forcedColors: 'forced-colors',
};
const cdpSessions = new WeakMap();

async function firefoxChromeEval(browser, expression) {
  const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const reply = await browser.connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
  });
  if (reply.result.type !== 'success') throw new Error(JSON.stringify(reply.result));
}

/** Emulates media features (`{ reducedMotion, colorScheme, forcedColors }`) in the session's page. */
async function emulateMedia(session, media) {
  const { engine } = session.browser;
  if (engine === 'chromium') {
    const page = session.browser.getPage(session.id);
    // Over CDP directly: puppeteer's emulateMediaFeatures refuses forced-colors. Emulation
    // lasts as long as the CDP session, so each page keeps one.
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', {
      features: Object.entries(media).map(([key, value]) => ({ name: MEDIA_NAMES[key], value })),
    });
    return true;
  }
  if (engine === 'firefox') {
    const page = session.browser.getPage(session.id);
    const statements = Object.entries(media).map(([key, value]) => {
      const [pref, setting] = FIREFOX_MEDIA_PREFS[key](value);
      return setting === null
        ? `Services.prefs.clearUserPref(${JSON.stringify(pref)});`
        : `Services.prefs.setIntPref(${JSON.stringify(pref)}, ${setting});`;
    });
    await firefoxChromeEval(page.browser(), `${statements.join('\n')} true`);
    // Preferences reach the page's content process a moment later: wait until it sees them.
    const queries = Object.entries(media).map(([key, value]) => `(${MEDIA_NAMES[key]}: ${value})`);
    await page.waitForFunction(
      (list) => list.every((query) => matchMedia(query).matches),
      { timeout: 5_000, polling: 20 },
      queries,
    );
    return true;
  }
  // WebDriver classic has no media emulation, and MiniBrowser reads these only at launch.
  return false;
}

/** Presses `key` (a WebDriver key name: Tab, Enter, Space, Escape, ArrowDown...), with Shift. */
async function pressKey(session, { key, shift = false }) {
  const { engine } = session.browser;
  if (engine === 'webkit') {
    const codes = { Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', Escape: '\uE00C' };
    const value = codes[key] ?? key;
    const keyActions = [
      ...(shift ? [{ type: 'keyDown', value: '\uE008' }] : []),
      { type: 'keyDown', value },
      { type: 'keyUp', value },
      ...(shift ? [{ type: 'keyUp', value: '\uE008' }] : []),
    ];
    await session.browser.driverManager.performActions(session.id, [
      { type: 'key', id: 'keyboard', actions: keyActions },
    ]);
    await session.browser.driver.releaseActions();
    return true;
  }
  // puppeteer: Chromium knows "Space", Firefox's BiDi keyboard only ' '.
  const keyboard = session.browser.getPage(session.id).keyboard;
  const name = key === 'Space' ? ' ' : key;
  if (shift) await keyboard.down('Shift');
  await keyboard.press(name);
  if (shift) await keyboard.up('Shift');
  return true;
}

// Role candidates for WebKit, which has no accessibility query: elements WebDriver then asks
// for their computed role and label.
const ROLE_CANDIDATES = {
  link: 'a[href], [role="link"]',
  button: 'button, summary, [role="button"], input[type="button"]',
  timer: '[role="timer"]',
  status: '[role="status"], output',
};

/** How many nodes of `role` named `name` the accessibility tree has (shadow trees included). */
async function countAccessible(session, { role, name }) {
  const { engine } = session.browser;
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  if (engine === 'chromium') {
    const page = session.browser.getPage(session.id);
    let count = 0;
    const walk = (node) => {
      if (node.role === role && squash(node.name) === name) count += 1;
      node.children?.forEach(walk);
    };
    walk(await page.accessibility.snapshot());
    return count;
  }
  if (engine === 'firefox') {
    // BiDi's accessibility locator does not enter shadow trees: start it at each root.
    const page = session.browser.getPage(session.id);
    const roots = await page.evaluateHandle(() => {
      const found = [document.documentElement];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) {
            found.push(element.shadowRoot);
            walk(element.shadowRoot);
          }
        }
      };
      walk(document);
      return found;
    });
    const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
    let count = 0;
    for (const root of (await roots.getProperties()).values()) {
      count += (await root.$$(selector)).length;
    }
    return count;
  }
  const driver = session.browser.driver;
  const elements = await driver.execute(
    (selector) => {
      const found = [];
      const walk = (root) => {
        found.push(...root.querySelectorAll(selector));
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    },
    ROLE_CANDIDATES[role] ?? `[role="${role}"]`,
  );
  let count = 0;
  for (const element of elements) {
    const id = Object.values(element)[0];
    if ((await driver.getElementComputedRole(id)) !== role) continue;
    if (squash(await driver.getElementComputedLabel(id)) === name) count += 1;
  }
  return count;
}

/** Server commands for test/engine.ts: portable media emulation and key presses. */
export const engineCommandsPlugin = {
  name: 'course-widgets-engine-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'engine:media') return emulateMedia(session, payload);
    if (command === 'engine:press') return pressKey(session, payload);
    if (command === 'engine:accessible') return countAccessible(session, payload);
    return undefined;
  },
};
