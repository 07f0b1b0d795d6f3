// Measurements that scripts/bench.js drives through window.lab: resize, scale, idle frames,
// loading from src, create/remove cycles, map framing. Each has a floor that bench.js measures
// beside it: the same steps with the least work (one mark, a plain element, one focus point).
import { events } from './events.js';

let frames = 0;
const raf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) => {
  frames++;
  return raf(callback);
};
await import('/dist/exchange-charts.js');
const box = document.querySelector('#box');
const paint = () => new Promise((resolve) => raf(() => raf(resolve)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function figures(n) {
  return {
    title: 'Scale',
    asOf: '2025-10-16',
    sources: [{ id: 's', name: 'Bench' }],
    figures: [{ id: 'f', label: 'Units', value: n, qualifier: 'approximate', sources: ['s'] }],
  };
}


async function mount(tag, attributes, data) {
  box.replaceChildren();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.setAttribute('loading', 'eager');
  box.append(el);
  await el.updateComplete;
  await paint();
  const t0 = performance.now();
  // Drawn when it has loaded: a dataset with many events is checked in tasks first.
  const loaded = new Promise((resolve) => {
    el.addEventListener('exchange-load', resolve, { once: true });
    el.addEventListener('exchange-error', resolve, { once: true });
  });
  el.data = data;
  await loaded;
  await el.updateComplete;
  const work = performance.now() - t0;
  await paint();
  return { el, work };
}

/** `n` figures of one side each, for bars and units at the limit of 500. */
function manyFigures(n) {
  return {
    title: 'Scale',
    asOf: '2025-10-16',
    sources: [{ id: 's', name: 'Bench' }],
    figures: Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label: `Figure ${i}`, value: 10 + i, qualifier: i % 2 ? 'exact' : 'approximate', sources: ['s'] })),
  };
}

/** The longest main-thread task while `run` goes and the page paints after it, by the Long Tasks API (0: none over 50 ms). */
async function longestTask(run) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  await run();
  await paint();
  const elapsed = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { longest: tasks.length ? Math.max(...tasks) : 0, elapsed };
}

/** A dataset for the map: no country, the given focus points (longitude, latitude). */
function focused(points) {
  return {
    title: 'Framing',
    asOf: '2025-10-16',
    sources: [{ id: 's', name: 'Bench' }],
    figures: [{ id: 'f', label: 'Units', value: 1, qualifier: 'exact', sources: ['s'] }],
    contributors: { complete: false, countries: [] },
    focus: points.map(([longitude, latitude], i) => ({ name: `Point ${i}`, longitude, latitude })),
  };
}

window.lab = {
  /** With `small`, a dataset of one figure: the floor. */
  async resize(small = false) {
    const data = small ? figures(1) : await (await fetch('/data/gaza-exchange-2025-10-16.json')).json();
    const { el } = await mount('exchange-chart', { src: '' }, data);
    // The work of a resize is lit's update (render and commit) that the ResizeObserver asks for.
    let work = 0;
    const update = el.update.bind(el);
    el.update = (changed) => {
      const t0 = performance.now();
      update(changed);
      work += performance.now() - t0;
    };
    const works = [];
    for (let i = 0; i < 20; i++) {
      work = 0;
      box.style.width = `${320 + ((i * 37) % 641)}px`;
      await paint();
      await el.updateComplete;
      works.push(work);
    }
    box.style.width = '960px';
    return median(works);
  },
  async units(n) {
    return (await mount('exchange-chart', { view: 'units' }, figures(n))).work;
  },
  async timeline(n) {
    return (await mount('exchange-chart', { view: 'timeline' }, events(n))).work;
  },
  /**
   * A dataset at the limits (README "Limits"), built beforehand: the longest task while it is
   * set and drawn, then while "Show data" opens, and how long that took to paint.
   * `kind`: timeline (100,000 events), bars or units (500 figures); with `floor`, one.
   */
  async atLimit(kind, floor = false) {
    const data = kind === 'timeline' ? events(floor ? 1 : 100_000) : manyFigures(floor ? 1 : 500);
    box.replaceChildren();
    await paint();
    let el;
    const draw = await longestTask(async () => {
      ({ el } = await mount('exchange-chart', { view: kind }, data));
    });
    const open = await longestTask(async () => {
      el.shadowRoot.querySelector('[part="data-toggle"]').click();
      await el.updateComplete;
    });
    return { draw: draw.longest, open: open.longest, opened: open.elapsed };
  },
  /** Attaching an element with `src` until it fires `event` (exchange-load or exchange-error), in ms. */
  async load(src, event) {
    box.replaceChildren();
    const el = document.createElement('exchange-chart');
    el.setAttribute('loading', 'eager');
    el.src = src;
    const done = new Promise((resolve) => {
      el.addEventListener('exchange-load', resolve, { once: true });
      el.addEventListener('exchange-error', resolve, { once: true });
    });
    const t0 = performance.now();
    box.append(el);
    const { type, detail } = await done;
    const ms = performance.now() - t0;
    box.replaceChildren();
    if (type !== event) throw new Error(`${src}: ${type} ${JSON.stringify(detail)}`);
    return ms;
  },
  /**
   * `n` cycles of create, attach, fill, render and remove, in ms (no frames between them: frames
   * would hide the work in their wait). With `div`, the same steps with nothing to render: the floor.
   */
  async cycles(tag, n) {
    const data = await (await fetch('/data/gaza-exchange-2025-10-16.json')).json();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      el.data = data;
      box.append(el);
      await el.updateComplete;
      el.remove();
    }
    return performance.now() - t0;
  },
  /** The map of region "contributors" with these focus points and no country: work from data to drawn, in ms. */
  async frame(points, projection) {
    return (await mount('contributor-map', { region: 'contributors', projection }, focused(points))).work;
  },
  async idleFrames(ms) {
    await mount('exchange-chart', { view: 'bars' }, figures(20));
    await paint();
    const before = frames;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return frames - before;
  },
};
window.labReady = true;
