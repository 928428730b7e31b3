// Runs before `npm test`: make sure every engine the run uses (TEST_BROWSERS, else Chromium,
// Firefox and WebKit) is installed, or say exactly how to get it. On Debian/Ubuntu as root
// it installs the distribution's packages itself; everywhere else it explains and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINE_PACKAGES } from './engine-paths.mjs';
import { missingEngine, selectedEngines } from '../test/server/engines.mjs';

const hasXvfb = () =>
  ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].some((path) => existsSync(path)) ||
  Boolean(process.env.DISPLAY);
const missing = (engine) =>
  missingEngine(engine) ?? (engine === 'webkit' && !hasXvfb() ? 'no Xvfb' : null);

const engines = selectedEngines();
const lacking = engines.filter(missing);
if (!lacking.length) process.exit(0);

const packages = lacking.flatMap((engine) => ENGINE_PACKAGES[engine]);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing ${packages.join(' ')} (Debian packages) for ${lacking.join(', ')}...`);
  const apt = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  // Lists first: stale ones install old browsers (Firefox ESR 140 cannot emulate a zone).
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...packages]);
  if (!engines.some(missing)) process.exit(0);
}

console.error(`
The tests run in ${engines.join(', ')}; missing here: ${lacking.map((e) => `${e} (${missing(e)})`).join(', ')}.
  - Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}
  - a Chrome elsewhere: CHROME_PATH=/path/to/chrome; Firefox: FIREFOX_PATH=...
  - or run fewer engines: TEST_BROWSERS=chromium npm test
`);
process.exit(1);
