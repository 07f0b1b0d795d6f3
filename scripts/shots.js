// npm run shots: a contact sheet for the desk review (../shared/DESK.md). Builds, then
// photographs every view of <exchange-chart> and <contributor-map> in en, ar and he, light
// and dark, at 280, 320, 1000 and 1400 px (the bars also with "Show data" open and with a
// mark's tooltip), into shots/ (ignored by git), with shots/index.html to look at them all.
// Options: --widths 320,1000  --locales en,ar  --themes dark  --only bars,map  (to photograph fewer;
// a name also chooses the cases it begins: `map` every projection and region of the map).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.js';
import { serveRoot } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',') : fallback;
};
const widths = option('widths', ['280', '320', '1000', '1400']).map(Number);
const locales = option('locales', ['en', 'ar', 'he']);
const themes = option('themes', ['light', 'dark']);
const TIMELINE = '/data/gaza-remains-timeline.json';
const UPDATES = '/data/gaza-exchange-updates.json';
const MAP_UPDATES = '/test/fixtures/map-revisions.json';
const CASES = [
  { name: 'bars', params: { view: 'bars' } },
  { name: 'bars-table', params: { view: 'bars', state: 'table' } },
  { name: 'bars-tooltip', params: { view: 'bars', state: 'tooltip' } },
  { name: 'units', params: { view: 'units' } },
  { name: 'progress', params: { view: 'progress' } },
  { name: 'timeline', params: { view: 'timeline', src: TIMELINE } },
  { name: 'updates-bars', params: { view: 'bars', src: UPDATES } },
  { name: 'updates-bars-tooltip', params: { view: 'bars', src: UPDATES, state: 'tooltip', mark: '1' } },
  { name: 'updates-bars-table', params: { view: 'bars', src: UPDATES, state: 'table' } },
  { name: 'updates-units', params: { view: 'units', src: UPDATES } },
  { name: 'updates-progress', params: { view: 'progress', src: UPDATES } },
  { name: 'updates-timeline', params: { view: 'timeline', src: UPDATES } },
  // A test fixture's invented status changes (not facts): the map's Updated notes, tooltip, table and footer.
  { name: 'map-updates', params: { element: 'contributor-map', src: MAP_UPDATES } },
  { name: 'map-updates-tooltip', params: { element: 'contributor-map', src: MAP_UPDATES, state: 'tooltip' } },
  { name: 'map-updates-table', params: { element: 'contributor-map', src: MAP_UPDATES, state: 'table' } },
  // The map: every region it frames in every projection it offers.
  ...['equal-earth', 'natural-earth', 'mercator', 'orthographic'].flatMap((projection) =>
    ['world', 'contributors', 'middle-east'].map((region) => ({ name: `map-${projection}-${region}`, params: { element: 'contributor-map', projection, region } })),
  ),
  // --only map: every map; --only map-orthographic: the globes; --only bars-table: that one.
].filter((c) => option('only', null)?.some((only) => c.name === only || c.name.startsWith(`${only}-`)) ?? true);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const out = join(root, 'shots');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serveRoot(root);
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs() });
const shots = [];
try {
  for (const c of CASES) {
    for (const locale of locales) {
      for (const theme of themes) {
        for (const width of widths) {
          const query = new URLSearchParams({ ...c.params, locale, theme });
          const file = `${c.name}-${locale}-${theme}-${width}.png`;
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          const problems = [];
          page.on('pageerror', (error) => problems.push(error.message));
          await page.setViewport({ width, height: 900 });
          await page.goto(`${server.base}/bench/shot.html?${query}`);
          await page.waitForFunction('window.shotReady === true', { timeout: 60_000 });
          const box = await page.$('#box');
          await box.screenshot({ path: join(out, file) });
          await context.close();
          shots.push({ case: c.name, locale, theme, width, file, problems });
          process.stdout.write(`shots: ${file}${problems.length ? `  (errors: ${problems.join('; ')})` : ''}\n`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const escape = (s) => String(s).replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const sections = CASES.map((c) => {
  const rows = shots.filter((s) => s.case === c.name);
  const figures = rows
    .map((s) => `<figure><figcaption>${escape(`${s.locale} · ${s.theme} · ${s.width} px`)}${s.problems.length ? ' · <strong>errors</strong>' : ''}</figcaption><a href="${s.file}"><img loading="lazy" src="${s.file}" alt="${escape(`${c.name}, ${s.locale}, ${s.theme}, ${s.width} px`)}" style="width: ${Math.min(s.width, 700) / 2}px"></a></figure>`)
    .join('\n');
  return `<section><h2 id="${c.name}">${escape(c.name)}</h2><div class="sheet">${figures}</div></section>`;
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>exchange-charts: contact sheet</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}.sheet{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
figure{margin:0;border:1px solid #ccc;padding:4px}figcaption{color:#555;margin-bottom:4px}img{display:block;height:auto}</style></head>
<body><h1>Contact sheet</h1><p>${shots.length} pictures of the built bundle, for the desk review (../shared/DESK.md). Click one for full size.</p>
<nav>${CASES.map((c) => `<a href="#${c.name}">${c.name}</a>`).join(' · ')}</nav>
${sections.join('\n')}</body></html>
`,
);
console.log(`shots: ${shots.length} pictures and shots/index.html`);
