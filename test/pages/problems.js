// A classic script for the <head> of a test page, before anything else runs: records every
// uncaught error, unhandled rejection, console warning and Content-Security-Policy violation
// of the page in window.pageProblems, for the test in the parent page to read.
window.pageProblems = { errors: [], warnings: [], violations: [] };
addEventListener('error', (e) => window.pageProblems.errors.push(String(e.error?.stack ?? e.message)));
addEventListener('unhandledrejection', (e) => window.pageProblems.errors.push(String(e.reason?.stack ?? e.reason)));
document.addEventListener('securitypolicyviolation', (e) => {
  window.pageProblems.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
});
const warn = console.warn;
console.warn = (...args) => {
  window.pageProblems.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
