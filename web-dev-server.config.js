// npm start: the demo page on the shipped default dataset, reloading on change.
import { esbuildPlugin } from '@web/dev-server-esbuild';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
