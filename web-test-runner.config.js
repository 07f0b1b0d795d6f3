import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/find-chrome.js';
import { fileReporter, plainOutputWhenPiped, summaryReporter } from './scripts/summary-reporter.js';

// The version the embed builder pins its snippets to (demo/builder/version.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const executablePath = requireChrome();
plainOutputWhenPiped();

// Answers that tests of loading need and a static server cannot give: HTTP errors, slow
// answers, answers that never come or come when the test says, oversized bodies. Only under
// /__test__/, only in the test server.
const sequences = new Map();
// Each /__test__/stream/<key> answer: the bytes it wrote, and a promise of how it ended, for
// tests that check a client stopped reading.
const streams = new Map();
// Answers held until a test opens them: /__test__/gate/<key>.
const gates = new Map();

/** A promise with its resolve function, kept under `key` in `map` for whoever asks first. */
function deferred(map, key) {
  let entry = map.get(key);
  if (!entry) {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    map.set(key, (entry = { promise, resolve, sent: 0 }));
  }
  return entry;
}

/** Resolves when the client has gone away (or the answer is complete). */
const closed = (context) => new Promise((resolve) => context.res.once('close', resolve));
const STREAM_CHUNK = Buffer.alloc(64 * 1024, 'x');
// The policy of a strict news site, on the pages that test embedding under it.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

async function testRoutes(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const ours = url.pathname.startsWith('/__test__/');
  if (url.pathname.startsWith('/test/pages/csp') || url.searchParams.has('strict-csp')) {
    // ?strict-csp on any page, also one of /__test__/html (a pasted snippet under the policy).
    await (ours ? answer(context, url) : next());
    context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!ours) return next();
  return answer(context, url);
}

async function answer(context, url) {
  const [, , kind, arg] = url.pathname.split('/');
  if (kind === 'status') {
    context.status = Number(arg);
    context.body = 'error';
  } else if (kind === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(arg)));
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '{}';
  } else if (kind === 'hang') {
    // Never answers: the client's own timeout is the only way out. Ends when the client goes away.
    context.status = 204;
    await closed(context);
  } else if (kind === 'gate') {
    // /__test__/gate/<key>?body=…: held until /__test__/gate/<key>/open is asked for, so that a
    // test decides when the answer arrives instead of guessing how long its own steps take.
    const gate = deferred(gates, arg);
    if (url.pathname.endsWith('/open')) {
      gate.resolve();
      context.body = 'open';
      return;
    }
    await Promise.race([gate.promise, closed(context)]);
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '{}';
  } else if (kind === 'big') {
    context.type = 'application/json';
    context.body = `{"pad":"${'x'.repeat(Number(arg))}"}`;
  } else if (kind === 'seq') {
    // /__test__/seq/<key>?bodies=[...]: the n-th request for <key> gets bodies[n] (the last
    // one repeats); a body "500" answers with that status. /__test__/seq/<key>/count: how many.
    const bodies = JSON.parse(url.searchParams.get('bodies') ?? '[]');
    const n = sequences.get(arg) ?? 0;
    if (url.pathname.endsWith('/count')) {
      context.body = String(n);
      return;
    }
    sequences.set(arg, n + 1);
    const body = bodies[Math.min(n, bodies.length - 1)];
    if (typeof body === 'string' && body.startsWith('/__test__/') && !body.startsWith('/__test__/seq/')) {
      // Any other test route as one answer of the sequence: "/__test__/slow/2000", "/__test__/status/404".
      await answer(context, new URL(body, 'http://localhost'));
    } else if (body === '500') {
      context.status = 500;
      context.body = 'error';
    } else {
      context.type = 'application/json';
      context.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
  } else if (kind === 'stream') {
    // /__test__/stream/<key>?bytes=N[&length]: N bytes of "x", streamed in 64 KB
    // chunks as the client reads them (never built in memory), with a Content-Length only when
    // asked. /__test__/stream/<key>/end: waits for that answer to end, then says how:
    // {"sent": bytes written, "total": N, "finished": false when the client went away first}.
    const stream = deferred(streams, arg);
    if (url.pathname.endsWith('/end')) {
      context.type = 'application/json';
      context.body = JSON.stringify(await stream.promise);
      return;
    }
    const total = Number(url.searchParams.get('bytes'));
    context.type = 'application/json';
    if (url.searchParams.has('length')) context.length = total;
    context.res.once('close', () => stream.resolve({ sent: stream.sent, total, finished: context.res.writableFinished }));
    context.body = new Readable({
      read() {
        if (stream.sent >= total) return this.push(null);
        const chunk = STREAM_CHUNK.subarray(0, Math.min(STREAM_CHUNK.length, total - stream.sent));
        stream.sent += chunk.length;
        this.push(chunk);
      },
    });
  } else if (kind === 'echo') {
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '';
    // ?cors: readable from the other origin (localhost and 127.0.0.1 are two), as a CDN's data is.
    if (url.searchParams.has('cors')) context.set('Access-Control-Allow-Origin', '*');
  } else if (kind === 'redirect') {
    // /__test__/redirect?to=<address>: a 302 to it, for tests of where a fetch may end up.
    context.redirect(url.searchParams.get('to') ?? '/');
  } else if (kind === 'html') {
    // /__test__/html?body=<html>: a page made of the given HTML, as an editor pastes a snippet into one.
    context.type = 'text/html';
    context.body = url.searchParams.get('body') ?? '';
  } else {
    context.status = 404;
  }
}

