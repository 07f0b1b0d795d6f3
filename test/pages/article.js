// Records layout shifts from the very start, then loads the bundle the way a news page does.
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
await import('/dist/exchange-charts.js');
const elements = [...document.querySelectorAll('exchange-chart, contributor-map')];
await Promise.all(elements.map((el) => new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }))));
await Promise.all(elements.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.articleReady = true;
