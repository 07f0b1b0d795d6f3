// Measurements that scripts/bench.js drives through window.lab: resize, scale, idle frames.
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

function events(n) {
  const start = Date.UTC(2000, 0, 1);
  const day = 86_400_000;
  return {
    title: 'Scale',
    asOf: '2025-10-16',
    sources: [{ id: 's', name: 'Bench' }],
    figures: [{ id: 'f', label: 'Events', value: n, total: n, qualifier: 'exact', sources: ['s'] }],
    events: Array.from({ length: n }, (_, i) => ({
      date: new Date(start + Math.floor((i * 9000 * day) / n)).toISOString().slice(0, 10),
      figure: 'f',
      value: 1,
      sources: ['s'],
    })),
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
  el.data = data;
  await el.updateComplete;
  const work = performance.now() - t0;
  await paint();
  return { el, work };
}

window.lab = {
  async resize() {
    const { el } = await mount('exchange-chart', { src: '' }, await (await fetch('/data/gaza-exchange-2025-10-16.json')).json());
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
  async idleFrames(ms) {
    await mount('exchange-chart', { view: 'bars' }, figures(20));
    await paint();
    const before = frames;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return frames - before;
  },
};
window.labReady = true;
