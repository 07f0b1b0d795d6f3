// The package's metadata as tools read it, checked on the packed tarball (what npm would
// publish; only the last check, which installs it, reaches the registry): publint (exports, files, sideEffects…), Are the Types Wrong?
// (every entry point resolves to types, ESM-only profile) and @wc-toolkit/cem-validator (the
// custom-elements.json inside it), and the CLI installed from it in an empty folder. Run by
// `npm test` after the build; fails on any error or warning.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { validateCem } from '@wc-toolkit/cem-validator';

const repo = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'exchange-charts-pack-'));
let failed = false;
const check = async (what, run) => {
  const started = Date.now();
  try {
    await run();
    console.log(`package-check: ${what} passed (${Date.now() - started} ms)`);
  } catch (error) {
    failed = true;
    console.error(`package-check: ${what} failed\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
};

try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')));
  execFileSync('tar', ['xzf', tarball, '-C', dir]);
  const pkgDir = join(dir, 'package');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

  await check('publint', async () => {
    const bytes = readFileSync(tarball);
    const { messages } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
    if (messages.length) throw new Error(messages.map((m) => `  ${m.type}: ${formatMessage(m, pkg)}`).join('\n'));
  });

  await check('attw --profile esm-only', () => {
    // Wildcard exports are not discovered: each shipped dataset module is named. The stylesheet
    // is left out: TypeScript resolves no .css, so it would always count as unresolved.
    const datasets = readdirSync(join(pkgDir, 'data')).map((f) => `./datasets/${f.replace(/\.json$/, '.js')}`);
    execFileSync(join(repo, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--exclude-entrypoints', './exchange-charts.css', '--include-entrypoints', ...datasets], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  });

  await check('cem-validator', async () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, pkg.customElements), 'utf8'));
    // ExchangeElement is the shared base class, never defined as a tag of its own.
    await validateCem(manifest, {
      packageJsonPath: join(pkgDir, 'package.json'),
      cemFileName: pkg.customElements,
      exclude: ['ExchangeElement'],
      rules: {
        packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error' },
        manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'error' },
      },
    });
  });

  await check('the CLI from the tarball, installed in a throw-away folder', () => {
    // As a newsroom's build machine meets it: npm install of the packed file (its dependencies,
    // resvg's binary and the fonts from the registry), then npx, with no browser anywhere.
    const app = join(dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    const data = join(app, 'node_modules/exchange-charts/data/gaza-exchange-2025-10-16.json');
    const npx = (args) => execFileSync('npx', ['--no-install', 'exchange-charts', 'render', data, ...args], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    npx(['--view', 'units', '--locale', 'ar', '--scale', '2', '-o', 'chart.png']);
    const png = readFileSync(join(app, 'chart.png'));
    if (png.readUInt32BE(0) !== 0x89504e47 || png.readUInt32BE(16) !== 1280) throw new Error('chart.png is not a 1280 px wide PNG');
    const svg = npx(['--element', 'contributor-map']).toString();
    if (!svg.includes('<title id="title">Contributors')) throw new Error(`the map's SVG has no title:\n${svg.slice(0, 300)}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
