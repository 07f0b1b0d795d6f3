await import('/dist/exchange-charts.js');
const elements = [...document.querySelectorAll('exchange-chart, contributor-map')];
await Promise.all(elements.map((el) => new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }))));
await Promise.all(elements.map((el) => el.updateComplete));
// Painted: the frame after the one in which the drawing was committed.
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.benchResult = performance.now();
