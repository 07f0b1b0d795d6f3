// npm run build: the typed ES modules (lib/), the bundle (dist/exchange-charts.js) with the
// iframe embed beside it, and custom-elements.json. Each step is a child process so that a
// failure stops the build with that tool's own message.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (name, args) => {
  const started = Date.now();
  execFileSync(bin(name), args, { stdio: 'inherit' });
  console.log(`build: ${name} ${args[0] ?? ''} done in ${Date.now() - started} ms`);
};

rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.json']);
run('rollup', ['-c', '--silent']);

// The iframe embed page, next to the bundle it loads.
const at = (path) => new URL(`../${path}`, import.meta.url);
writeFileSync(at('dist/embed.html'), readFileSync(at('demo/embed.html'), 'utf8').replace('/src/embed/frame.ts', 'embed-frame.js'));
copyFileSync(at('demo/embed.css'), at('dist/embed.css'));
copyFileSync(at('src/exchange-charts.css'), at('dist/exchange-charts.css'));
run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
// The committed files generated from the sources (the JSON Schema, the README reference)
// are written by `npm run generate`, never by the build: so a stale one fails the tests in CI.
