// node scripts/trace.js [query] [--impl ours,floor] [--unmangled] [--out dir]
// A CDP trace (devtools.timeline + v8, with the sampling profiler) of one fresh load of
// bench/page.html?<query> for each impl, laid out as the renderer's main-thread tasks from
// navigation to window.benchResult: each task's start and length, what it ran (script
// evaluated, callbacks, style, layout, paint, GC) and the functions that took its time (self
// time from the samples). With --unmangled the library is bundled without name mangling (as
// the bench bundles it otherwise), so the functions keep their names. Needs `node scripts/build.js`.
// A profiling aid, not a figure: the figures are npm run bench's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromeArgs, requireChrome } from './find-chrome.js';
import { serveRoot } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const query = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'embeds=bars,map';
const impls = option('impl', 'ours,floor').split(',');
const out = option('out', '/tmp/traces');
mkdirSync(out, { recursive: true });

async function bundle(input, extra = []) {
  const build = await rollup({
    input: join(root, input),
    plugins: [nodeResolve({ exportConditions: ['production'] }), json({ preferConst: true }), ...extra, terser({ ecma: 2022, module: true, mangle: false, compress: { passes: 3, pure_getters: true } })],
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

const served = {};
if (args.includes('--unmangled')) served['/dist/exchange-charts.js'] = await bundle('src/bundles/exchange-charts.ts', [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })]);
served['/dist/bench/floor.js'] = await bundle('bench/floor/floor.js');

const server = await serveRoot(root, (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (!(path in served)) return false;
  res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
  res.end(served[path]);
  return true;
});
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs() });

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  'toplevel',
].join(',');

async function record(impl) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const cdp = await tab.createCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await tab.goto(`${server.base}/bench/page.html?${query}&impl=${impl}`);
  await tab.waitForFunction('window.benchResult !== undefined', { timeout: 60_000 });
  const result = await tab.evaluate('window.benchResult');
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  writeFileSync(join(out, `${impl}.json`), JSON.stringify({ traceEvents: events }));
  return { events, result };
}

const INTERESTING = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'RunMicrotasks',
  'ResourceReceivedData',
  'ResourceFinish',
  'HitTest',
  'ScheduleStyleRecalculation',
]);

function analyse({ events, result }, impl) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's main thread: the renderer's main thread that evaluated bench/page.js.
  const main = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes('/bench/page.js')) ?? events.find((e) => e.name === 'v8.compileModule' && e.args?.fileName?.includes('/bench/page.js'));
  const mainKey = main ? `${main.pid}:${main.tid}` : [...threads].find(([, n]) => n === 'CrRendererMain')[0];
  const nav = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === mainKey) ?? events.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const on = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const end = t0 + result * 1000 + 20_000;
  const tasks = on.filter((e) => e.name === 'RunTask' && e.ts >= t0 - 1000 && e.ts <= end);
  // Samples of the profiler: nodes and (time, node) pairs.
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || `${e.pid}:${e.tid}` !== mainKey.replace(/:.*/, `:${e.tid}`)) continue;
    const data = e.args?.data?.cpuProfile;
    if (!data) continue;
    for (const n of data.nodes ?? []) nodes.set(n.id, n);
    let ts = samples.at(-1)?.ts ?? null;
    (data.samples ?? []).forEach((id, i) => {
      const delta = e.args.data.timeDeltas[i];
      ts = (ts ?? (events.find((p) => p.name === 'Profile' && p.id === e.id)?.args?.data?.startTime ?? e.ts)) + delta;
      samples.push({ ts, id });
    });
  }
  const lines = [];
  const ms = (us) => ((us - t0) / 1000).toFixed(1).padStart(7);
  lines.push(`== ${impl}: benchResult ${result.toFixed(1)} ms after navigation start (${tasks.length} tasks)`);
  let last = t0;
  for (const task of tasks) {
    if (task.ts > t0 + result * 1000 + 1000) break;
    const dur = task.dur / 1000;
    const gap = (task.ts - last) / 1000;
    last = Math.max(last, task.ts + task.dur);
    if (dur < 0.3) continue;
    const inside = on.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task && INTERESTING.has(e.name));
    const what = new Map();
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const label =
        e.name === 'FunctionCall'
          ? `call ${d.functionName || '(anon)'}@${(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}`
          : e.name === 'EvaluateScript'
            ? `eval ${(d.url ?? '').split('/').pop()}`
            : e.name === 'EventDispatch'
              ? `event ${d.type}`
              : e.name === 'v8.compileModule'
                ? `compileModule ${(e.args?.fileName ?? '').split('/').pop()}`
                : e.name;
      what.set(label, (what.get(label) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...what].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    // Self time by function, from the samples inside the task.
    const self = new Map();
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur);
    for (let i = 0; i < inTask.length; i++) {
      const n = nodes.get(inTask[i].id);
      const f = n?.callFrame;
      if (!f) continue;
      const name = `${f.functionName || '(anon)'}${f.url ? `@${f.url.split('/').pop()}:${f.lineNumber}` : ''}`;
      const next = inTask[i + 1]?.ts ?? task.ts + task.dur;
      self.set(name, (self.get(name) ?? 0) + (next - inTask[i].ts) / 1000);
    }
    const hot = [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    lines.push(`${ms(task.ts)} +${dur.toFixed(1).padStart(6)} ms (gap ${gap.toFixed(1)})  ${top.join(' | ')}`);
    if (hot.length && dur > 2) lines.push(`${''.padStart(26)}self: ${hot.join(' | ')}`);
  }
  const requests = events.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url);
  for (const r of requests) {
    const id = r.args.data.requestId;
    const fin = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
    lines.push(`  fetch ${r.args.data.url.replace(server.base, '')}: sent ${ms(r.ts)}, finished ${fin ? ms(fin.ts) : '?'}`);
  }
  return lines.join('\n');
}

for (const impl of impls) {
  const trace = await record(impl);
  const text = analyse(trace, impl);
  writeFileSync(join(out, `${impl}.txt`), text);
  console.log(text);
}
await browser.close();
server.close();
