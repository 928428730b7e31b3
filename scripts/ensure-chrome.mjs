// Runs before `npm test`: make sure a Chrome/Chromium exists, or say exactly how to get one.
// On Debian/Ubuntu as root it installs the distribution's `chromium` itself, the way
// `playwright install --with-deps` would; everywhere else it explains and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.mjs';

if (findChrome()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (process.platform === 'linux' && isRoot && hasApt) {
  console.log(
    "No Chrome or Chromium found: installing Debian's chromium package (apt-get install -y chromium)...",
  );
  const apt = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    apt(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (findChrome()) process.exit(0);
}

console.error(`
The tests run in a real Chrome or Chromium, and none was found.
  - Debian/Ubuntu:  sudo apt-get install -y chromium     (Ubuntu: chromium-browser)
  - Fedora:         sudo dnf install -y chromium
  - macOS:          install Google Chrome, or: brew install --cask chromium
  - anywhere:       set CHROME_PATH=/path/to/chrome and run npm test again
`);
process.exit(1);
