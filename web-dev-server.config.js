// npm start: the demo page on the shipped default dataset, reloading on change.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';

// The version the embed builder pins its snippets to (demo/builder/version.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: true,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  middleware: [
    // The address printed at start opens the demo.
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      else return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { __EXCHANGE_CHARTS_VERSION__: JSON.stringify(version) } })],
};
