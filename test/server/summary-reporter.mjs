// Prints one plain last line, `N passed, N failed`, that CI reads. The default reporter's
// count shares its line with the browser name and ANSI codes, so this one waits for
// process exit to land last. A test file that ran zero tests, or failed to load, counts
// as a failure: a file whose tests silently vanished must not pass.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let counted = false;

  const countSuite = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed += 1;
      else failed += 1;
    }
    for (const s of suite.suites ?? []) countSuite(s);
  };

  const total = (suite) =>
    (suite.tests ?? []).length + (suite.suites ?? []).reduce((n, s) => n + total(s), 0);

  process.on('exit', () => {
    if (counted) process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  });

  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      counted = true;
      for (const session of sessions) {
        const results = session.testResults;
        if (results) countSuite(results);
        if (!results || total(results) === 0) failed += 1;
        else if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
    },
  };
}
