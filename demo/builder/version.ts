// The package's version, put in by the dev server's esbuild from package.json (`define` in
// web-dev-server.config.js and web-test-runner.config.js), so that the snippets pin the release
// the builder belongs to.
declare const __EXCHANGE_CHARTS_VERSION__: string;

export const VERSION: string = __EXCHANGE_CHARTS_VERSION__;
