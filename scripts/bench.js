// npm run bench: prints the speed and size figures of issues 6 and 13 against their targets,
// each time beside a floor measured in the same run (the same steps with the least work), so that a slow
// or busy machine shows as a high floor, not as a slow library. Not part of npm test: times
// vary from machine to machine and with load; tests check behaviour, only the bundle budget
// fails a test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromeArgs, requireChrome } from './find-chrome.js';
import { serveRoot } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;

if (!existsSync(join(root, 'dist/exchange-charts.js'))) {
  console.error('bench: dist/exchange-charts.js is missing; run `npm run build` first.');
  process.exit(1);
}

// The floor of issue 13 (bench/floor/floor.js: hand-written Lit + d3), bundled as the library
// is (node-resolve with lit's production build, terser) into dist/bench/floor.js.
{
  const build = await rollup({ input: join(root, 'bench/floor/floor.js'), plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true })] });
  const { output } = await build.generate({ format: 'es' });
  mkdirSync(join(root, 'dist/bench'), { recursive: true });
  writeFileSync(join(root, 'dist/bench/floor.js'), output[0].code);
}

// The scripts of dist/ a page can load, with the gzip budget of each in test/bundle.test.ts.
const BUNDLES = [
  ['chart only', 'dist/exchange-chart.js', 52],
  ['map only', 'dist/contributor-map.js', 62],
  ['both', 'dist/exchange-charts.js', 76.3],
];

const MB = 1024 * 1024;
// The bytes the last /bench/stream answer wrote, once it has ended.
let streamEnded = Promise.resolve(0);

/** /bench/stream?bytes=N[&length]: N bytes of "x", written as the client reads them. */
function stream(req, res) {
  const url = new URL(req.url, 'http://x');
  const total = Number(url.searchParams.get('bytes'));
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(url.searchParams.has('length') ? { 'content-length': total } : {}) });
  let streamed = 0;
  streamEnded = new Promise((resolve) => res.once('close', () => resolve(streamed)));
  const more = () => {
    while (streamed < total && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, total - streamed));
      streamed += part.length;
      if (!res.write(part)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  more();
}

const server = await serveRoot(root, (req, res) => (req.url.startsWith('/bench/stream?') ? (stream(req, res), true) : false));
const { base } = server;
// --expose-gc: the timeline's page collects its own test data's garbage before it starts the clock.
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: [...chromeArgs(), '--js-flags=--expose-gc'] });

const rows = [];
/** One figure; `floor`, when given, is the same steps with the least work, measured in this run. */
const row = (what, value, target = '', floor = '') => {
  rows.push([what, value, target, floor]);
  const notes = [floor && `floor ${floor}`, target && `target ${target}`].filter(Boolean).join('; ');
  console.log(`  ${what}: ${value}${notes ? `   (${notes})` : ''}`);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : String(x));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function page(path, ready) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  await tab.goto(`${base}${path}`);
  await tab.waitForFunction(ready, { timeout: 60_000 });
  return { tab, close: () => context.close() };
}

/** A fresh load of bench/page.html: when it painted, its longest task and its blocking time (the part of each task over 50 ms). */
async function load(query) {
  const { tab, close } = await page(`/bench/page.html?${query}`, 'window.benchResult !== undefined');
  // Long tasks that the first paint set off (a lazy element's fetch, a deferred render) are counted too.
  await new Promise((r) => setTimeout(r, 300));
  const { paint, tasks, drawn } = await tab.evaluate('({ paint: window.benchResult, tasks: window.longTasks, drawn: window.benchDrawn })');
  await close();
  if (drawn === false) throw new Error(`bench: /bench/page.html?${query} timed a page whose embeds did not all draw`);
  return { paint, longest: Math.max(0, ...tasks), blocking: tasks.reduce((a, d) => a + Math.max(0, d - 50), 0) };
}

