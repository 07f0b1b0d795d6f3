// The self-contained bundle for a <script type="module"> on a news page: lit, the d3 modules
// and the world geometry inside, minified, with a source map. Beside it, the two scripts of
// the iframe embed. The unbundled, typed modules for npm users are written by tsc (see
// scripts/build.js).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates, stripSchemaDocs } from './scripts/rollup-slim.js';

const plugins = () => [
  // "production" drops lit's dev-mode warnings from what readers download.
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minifyTemplates(),
  stripSchemaDocs(),
  terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
];

// d3-time builds every interval at its top level (timeInterval(…), utcWeekday(n)), which
// rollup cannot prove free of side effects: the ones the library never uses would ship.
const treeshake = { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday'] };

// src/index.ts as the embed page imports it ('../index.js'), before or after resolution.
const isLibraryEntry = (id) => id === '../index.js' || /[\\/]src[\\/]index\.(js|ts)$/.test(id);

export default [
  {
    // src/index.ts but for the valibot schemas (see src/bundle.ts).
    input: 'src/bundle.ts',
    output: { file: 'dist/exchange-charts.js', format: 'es', sourcemap: true },
    treeshake,
    plugins: plugins(),
  },
  {
    // The page inside the iframe loads the same bundle as a script tag would (one download,
    // cached), so it is kept outside.
    input: 'src/embed/frame.ts',
    external: (id) => isLibraryEntry(id),
    output: {
      file: 'dist/embed-frame.js',
      format: 'es',
      sourcemap: true,
      paths: (id) => (isLibraryEntry(id) ? './exchange-charts.js' : id),
    },
    treeshake,
    plugins: plugins(),
  },
  {
    input: 'src/embed/parent.ts',
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
    treeshake,
    plugins: plugins(),
  },
];