// Commands tests run in Node: facts about built files as they are on disk, not as the dev
// server serves them (it rewrites imports).
const builtFiles = {
  name: 'built-files',
  executeCommand({ command, payload }) {
    if (command !== 'read-built-file' && command !== 'gzip-size') return undefined;
    const path = String(payload.path);
    if (!/^(dist|lib)\/[\w./-]+$/.test(path) || path.includes('..')) throw new Error(`not a built file: ${path}`);
    const bytes = readFileSync(new URL(path, import.meta.url));
    return command === 'gzip-size' ? gzipSync(bytes, { level: 9 }).length : bytes.toString('utf8');
  },
};

// The page's JavaScript heap after full garbage collection, through the browser's DevTools
// protocol (performance.memory is coarse and quantised): for tests that look for leaks.
const heap = {
  name: 'heap',
  async executeCommand({ command, session }) {
    if (command !== 'heap-usage') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    } finally {
      await cdp.detach();
    }
  },
};

// What a screen reader is given: the page's accessibility tree through the DevTools protocol,
// in document order, each node that is not ignored as { role, name, description, focusable }.
const axTree = {
  name: 'ax-tree',
  async executeCommand({ command, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('Accessibility.enable');
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const out = [];
      const walk = (node) => {
        if (!node) return;
        if (!node.ignored) {
          const prop = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
          out.push({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            description: node.description?.value ?? '',
            focusable: Boolean(prop('focusable')),
          });
        }
        for (const id of node.childIds ?? []) walk(byId.get(id));
      };
      walk(nodes.find((n) => !n.parentId));
      return out;
    } finally {
      await cdp.detach();
    }
  },
};

// Forced colours (Windows high contrast) through the DevTools protocol: puppeteer's
// emulateMediaFeatures takes only prefers-* and color-gamut. The session stays attached while
// the emulation is on, since detaching it ends the override.
const forcedColorSessions = new Map();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    let cdp = forcedColorSessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      forcedColorSessions.set(session.id, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    if (!payload?.active) {
      await cdp.detach();
      forcedColorSessions.delete(session.id);
    }
    return true;
  },
};

// SVG snapshot goldens, in the manner of Observable Plot: test/output/<name>.svg. A missing
// golden is written locally but never in CI; a mismatch writes <name>-changed.svg (ignored by
// git) beside it and fails.
const snapshots = {
  name: 'snapshots',
  executeCommand({ command, payload }) {
    if (command !== 'snapshot') return undefined;
    const { name, svg } = payload;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`bad snapshot name: ${name}`);
    const dir = new URL('./test/output/', import.meta.url);
    const golden = new URL(`${name}.svg`, dir);
    const changed = new URL(`${name}-changed.svg`, dir);
    if (!existsSync(golden)) {
      if (process.env.CI) return { status: 'missing' };
      mkdirSync(dir, { recursive: true });
      writeFileSync(golden, svg);
      return { status: 'written' };
    }
    if (readFileSync(golden, 'utf8') === svg) {
      rmSync(changed, { force: true });
      return { status: 'match' };
    }
    writeFileSync(changed, svg);
    return { status: 'changed' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes],
  rootDir: '.',
  plugins: [builtFiles, snapshots, heap, axTree, forcedColors, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { __EXCHANGE_CHARTS_VERSION__: JSON.stringify(version) } })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs() },
      // A browser context per test file puts each page in its own window, so every page is
      // visible: animation frames and ResizeObserver fire in all of them, not only the front tab.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  // Tests wait for events, not for time; a timeout is only the last resort against a hang, and
  // generous, so that a loaded machine is slow but never red. Polling helpers give up sooner,
  // with a message that says what they waited for.
  testFramework: { config: { timeout: 60000 } },
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  // Lit warns once per page that it is in dev mode (tests run the sources, in dev mode on
  // purpose): one line per test file that says nothing. Lit's other warnings still show.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [fileReporter(), summaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
