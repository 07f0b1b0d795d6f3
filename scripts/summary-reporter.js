// A @web/test-runner reporter whose last line is "N passed, N failed, N skipped", alone on its
// line, so that CI logs can be read at a glance.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      totals.failed += broken;
      // Printed after the default reporter's own end of run.
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`), 0);
    },
  };
}
