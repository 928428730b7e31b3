// Prints one plain last line, `N passed, N failed`, that CI reads. The default reporter's
// count shares its line with the browser name and ANSI codes, so this one waits for
// process exit to land last. A test file that ran zero tests, or failed to load, counts
// as a failure: a file whose tests silently vanished must not pass.
// Above it, one line per engine (passed, failed, skipped, zones) and the reasons skipped
// tests gave (test/engine.ts puts them in the title: "... [Chromium only: why]",
// "... [WebKit: why]"). Above the count, each failure: engine, zone, file, test and the
// first line of its error, so the last lines of a CI log say what failed.

import { relative } from 'node:path';

const MAX_FAILURES_LISTED = 30;

// `chromiumOnlyFiles` ({ files, why }): the files this run selects that the other engines
// leave to Chromium, named under each of them (whether or not Chromium is in the run).
export function summaryReporter({ chromiumOnlyFiles } = {}) {
  let passed = 0;
  let failed = 0;
  let counted = false;
  let perEngine = new Map();
  let reasons = new Map();
  let failures = [];

  const firstLine = (error) => String(error?.message ?? error ?? 'no error given').split('\n')[0];
  /** Counts a failure in `tally` and keeps its line for the list above the count. */
  const fail = (tally, line) => {
    tally.failed += 1;
    failures.push(line);
  };

  const countSuite = (suite, tally, where, path = []) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) {
        tally.skipped += 1;
        const reason =
          /\[([^\]]+: [^\]]+)\]$/.exec(t.name)?.[1] ??
          'by the test itself (this.skip(), e.g. a first-zone-only test)';
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        continue;
      }
      if (t.passed) tally.passed += 1;
      else fail(tally, `${where}: ${[...path, t.name].join(' > ')}: ${firstLine(t.error)}`);
    }
    for (const s of suite.suites ?? []) countSuite(s, tally, where, [...path, s.name]);
  };

  const total = (suite) =>
    (suite.tests ?? []).length + (suite.suites ?? []).reduce((n, s) => n + total(s), 0);

  // The test runner stops the whole run on an uncaught exception in Node (an unhandled
  // rejection counts as one), before onTestRunFinished: no counts then, so the cause is
  // printed last instead, where CI's tail shows it rather than far up in the log.
  let stoppedBy;
  process.on('uncaughtException', (error) => {
    stoppedBy ??= error;
  });

  process.on('exit', () => {
    if (!counted) {
      if (stoppedBy) {
        const cause = stoppedBy.stack ?? String(stoppedBy);
        process.stdout.write(
          `\nThe test run stopped before it finished, on an uncaught exception:\n${cause}\n`,
        );
      }
      return;
    }
    const lines = [...perEngine].map(
      ([engine, tally]) =>
        `${engine}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped ` +
        `(${tally.zones.size} zone${tally.zones.size === 1 ? '' : 's'}: ` +
        `${[...tally.zones].join(', ')})`,
    );
    const left = chromiumOnlyFiles?.files ?? [];
    const leftOut = [...perEngine.keys()]
      .filter((engine) => engine !== 'chromium' && left.length)
      .map(
        (engine) =>
          `  ${engine} left ${left.length} file${left.length === 1 ? '' : 's'} to Chromium: ` +
          `${chromiumOnlyFiles.why} ` +
          `(${left.map((file) => file.replace(/^.*\//, '')).join(', ')})`,
      );
    const skips = [...reasons].map(([reason, count]) => `  skipped ${count}x: ${reason}`);
    const shown = failures.slice(0, MAX_FAILURES_LISTED).map((failure) => `  failed: ${failure}`);
    if (failures.length > shown.length) {
      shown.push(`  ... and ${failures.length - shown.length} more failures (see above)`);
    }
    process.stdout.write(`\n${[...lines, ...leftOut, ...skips, ...shown].join('\n')}\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  });

  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      counted = true;
      perEngine = new Map();
      reasons = new Map();
      failures = [];
      for (const session of sessions) {
        const engine = session.browser.engine ?? session.browser.name;
        if (!perEngine.has(engine)) {
          perEngine.set(engine, { passed: 0, failed: 0, skipped: 0, zones: new Set() });
        }
        const tally = perEngine.get(engine);
        if (session.browser.timeZone) tally.zones.add(session.browser.timeZone);
        const file = relative(process.cwd(), session.testFile);
        const where = `${engine} ${session.browser.timeZone ?? ''} ${file}`;
        const results = session.testResults;
        if (results) countSuite(results, tally, where);
        const fileError = session.errors?.[0];
        if (!results || total(results) === 0) {
          fail(tally, `${where}: the file ran no tests: ${firstLine(fileError)}`);
        } else if (!session.passed && fileError) {
          fail(tally, `${where}: ${firstLine(fileError)}`);
        }
      }
      for (const tally of perEngine.values()) {
        passed += tally.passed;
        failed += tally.failed;
      }
    },
  };
}
