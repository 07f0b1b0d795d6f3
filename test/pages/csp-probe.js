// Runs inside test/pages/csp.html, served with a strict CSP: loads the bundle as a news page
// would, exercises what could need a relaxed policy (drawing, tooltips, the data table), and
// reports every securitypolicyviolation to the test in the parent page.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
});
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

try {
  await import('/dist/exchange-charts.js');
  const elements = [...document.querySelectorAll('exchange-chart, contributor-map')];
  await Promise.all(
    elements.map((el) =>
      el.currentDataset ? undefined : new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true })),
    ),
  );
  await Promise.all(elements.map((el) => el.updateComplete));
  await frame();
  const drawn = {};
  for (const el of elements) {
    const root = el.shadowRoot;
    const mark = root.querySelector('[role="graphics-symbol"]');
    mark?.focus();
    mark?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    root.querySelector('.data-toggle')?.click();
    await el.updateComplete;
    await frame();
    drawn[el.localName] = {
      marks: root.querySelectorAll('[role="graphics-symbol"]').length,
      text: root.textContent.replace(/\s+/g, ' '),
      tooltip: Boolean(root.querySelector('[role="tooltip"]')),
      table: Boolean(root.querySelector('table')),
    };
  }
  await frame();
  parent.postMessage({ type: 'csp-probe', violations, drawn }, '*');
} catch (error) {
  parent.postMessage({ type: 'csp-probe', violations, error: String(error && error.stack || error) }, '*');
}
