// npm run bench: prints the speed and size figures of issue 6 against their targets, each time
// beside a floor measured in the same run (the same steps with the least work), so that a slow
// or busy machine shows as a high floor, not as a slow library. Not part of npm test: times
// vary from machine to machine and with load; tests check behaviour, only the bundle budget
// fails a test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.js';
import { serveRoot } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;

if (!existsSync(join(root, 'dist/exchange-charts.js'))) {
  console.error('bench: dist/exchange-charts.js is missing; run `npm run build` first.');
  process.exit(1);
}

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
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs() });

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

try {
  console.log('Bundle');
  const bundle = readFileSync(join(root, 'dist/exchange-charts.js'));
  const gzip = gzipSync(bundle, { level: 9 }).length;
  row('dist/exchange-charts.js minified', kb(bundle.length));
  row('  gzip', kb(gzip), '≤ 45 KB (budget, failing npm test: 70 KB)');
  row('  brotli', kb(brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length));
  const world = join(root, 'lib/contributor-map/world-110m.js');
  if (existsSync(world)) row('  world geometry (gzip, alone)', kb(gzipSync(readFileSync(world), { level: 9 }).length), '≤ 15 KB');

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
} finally {
  await browser.close();
  server.close();
}
