// What the test run prints: the default reporter without the noise that a log (CI, `npm test >
// file`) cannot use, and a last line "N passed, N failed, N skipped", alone on its line, so
// that CI logs can be read at a glance.
import { defaultReporter } from '@web/test-runner';

const interactive = process.stdout.isTTY === true;

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

/**
 * The default reporter (each file's failures with their assertion and stack, browser logs,
 * unexpected 404s), without the progress bar when the output is not a terminal (in a log it is
 * only a line every 10 s), and without the 404s that tests under `/__test__/` ask for on purpose.
 */
export function fileReporter() {
  const reporter = defaultReporter({ reportTestProgress: interactive });
  const wanted = (url) => !url.startsWith('__test__/');
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((s) => ({ ...s, request404s: s.request404s.filter(wanted) }));
      return reporter.reportTestFileResults({ ...args, sessionsForTestFile });
    },
  };
}

/**
 * When the output is not a terminal, drops the cursor and erase codes that the runner writes
 * to redraw its progress area around every console message (it does so whatever the reporter).
 */
export function plainOutputWhenPiped() {
  if (interactive) return;
  // Erase line or screen, cursor up, down, left, right, to a column.
  const CONTROL = /\x1b\[\d*[ABCDGJK]/g;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    // The runner writes its codes as strings; console output arrives as buffers, untouched.
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    const plain = chunk.replace(CONTROL, '');
    if (plain === '' && chunk !== '') {
      const done = rest.find((arg) => typeof arg === 'function');
      if (done) process.nextTick(done);
      return true;
    }
    return write(plain, ...rest);
  };
}
