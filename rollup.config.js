// The self-contained bundles for a <script type="module"> on a news page, each with lit and the
// d3 modules inside, minified, with a source map: exchange-charts.js (both elements),
// exchange-chart.js and contributor-map.js (one each: a page with one chart loads no map).
// Beside them, the two scripts of the iframe embed. The unbundled, typed modules for npm users
// are written by tsc (see scripts/build.js).
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

// One build per bundle, not one build of three inputs: rollup would move the code they share
// into chunks of its own, and a page would need to load those too.
const bundle = (name) => ({
  input: `src/bundles/${name}.ts`,
  output: { file: `dist/${name}.js`, format: 'es', sourcemap: true },
  treeshake,
  plugins: plugins(),
});

export default [
  // src/index.ts but for the valibot schemas (see src/bundles/exchange-charts.ts).
  bundle('exchange-charts'),
  bundle('exchange-chart'),
  bundle('contributor-map'),
  {
    // The page inside the iframe loads exchange-charts.js, kept outside: one file that draws
    // either element, so an article with a chart's and a map's iframe downloads it once (76 KB
    // gzip, where the two one-element files make 106 KB), and imported statically, so it loads
    // beside embed-frame.js (a file chosen by the query would wait for embed-frame.js to run).
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
