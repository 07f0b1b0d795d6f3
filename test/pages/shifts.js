// For pages made of pasted snippets (test/embed/pasted.test.ts): records, from the very start,
// every layout shift, and every height each marked iframe takes.
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const sources = (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?').join(' ');
    window.layoutShifts.push(`${entry.value.toFixed(4)} (${sources})`);
  }
}).observe({ type: 'layout-shift', buffered: true });

window.frameHeights = [];
const observer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const list = window.frameHeights[Number(entry.target.dataset.index)];
    const height = Math.round(entry.borderBoxSize[0].blockSize);
    if (list.at(-1) !== height) list.push(height);
  }
});
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('iframe[data-exchange-charts]').forEach((frame, i) => {
    frame.dataset.index = String(i);
    window.frameHeights.push([]);
    observer.observe(frame);
  });
});
