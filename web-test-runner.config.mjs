// The whole suite runs once per emulated visitor time zone, in real Chromium, with course
// data served over real HTTP by this dev server (faults come from middleware, never a
// mocked fetch). Zones chosen to cover the cases that break schedules:
//   America/New_York   the organiser's own zone (no second time shown), DST
//   America/Los_Angeles  DST, a different zone on the same date
//   Asia/Kolkata       a half-hour zone (+05:30), no DST, reported as Asia/Calcutta
//   Pacific/Auckland   southern-hemisphere DST; the course's 2 pm ET is the next morning
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, CHROME_ARGS } from './scripts/chrome-path.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { testServerPlugins, testServerMiddleware } from './test/server/plugins.mjs';
import { packageCommandsPlugin } from './test/package/commands.mjs';
import { cliCommandsPlugin } from './test/cli/commands.mjs';

export const VISITOR_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Auckland',
];

const only = process.env.TEST_ZONES?.split(',').filter(Boolean);
const zones = only?.length ? only : VISITOR_ZONES;

// TEST_FILES narrows a run while working: TEST_FILES='test/core/**/*.test.ts' npm test
const files = process.env.TEST_FILES?.split(',').filter(Boolean) ?? ['test/**/*.test.ts'];

const launcherFor = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: findChrome(),
      args: CHROME_ARGS,
      env: { ...process.env, TZ: timeZone },
    },
    // A page per browser context: two tabs in one context leave the second one hidden
    // (visibilityState 'hidden'), where timers are throttled and the shared clock rightly idles.
    async createPage({ browser }) {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: testServerMiddleware,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    ...testServerPlugins,
    // test/package/: the built package and `npm pack`, prepared by test/package/prepare.mjs.
    packageCommandsPlugin(),
    // test/cli/: the `course-widgets` command from the packed tarball (installed at start).
    cliCommandsPlugin(),
    // Accessible names as the browser computes them (element tests check link names).
    a11ySnapshotPlugin(),
  ],
  groups: zones.map((timeZone) => ({
    name: timeZone.replace('/', '-'),
    files,
    browsers: [launcherFor(timeZone)],
  })),
  browsers: [launcherFor(zones[0])],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    summaryReporter(),
  ],
};
