// The self-contained bundle for a <script type="module"> on a news page: lit, the d3 modules
// and the world geometry inside, minified, with a source map. The unbundled, typed modules
// for npm users are written by tsc (see scripts/build.js).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/exchange-charts.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // "production" drops lit's dev-mode warnings from what readers download.
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
