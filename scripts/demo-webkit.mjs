// WebKit for the demo check: WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver
// classic) under Xvfb, behind the few page methods scripts/check-demo.mjs uses from
// puppeteer ($eval, $$eval, evaluate, waitForFunction, goto). MiniBrowser takes its time zone
// at launch, so each page is a session of its own.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { remote } from 'webdriverio';
import { WEBKIT_DRIVER, miniBrowserCapabilities, startXvfb } from './engine-paths.mjs';

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

// Runs `source` (a function's text) in the page with the script's arguments, and returns
// its result as JSON (what puppeteer's evaluate returns for plain data).
const call = (source, prefix = '') => `
  const args = Array.prototype.slice.call(arguments);
  ${prefix}
  return Promise.resolve((${source}).apply(null, args)).then((value) =>
    value === undefined ? null : JSON.parse(JSON.stringify(value)));`;

function pageFor(driver) {
  const evaluate = (fn, ...args) => driver.execute(call(fn.toString()), ...args);
  return {
    goto: (url) => driver.navigateTo(url),
    evaluate,
    $eval: (selector, fn, ...args) =>
      driver.execute(
        call(
          fn.toString(),
          `const found = document.querySelector(args[0]);
          if (!found) throw new Error('no element matches ' + args[0]);
          args.splice(0, 1, found);`,
        ),
        selector,
        ...args,
      ),
    $$eval: (selector, fn, ...args) =>
      driver.execute(
        call(fn.toString(), 'args.splice(0, 1, [...document.querySelectorAll(args[0])]);'),
        selector,
        ...args,
      ),
    async waitForFunction(fn, { timeout = 20_000, polling = 100 } = {}, ...args) {
      const deadline = Date.now() + timeout;
      while (!(await evaluate(fn, ...args))) {
        if (Date.now() > deadline) throw new Error(`waiting failed: ${timeout} ms exceeded`);
        await new Promise((resolve) => setTimeout(resolve, polling));
      }
    },
  };
}

/** Starts a WebKitWebDriver on a free port, on the Xvfb display. */
async function startDriver() {
  const display = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8' },
  });
  await waitForPort(port);
  return { port, stop: () => driverProcess.kill() };
}

/**
 * `newPage({ timeZone })` opens a MiniBrowser in that zone, with a WebKitWebDriver of its own
 * (a driver's fourth session in a row once hung here: one driver per page costs a few ms).
 */
export async function launchWebKit() {
  return {
    async version() {
      const page = await this.newPage({ timeZone: 'UTC' });
      const version = page.capabilities.browserVersion;
      await page.close();
      return `WebKitGTK ${version}`;
    },
    async newPage({ timeZone = 'UTC' } = {}) {
      // A MiniBrowser that never answers the new-session request (seen on a loaded machine)
      // gets a fresh driver and a second and third chance.
      for (let attempt = 1; ; attempt++) {
        try {
          return await openPage(timeZone);
        } catch (error) {
          if (attempt === SESSION_ATTEMPTS) throw error;
          console.warn(`WebKit: no session (${error.message.split('\n')[0]}); starting again`);
        }
      }
    },
    close: async () => {},
  };
}

const SESSION_ATTEMPTS = 3;

/** One MiniBrowser in `timeZone`, with a WebKitWebDriver of its own. */
async function openPage(timeZone) {
  const { port, stop } = await startDriver();
  try {
    const driver = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: miniBrowserCapabilities(timeZone),
    });
    return {
      ...pageFor(driver),
      capabilities: driver.capabilities,
      close: () => driver.deleteSession().finally(stop),
    };
  } catch (error) {
    stop();
    throw error;
  }
}
