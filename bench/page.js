// One page for the side-by-side figures of issue 13, configured by its address:
//   impl=ours | floor | none   the library (the file the builder's snippet loads: the one
//                              element's file, or exchange-charts.js for both), the hand-written
//                              Lit + d3 floor (bench/floor/), or the same page without any
//                              module (what the page costs alone)
//   embeds=bars,map | blog     the embeds, in order (bars, units, progress, timeline, map), or
//                              the 50-post live blog of test/pages/live-blog.js
// It records long tasks from the start, and sets window.benchResult when every embed near the
// viewport has drawn and the page has painted after it (for impl=none: after two frames).
import { events } from './events.js';
window.longTasks = [];
new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'ours';
const BLOG = ['bars', 'units', 'progress', 'bars', 'map'];
const kinds = params.get('embeds') === 'blog' ? Array.from({ length: 50 }, (_, i) => BLOG[i % 5]) : (params.get('embeds') ?? 'bars').split(',');
const main = document.querySelector('#main');
const raf = window.requestAnimationFrame.bind(window);
const painted = () => new Promise((resolve) => raf(() => raf(resolve)));

const elements = kinds.map((kind, i) => {
  const tag = impl === 'floor' ? (kind === 'map' ? 'floor-map' : 'floor-bars') : kind === 'map' ? 'contributor-map' : 'exchange-chart';
  const el = document.createElement(tag);
  el.setAttribute('src', kind === 'timeline' ? '/data/gaza-remains-timeline.json' : '/data/gaza-exchange-2025-10-16.json');
  if (tag === 'exchange-chart') el.setAttribute('view', kind);
  if (impl === 'ours' && kinds.length > 1) el.setAttribute('height-hint', kind === 'map' ? '652' : '492');
  const heading = document.createElement('h2');
  heading.textContent = `Update ${i + 1}`;
  const text = document.createElement('p');
  text.textContent = 'Reporting continues. The figures below are as published by the sources named under each chart.';
  main.append(heading, text, el);
  return el;
});

if (impl !== 'none') {
  // Near the viewport: what a lazy element draws at once (the rest waits for the reader).
  const near = elements.filter((el) => el.getBoundingClientRect().top < 2 * innerHeight);
  const loaded = Promise.all(near.map((el) => new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }))));
  // Ours: the script the embed builder's snippet loads, the file of the one element a page has
  // (exchange-chart.js, contributor-map.js), or the file with both.
  const tags = new Set(elements.map((el) => el.localName));
  const bundle = tags.size > 1 ? 'exchange-charts' : [...tags][0];
  await import(impl === 'floor' ? '/dist/bench/floor.js' : `/dist/${bundle}.js`);
  await loaded;
  await Promise.all(near.map((el) => el.updateComplete));
  // What was timed must have drawn: every near embed, ours and the floor's, holds its SVG.
  window.benchDrawn = near.every((el) => el.shadowRoot?.querySelector('svg'));
}
await painted();
window.benchResult = performance.now();

/** The width an embed's drawing has now (its first SVG's, ours and the floor's). */
const drawnWidth = (el) => el.shadowRoot.querySelector('svg')?.getAttribute('width');

window.bench = {
  /**
   * 20 resizes of the first embed's column between 320 and 960 px: how many were drawn at the
   * width they settle at in the frame that first laid the new column out, and the median work
   * of lit's update (render and commit) per resize.
   */
  async resize() {
    const el = elements[0];
    let work = 0;
    const update = el.update.bind(el);
    el.update = (changed) => {
      const t0 = performance.now();
      update(changed);
      work += performance.now() - t0;
    };
    main.style.maxWidth = 'none';
    // Observed after the embed's own observer, so called after it in each frame (and after the
    // microtasks it queued): what the embed has drawn by then is what this frame paints.
    let first;
    new ResizeObserver(() => (first ??= drawnWidth(el))).observe(el);
    await painted();
    const works = [];
    let sameFrame = 0;
    for (let i = 0; i < 20; i++) {
      work = 0;
      first = undefined;
      const width = 320 + ((i * 37) % 641);
      main.style.width = `${width + 32}px`;
      await painted();
      await el.updateComplete;
      if (first != null && first === drawnWidth(el)) sameFrame++;
      works.push(work);
    }
    return { sameFrame, resizes: 20, work: [...works].sort((a, b) => a - b)[10] };
  },
};


/**
 * From setting `n` events (ours: a dataset, checked and drawn as a timeline; the floor: the same
 * events as [time, running total] points of a plain d3 line) to the frame that paints them, in ms.
 */
window.bench.timeline = async (n) => {
  main.replaceChildren();
  main.style.width = '960px';
  const data = events(n);
  const points = data.events.map((e, i) => [Date.parse(e.date), i + 1]);
  const el = document.createElement(impl === 'floor' ? 'floor-line' : 'exchange-chart');
  el.setAttribute('view', 'timeline');
  el.setAttribute('loading', 'eager');
  main.append(el);
  await el.updateComplete;
  await painted();
  // The 100,000 events just built left garbage (strings, arrays) that is neither side's: collected
  // here (npm run bench starts Chromium with --expose-gc), not at a random point of either's time.
  globalThis.gc?.();
  const t0 = performance.now();
  if (impl === 'floor') el.points = points;
  else {
    const loaded = new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }));
    el.data = data;
    await loaded;
  }
  await el.updateComplete;
  // Painted: a task after the next frame.
  await new Promise((resolve) => raf(() => setTimeout(resolve)));
  const elapsed = performance.now() - t0;
  if (!el.shadowRoot.querySelector('svg path')) throw new Error('bench: the timeline drew no line');
  return elapsed;
};