/** The JS heap after garbage collection, in bytes, of bench/page.html with `query` once drawn. */
async function heap(query) {
  const { tab, close } = await page(`/bench/page.html?${query}`, 'window.benchResult !== undefined');
  const cdp = await tab.createCDPSession();
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await close();
  return usedSize;
}

/** Issue 13's targets, each as ours / floor measured side by side (alternating, medians). */
async function issue13(runs) {
  console.log(`Issue 13: ours / floor (the same default dataset drawn by hand-written Lit + d3, bench/floor/), medians of ${runs} fresh loads`);
  const pages = { 'one chart': 'embeds=bars', 'one map': 'embeds=map', 'bars + map': 'embeds=bars,map', '3-embed article': 'embeds=bars,progress,map', '50-embed live blog': 'embeds=blog' };
  const results = {};
  const blanks = [];
  for (let i = 0; i < runs; i++) {
    const { tab, close } = await page('/bench/blank.html', 'window.benchResult !== undefined');
    blanks.push(await tab.evaluate('window.benchResult'));
    await close();
    for (const [name, query] of Object.entries(pages)) {
      for (const impl of ['ours', 'floor', 'none']) ((results[name] ??= {})[impl] ??= []).push(await load(`${query}&impl=${impl}`));
    }
  }
  const m = (name, impl, key) => median(results[name][impl].map((r) => r[key]));
  const table = [];
  const target = (what, ours, floor, goal, met, unit = 'ms') => {
    const f = (x) => (unit === 'ms' ? `${x.toFixed(1)} ms` : unit === 'KB' ? kb(x) : unit === 'MB' ? `${(x / MB).toFixed(2)} MB` : String(x));
    const ratio = typeof ours === 'number' && typeof floor === 'number' && floor > 0 ? `${(ours / floor).toFixed(2)}×` : '';
    table.push({ what, ours: f(ours), floor: f(floor), ratio, target: goal, met: met ? 'met' : 'MISSED' });
  };
  for (const name of ['one chart', 'one map', '3-embed article', '50-embed live blog']) {
    const ours = m(name, 'ours', 'longest');
    const alone = m(name, 'none', 'longest');
    target(`longest task, ${name} (page alone: ${alone.toFixed(0)} ms)`, ours, m(name, 'floor', 'longest'), 'library adds no task > 50 ms', ours <= 50 || ours <= alone);
    const blocking = m(name, 'ours', 'blocking') - m(name, 'none', 'blocking');
    target(`  blocking time the library adds, ${name}`, blocking, m(name, 'floor', 'blocking') - m(name, 'none', 'blocking'), '0 ms', blocking <= 0);
  }
  const blank = median(blanks);
  for (const [name, goal] of [['one chart', 1.5], ['bars + map', 1.0]]) {
    const ours = m(name, 'ours', 'paint') - blank;
    const floor = m(name, 'floor', 'paint') - blank;
    target(`first paint minus a blank page's, ${name === 'one chart' ? 'bars alone' : name}`, ours, floor, `≤ ${goal.toFixed(1)}× floor`, ours <= goal * floor);
  }

  const resize = async (impl) => {
    const { tab, close } = await page(`/bench/page.html?embeds=bars&impl=${impl}`, 'window.benchResult !== undefined');
    const result = await tab.evaluate('window.bench.resize()');
    await close();
    return result;
  };
  const resizes = { ours: [], floor: [] };
  for (let i = 0; i < 3; i++) for (const impl of ['ours', 'floor']) resizes[impl].push(await resize(impl));
  const same = (impl) => median(resizes[impl].map((r) => r.sameFrame));
  target('resize: redrawn in the frame of the new width (of 20)', same('ours'), same('floor'), '20 of 20', same('ours') === 20, 'n');
  const work = (impl) => median(resizes[impl].map((r) => r.work));
  target('resize: work per redraw (lit update)', work('ours'), work('floor'), '≤ 5 ms', work('ours') <= 5);

  const timelines = { ours: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    for (const impl of ['ours', 'floor']) {
      const { tab, close } = await page(`/bench/page.html?embeds=&impl=${impl}`, 'window.benchResult !== undefined');
      timelines[impl].push(await tab.evaluate('window.bench.timeline(100000)'));
      await close();
    }
  }
  const timeline = median(timelines.ours);
  const line = median(timelines.floor);
  target('100,000 events painted (floor: a plain d3 line)', timeline, line, '≤ 1.0× floor', timeline <= line);

  const gzip = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
  // A page loads the script of the elements it shows; the floor draws both (bars and a map).
  for (const [what, file] of BUNDLES) {
    target(`bundle, gzip: ${file.slice('dist/'.length)} (${what})`, gzip(file), gzip('dist/bench/floor.js'), '≤ 50 KB', gzip(file) <= 50 * 1024, 'KB');
  }

  for (const [name, query] of [['one chart', 'embeds=bars'], ['one map', 'embeds=map']]) {
    const heaps = { ours: [], floor: [] };
    for (let i = 0; i < 3; i++) for (const impl of ['ours', 'floor']) heaps[impl].push(await heap(`${query}&impl=${impl}`));
    const ours = median(heaps.ours);
    const floor = median(heaps.floor);
    target(`heap after GC, ${name}`, ours, floor, '≤ floor + 1 MB', ours <= floor + MB, 'MB');
  }
  console.table(table);
}

