// Where Debian's Firefox and WebKit packages put the programs the tests and the demo check
// drive, the packages that provide them, and an Xvfb display for WebKit's MiniBrowser,
// which has no headless mode.
import { spawn } from 'node:child_process';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * WebDriver capabilities for a WebKit MiniBrowser whose visitor zone is `timeZone` (the
 * tests' launcher and the demo check both open it this way).
 */
export const miniBrowserCapabilities = (timeZone) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {
    binary: WEBKIT_MINIBROWSER,
    args: ['--automation', `--time-zone=${timeZone}`],
  },
});

/** Debian packages per engine (`apt-get install -y ...`). */
export const ENGINE_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

let display;

/**
 * The X display WebKit runs on: $DISPLAY when one is set, else a private Xvfb started once
 * for this process (it picks a free display number itself) and stopped when the process exits.
 */
export function startXvfb({ own = false } = {}) {
  if (process.env.DISPLAY && !own) return Promise.resolve(process.env.DISPLAY);
  if (own) return spawnXvfb();
  display ??= spawnXvfb();
  return display;
}

/** A new Xvfb (`own`: a display of one's own, where no other window can take the focus). */
function spawnXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    );
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk.toString();
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.on('error', (error) => reject(new Error(`Xvfb did not start: ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.unref();
    xvfb.stdio[3].unref?.();
    process.on('exit', () => xvfb.kill());
  });
}

/**
 * `page.emulateTimezone(timeZone)`, or an error that names the cause when the browser is too
 * old for it: Firefox's WebDriver BiDi gained `emulation.setTimezoneOverride` after ESR 140,
 * and a machine whose package lists are stale installs ESR 140.
 */
export async function emulateTimeZone(page, timeZone) {
  try {
    await page.emulateTimezone(timeZone);
  } catch (error) {
    if (!/unknown command emulation\.setTimezoneOverride/.test(String(error?.message))) throw error;
    const version = await page.browser().version();
    throw new Error(
      `${version} cannot emulate a visitor's time zone (its WebDriver BiDi has no ` +
        'emulation.setTimezoneOverride). Install a current Firefox ESR (153 works): on Debian, ' +
        '`apt-get update && apt-get install -y firefox-esr`.',
      { cause: error },
    );
  }
}
