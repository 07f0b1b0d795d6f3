await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.benchResult = performance.now();
