// The package as an app developer gets it: `npm pack`, install the tarball into a throw-away
// app outside the repository (with React 19, Vue 3 and vue-tsc from the npm registry, or npm's
// cache), type-check a TypeScript file that uses both elements with their typed properties and
// events, type-check README.md's TypeScript, React and Vue snippets as written (taken from the
// README, so they cannot drift), and bundle the app with rollup. The bundle lands in
// .app-check/ (git-ignored) where test/package/app.test.ts loads it in Chromium and checks both
// draw. Run by `npm test` after the build; fails loudly at the first step that breaks.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const bin = (name) => join(repo, 'node_modules/.bin', name);
const step = (what, cmd, args, cwd) => {
  const started = Date.now();
  try {
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    console.error(`app-check: ${what} failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  console.log(`app-check: ${what} (${Date.now() - started} ms)`);
};

// What the README's snippets are compiled with. vue-tsc drives TypeScript through its JavaScript
// API, which TypeScript 7 (the repository's tsc) no longer has: it gets TypeScript 5.9.
const APP_DEPENDENCIES = ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.3', 'vue@3.5.45', 'vue-tsc@3.3.14', 'typescript@5.9.3'];

/** The README's ```ts, ```tsx and ```vue blocks, in order. */
function readmeSnippets(readme) {
  return [...readme.matchAll(/^```(ts|tsx|vue)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));
}

const snippets = readmeSnippets(readFileSync(join(repo, 'README.md'), 'utf8'));
for (const lang of ['ts', 'tsx', 'vue']) {
  if (!snippets.some((s) => s.lang === lang)) {
    console.error(`app-check: README.md has no \`\`\`${lang} snippet to compile`);
    process.exit(1);
  }
}

const app = mkdtempSync(join(tmpdir(), 'exchange-charts-app-'));
try {
  step('npm pack', 'npm', ['pack', '--silent', '--pack-destination', app], repo);
  const tarball = readdirSync(app).find((f) => f.endsWith('.tgz'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'throwaway-app', private: true, type: 'module' }));
  step('npm install of the tarball, React, Vue and vue-tsc', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error', `./${tarball}`, ...APP_DEPENDENCIES], app);

  const readmeFiles = snippets.map(({ lang, code }, i) => {
    const file = `readme-${i + 1}.${lang}`;
    writeFileSync(join(app, file), code);
    return file;
  });

  writeFileSync(
    join(app, 'app.ts'),
    `import 'exchange-charts';
import { validateDataset, type Dataset, type ExchangeChart, type ContributorMap } from 'exchange-charts';
import type { ExchangeChartView } from 'exchange-charts/exchange-chart.js';
import 'exchange-charts/contributor-map.js';

const response = await fetch('/data/gaza-exchange-2025-10-16.json');
const result = validateDataset(await response.json());
if (!result.dataset) throw new Error(result.errors.map((p) => p.path + ': ' + p.message).join('\\n'));
const dataset: Dataset = result.dataset;

const chart: ExchangeChart = document.createElement('exchange-chart');
const view: ExchangeChartView = 'bars';
chart.view = view;
chart.theme = 'dark';
chart.data = dataset;
// @ts-expect-error a view that does not exist is a type error
chart.view = 'pie';
chart.view = view;
const map: ContributorMap = document.createElement('contributor-map');
map.data = dataset;

const titles: string[] = [];
for (const el of [chart, map]) {
  el.addEventListener('exchange-load', (event) => {
    const title = event.detail.dataset.title;
    titles.push(typeof title === 'string' ? title : JSON.stringify(title));
  });
  el.addEventListener('exchange-error', (event) => console.error(event.detail.problems.map((p) => p.path)));
  document.body.append(el);
}
(window as unknown as { appReady: Promise<string[]> }).appReady = Promise.all([chart.updateComplete, map.updateComplete]).then(() => titles);
`,
  );
  // The JSX types are strict (not `any`): what each element takes, and what it refuses.
  writeFileSync(
    join(app, 'app-jsx.tsx'),
    `import type {} from 'exchange-charts/react';
import type { Dataset } from 'exchange-charts';

export const both = (dataset: Dataset) => (
  <>
    <exchange-chart data={dataset} view="timeline" series="remains-returned" time-direction="ltr" height-hint={470} theme="auto" loading="eager" />
    <contributor-map data={dataset} projection="orthographic" region="contributors" topology-src="/world.json" onexchange-error={(e) => e.detail.problems.map((p) => p.path)} />
  </>
);
// @ts-expect-error a view that does not exist
export const badView = <exchange-chart view="pie" />;
// @ts-expect-error an attribute the element does not have
export const badAttribute = <contributor-map colour="red" />;
// @ts-expect-error the event's detail is typed
export const badDetail = <exchange-chart onexchange-load={(e) => e.detail.nothing} />;
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false, jsx: 'react-jsx' },
      files: ['app.ts', 'app-jsx.tsx', ...readmeFiles.filter((f) => !f.endsWith('.vue'))],
    }),
  );
  step(`type-check of app.ts, app-jsx.tsx and README's TypeScript and React snippets (${readmeFiles.filter((f) => !f.endsWith('.vue')).join(', ')})`, bin('tsc'), ['-p', 'tsconfig.json'], app);

  writeFileSync(
    join(app, 'tsconfig.vue.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: true, jsx: 'preserve' },
      files: readmeFiles.filter((f) => f.endsWith('.vue')),
    }),
  );
  step(`vue-tsc of README's Vue snippet (${readmeFiles.filter((f) => f.endsWith('.vue')).join(', ')})`, join(app, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.vue.json'], app);

  writeFileSync(
    join(app, 'rollup.config.mjs'),
    `import { nodeResolve } from ${JSON.stringify(join(repo, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js'))};
import esbuild from ${JSON.stringify(join(repo, 'node_modules/rollup-plugin-esbuild/dist/index.mjs'))};
export default { input: 'app.ts', output: { file: 'out/app.js', format: 'es' }, plugins: [nodeResolve({ rootDir: ${JSON.stringify(app)} }), esbuild({ target: 'es2022' })] };
`,
  );
  step('rollup bundle of the app', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent'], app);

  const out = join(repo, '.app-check');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  cpSync(join(app, 'out/app.js'), join(out, 'app.js'));
  console.log(`app-check: bundled app written to .app-check/app.js`);
} finally {
  rmSync(app, { recursive: true, force: true });
}
