// npm test: builds (the bundle and schema are under test too), checks the packed package's
// metadata (publint, attw, the manifest validator) and builds an app from it, runs the Node
// tests of static rendering (test/node/), then every test in headless Chromium with coverage.
// Finds Chrome itself; never downloads one.
import { spawnSync } from 'node:child_process';
import { requireChrome } from './find-chrome.js';

requireChrome();
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
run(process.execPath, [new URL('./build.js', import.meta.url).pathname]);
run(bin('tsc'), ['-p', 'tsconfig.test.json']);
run(process.execPath, [new URL('./package-check.js', import.meta.url).pathname]);
run(process.execPath, [new URL('./app-check.js', import.meta.url).pathname]);
// Static rendering in Node (the CLI, SVG, PNG and its goldens): node's own test runner, no browser.
run(process.execPath, ['--test', new URL('../test/node/', import.meta.url).pathname]);
run(bin('wtr'), ['--config', 'web-test-runner.config.js', '--coverage', ...process.argv.slice(2)]);
