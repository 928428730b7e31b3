// The whole suite runs in Chromium, Firefox and WebKit (test/server/engines.mjs), once per
// emulated visitor time zone, with course data served over real HTTP by this dev server
// (faults come from middleware, never a mocked fetch). Zones chosen to cover the cases that
// break schedules:
//   America/New_York   the organiser's own zone (no second time shown), DST
//   America/Los_Angeles  DST, a different zone on the same date
//   Asia/Kolkata       a half-hour zone (+05:30), no DST, reported as Asia/Calcutta
//   Pacific/Auckland   southern-hemisphere DST; the course's 2 pm ET is the next morning
// Chromium runs in all four; Firefox and WebKit in the last three (ENGINE_ZONES).
// TEST_BROWSERS=chromium,firefox narrows the engines, TEST_ZONES the zones.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { testServerPlugins, testServerMiddleware } from './test/server/plugins.mjs';
import { packageCommandsPlugin } from './test/package/commands.mjs';
import {
  ENGINE_ZONES,
  chromiumOnlySelected,
  engineCommandsPlugin,
  filesFor,
  launcherFor,
  missingEngine,
  selectedEngines,
  zonesFor,
} from './test/server/engines.mjs';
import { cliCommandsPlugin } from './test/cli/commands.mjs';

export const VISITOR_ZONES = ENGINE_ZONES.chromium;

const engines = selectedEngines();
for (const engine of engines) {
  const missing = missingEngine(engine);
  if (missing) {
    throw new Error(
      `${engine}: ${missing}. Install it (see README, Development) or leave it out: ` +
        `TEST_BROWSERS=${engines.filter((name) => name !== engine).join(',') || 'chromium'}`,
    );
  }
}

// TEST_FILES narrows a run while working: TEST_FILES='test/core/**/*.test.ts' npm test
const files = process.env.TEST_FILES?.split(',').filter(Boolean) ?? ['test/**/*.test.ts'];

// One group per engine and zone, named like "firefox-Asia-Kolkata".
const groups = engines.flatMap((engine) =>
  zonesFor(engine).map((timeZone) => ({
    name: `${engine}-${timeZone.replace('/', '-')}`,
    files: filesFor(engine, files),
    browsers: [launcherFor(engine, timeZone)],
  })),
);

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
    // test/engine.ts: media emulation, key presses and accessible names, in each engine.
    engineCommandsPlugin,
    // test/cli/: the `course-widgets` command from the packed tarball (installed before the run).
    cliCommandsPlugin(),
  ],
  groups,
  browsers: [launcherFor(engines[0], zonesFor(engines[0])[0])],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    summaryReporter({ chromiumOnlyFiles: chromiumOnlySelected(files) }),
  ],
};