/** The figures of issue 6 and the pages (all but issue 13's table). */
async function rest() {
  console.log('Bundle (each script of dist/ alone, as a page loads it)');
  for (const [what, file, budget] of BUNDLES) {
    const bundle = readFileSync(join(root, file));
    row(`${file} (${what}) minified`, kb(bundle.length));
    row('  gzip', kb(gzipSync(bundle, { level: 9 }).length), `≤ 50 KB (budget, failing npm test: ${budget} KB)`);
    row('  brotli', kb(brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length));
  }
  const world = join(root, 'lib/contributor-map/world-110m.js');
  if (existsSync(world)) row('world geometry, in contributor-map.js and exchange-charts.js (gzip, alone)', kb(gzipSync(readFileSync(world), { level: 9 }).length), '≤ 15 KB');

  console.log('First render (navigation start to both elements painted, median of 15 fresh loads)');
  const firsts = [];
  const blanks = [];
  for (let i = 0; i < 15; i++) {
    for (const [path, into] of [['/bench/first-render.html', firsts], ['/bench/blank.html', blanks]]) {
      const { tab, close } = await page(path, 'window.benchResult !== undefined');
      into.push(await tab.evaluate('window.benchResult'));
      await close();
    }
  }
  row('blank page', ms(median(blanks)));
  row('both elements, default dataset', ms(median(firsts)), 'within 85 ms of the blank page', ms(median(blanks)));
  row('difference', ms(median(firsts) - median(blanks)));

  const { tab: lab, close: closeLab } = await page('/bench/lab.html', 'window.labReady === true');
  console.log('Re-render on resize (median work per resize, 20 resizes between 320 and 960 px; floor: one figure)');
  row('bars, default dataset', ms(await lab.evaluate('window.lab.resize()')), '< 5 ms', ms(await lab.evaluate('window.lab.resize(true)')));
  const times = async (n, expression) => {
    const xs = [];
    for (let i = 0; i < n; i++) xs.push(await lab.evaluate(expression));
    return median(xs);
  };
  console.log('Scale (work from setting data to drawn, median of 5; floor: the same view with one mark)');
  const unitsFloor = ms(await times(5, 'window.lab.units(1)'));
  for (const n of [200, 2000, 20000]) row(`units, ${n.toLocaleString('en')} marks`, ms(await times(5, `window.lab.units(${n})`)), n === 20000 ? '< 30 ms' : '', unitsFloor);
  const timelineFloor = ms(await times(5, 'window.lab.timeline(1)'));
  for (const n of [100, 10000, 100000]) row(`timeline, ${n.toLocaleString('en')} events`, ms(await times(n === 100000 ? 3 : 5, `window.lab.timeline(${n})`)), '', timelineFloor);

  console.log('Datasets at the limits (longest main-thread task, 0 = none over 50 ms; floor: one figure or event)');
  for (const [kind, what] of [['timeline', '100,000 events'], ['bars', '500 figures'], ['units', '500 figures']]) {
    const floor = await lab.evaluate(`window.lab.atLimit('${kind}', true)`);
    const result = await lab.evaluate(`window.lab.atLimit('${kind}')`);
    row(`${kind}, ${what}: drawn, longest task`, ms(result.draw), '≤ 200 ms', ms(floor.draw));
    row(`  "Show data" opened, longest task`, ms(result.open), '≤ 200 ms', ms(floor.open));
    row(`  "Show data" painted after`, ms(result.opened), '≤ 200 ms', ms(floor.opened));
  }

  console.log('Map framing (region "contributors", no country, median of 5; floor: one focus point)');
  for (const projection of ['equal-earth', 'mercator', 'orthographic']) {
    const floor = ms(await times(5, `window.lab.frame([[34.37, 31.42]], '${projection}')`));
    row(`${projection}, two focus points a hair apart`, ms(await times(5, `window.lab.frame([[180, -1.5e-68], [180, 0]], '${projection}')`)), '', floor);
  }

  console.log('Loading from src (attached to exchange-load or exchange-error, median of 5; floor: the default dataset loaded)');
  const loadFloor = ms(await times(5, `window.lab.load('/data/gaza-exchange-2025-10-16.json', 'exchange-load')`));
  row('1 GB announced by Content-Length, refused', ms(await times(5, `window.lab.load('/bench/stream?bytes=${1024 * MB}&length', 'exchange-error')`)), '', loadFloor);
  row('1 GB streamed without Content-Length, refused after 5 MB', ms(await times(5, `window.lab.load('/bench/stream?bytes=${1024 * MB}', 'exchange-error')`)), '', loadFloor);
  row('  bytes the server wrote before the client went away', `${((await streamEnded) / MB).toFixed(1)} MB of 1024 MB`);

  console.log('Create, attach, fill, render and remove, 1,000 times (floor: a plain div)');
  const cyclesFloor = ms(await lab.evaluate(`window.lab.cycles('div', 1000)`));
  for (const tag of ['exchange-chart', 'contributor-map']) row(tag, ms(await lab.evaluate(`window.lab.cycles('${tag}', 1000)`)), '', cyclesFloor);

  console.log('Idle');
  row('animation-frame callbacks in 2 s idle', String(await lab.evaluate('window.lab.idleFrames(2000)')), '0');
  await closeLab();

  console.log('Pages');
  const { tab: blog, close: closeBlog } = await page('/test/pages/live-blog.html', 'window.blogReady === true');
  await new Promise((r) => setTimeout(r, 1500));
  const tasks = await blog.evaluate('window.longTasks');
  row('live blog with 50 embeds: longest task', tasks.length ? ms(Math.max(...tasks)) : 'none over 50 ms', 'none over 50 ms');
  await closeBlog();
  const { tab: article, close: closeArticle } = await page('/test/pages/article.html', 'window.articleReady === true');
  const shifts = await article.evaluate('window.layoutShifts');
  row('article with three embeds: cumulative layout shift', shifts.reduce((a, b) => a + b, 0).toFixed(4), '0');
  await closeArticle();
}

try {
  if (!process.argv.includes('--skip-issue-13')) await issue13(Number(process.env.BENCH_RUNS) || 7);
  // npm run bench -- --only-issue-13: the side-by-side table alone.
  if (!process.argv.includes('--only-issue-13')) await rest();
} finally {
  await browser.close();
  server.close();
}
