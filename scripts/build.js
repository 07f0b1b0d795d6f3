// npm run build: the typed ES modules (lib/), the bundle (dist/exchange-charts.js), the JSON
// Schema of the dataset and custom-elements.json. Each step is a child process so that a
// failure stops the build with that tool's own message.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

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
run('cem', ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']);

const { datasetJsonSchema } = await import('../lib/data/json-schema.js');
writeFileSync(new URL('../exchange-dataset.schema.json', import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('build: exchange-dataset.schema.json written');
