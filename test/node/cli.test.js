// The exchange-charts CLI and renderStatic(), in Node, against the built package (lib/): every
// view and the map, in English and Arabic, light and dark, at 320 and 1000 px, to SVG and PNG.
// Run by `npm test` after the build (node --test test/node/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodePng, pixelDifference } from './png.js';

const repo = new URL('../../', import.meta.url).pathname;
const cli = join(repo, 'lib/cli.js');
const EXCHANGE = join(repo, 'data/gaza-exchange-2025-10-16.json');
const TIMELINE = join(repo, 'data/gaza-remains-timeline.json');
const UPDATES = join(repo, 'data/gaza-exchange-updates.json');
const out = mkdtempSync(join(tmpdir(), 'exchange-charts-cli-'));

/** Runs the CLI; its exit code, standard output (bytes) and error text. */
function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}

/** The words a file shows, without the direction marks and embeddings that order them. */
const words = (svg) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/&quot;/g, '"')).join(' | ');

// What each drawing must show, word for word, in each language: its values with their
// qualifiers, its date and a source it cites.
const CASES = {
  bars: { file: EXCHANGE, args: ['--view', 'bars'], en: ['20', '7 of 28', 'nearly 2,000', 'As of October 16, 2025', 'News article'], ar: ['7 من أصل 28', 'ما يقرب من 2,000', 'البيانات حتى 16 أكتوبر 2025', 'News article'] },
  units: { file: EXCHANGE, args: ['--view', 'units'], en: ['20', '7 of 28', 'nearly 2,000', 'As of October 16, 2025', 'Faded: exact number not known'], ar: ['7 من أصل 28', 'ما يقرب من 2,000', 'البيانات حتى 16 أكتوبر 2025'] },
  progress: { file: EXCHANGE, args: ['--view', 'progress'], en: ['7 of 28', 'As of October 16, 2025', 'News article'], ar: ['7 من أصل 28', 'البيانات حتى 16 أكتوبر 2025'] },
  timeline: { file: TIMELINE, args: ['--view', 'timeline'], en: ['28 of 28', 'Total: 28', 'As of January 29, 2026'], ar: ['28 من أصل 28', 'المجموع: 28', 'البيانات حتى 29 يناير 2026'] },
  map: { file: EXCHANGE, args: ['--element', 'contributor-map'], en: ['Gaza Strip', 'In talks', 'and others not named', 'As of October 16, 2025', 'Two unnamed senior US advisers'], ar: ['Gaza Strip', 'قيد المحادثات', 'البيانات حتى 16 أكتوبر 2025'] },
};
const BACKGROUND = { light: '#ffffff', dark: '#16181d' };

describe('exchange-charts render', () => {
  for (const [name, c] of Object.entries(CASES)) {
    for (const locale of ['en', 'ar']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [320, 1000]) {
          const args = [c.file, ...c.args, '--locale', locale, '--theme', theme, '--width', String(width)];
          it(`${name}, ${locale}, ${theme}, ${width} px: an SVG with every value, qualifier, date and source, in the theme's colours`, () => {
            const { status, stdout, stderr } = run(['render', ...args]);
            assert.equal(status, 0, stderr);
            const svg = stdout.toString();
            assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)"/);
            assert.equal(Number(/width="(\d+)"/.exec(svg)[1]), width);
            assert.match(svg, / role="img" aria-labelledby="title desc"/);
            assert.match(svg, /<title id="title">[^<]+<\/title>\n<desc id="desc">[^<]+<\/desc>/);
            assert.match(svg, new RegExp(`<rect width="${width}" height="\\d+" fill="${BACKGROUND[theme]}"/>`));
            assert.doesNotMatch(svg, /var\(|\sclass=|tabindex/);
            const shown = words(svg);
            for (const phrase of c[locale]) assert.ok(shown.includes(phrase), `"${phrase}" in ${shown}`);
          });
          it(`${name}, ${locale}, ${theme}, ${width} px: a PNG of that width`, () => {
            const file = join(out, `${name}-${locale}-${theme}-${width}.png`);
            const { status, stderr } = run(['render', ...args, '-o', file]);
            assert.equal(status, 0, stderr);
            const png = decodePng(readFileSync(file));
            assert.equal(png.width, width);
            assert.ok(png.height > 100);
          });
        }
      }
    }
  }

  it('writes Arabic words right to left: each Arabic text embedded right to left, with a physical anchor, in a font with Arabic letters', () => {
    const svg = run(['render', EXCHANGE, '--view', 'bars', '--locale', 'ar', '--width', '320']).stdout.toString();
    const value = [...svg.matchAll(/<text ([^>]*)>([^<]*7 من أصل 28[^<]*)<\/text>/g)][0];
    assert.ok(value, 'the value "7 من أصل 28" is drawn');
    assert.equal(value[2], '\u202b7 من أصل 28\u202c');
    // Beside the bar's left end at 320 px: anchored there by its left (physical) edge.
    assert.match(value[1], /^x="0" y="[\d.]+" text-anchor="start"/);
    assert.match(value[1], /font-family="'DejaVu Sans'/);
    assert.doesNotMatch(svg, /direction=/);
  });

  // Each line of text a file draws, as written (marks, embeddings and isolates kept).
  const lines = (svg) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&quot;/g, '"'));
  const FSI = '\u2068';
  const PDI = '\u2069';

  it("keeps a note's date, written in the reader's format, isolated inside the dataset's English words", () => {
    // resvg orders by isolates as a browser does: without one, the right-to-left mark in an
    // Arabic date made "13/10/2025: Released…" read "132025/10/: Released…".
    const ar = lines(run(['render', UPDATES, '--view', 'bars', '--locale', 'ar', '--width', '1000']).stdout.toString());
    assert.ok(ar.includes(`${FSI}13\u200f/10\u200f/2025${PDI}: Released in two groups on the same day: 7, then 13`), ar.join(' | '));
    // In Hebrew the date has Hebrew letters, and the note is still English: drawn left to right, not embedded right to left.
    const he = lines(run(['render', UPDATES, '--view', 'bars', '--locale', 'he', '--width', '1000']).stdout.toString());
    const note = he.find((l) => l.includes('Released in two groups'));
    assert.ok(note?.startsWith(`${FSI}13 באוק׳ 2025${PDI}: Released`), note);
  });

  it('never breaks inside a source’s date or its brackets, and keeps each source entry isolated in the chart’s direction', () => {
    for (const width of ['320', '480', '640']) {
      const svg = run(['render', EXCHANGE, '--view', 'progress', '--locale', 'he', '--width', width]).stdout.toString();
      const drawn = lines(svg);
      assert.ok(drawn.some((l) => l.includes('(16\u00a0באוק׳\u00a02025)')), `${width} px: ${drawn.join(' | ')}`);
      assert.ok(drawn.join(' ').includes(`\u2067${FSI}News article, "By Staff, Agencies"${PDI}`), drawn.join(' | '));
    }
  });

  it("writes the footer's Updates line when the dataset asks, each figure's last change in the reader's language", () => {
    const en = words(run(['render', UPDATES, '--view', 'bars', '--width', '1000']).stdout.toString());
    assert.match(en, /Updates: \u2068\u2066\u2068Remains of deceased captives returned\u2069: 27 of 28 on Dec 3, 2025 → 28 of 28 on Jan 26, 2026\u2069\u2069/);
    const ar = words(run(['render', UPDATES, '--view', 'bars', '--locale', 'ar', '--width', '1000']).stdout.toString());
    assert.ok(ar.includes('التحديثات: '), ar);
    // The arrow is DejaVu's (Arimo's Latin files lack it): the line is drawn, and measured, in DejaVu.
    const narrow = run(['render', UPDATES, '--view', 'progress', '--width', '320']).stdout.toString();
    assert.match(narrow, /<text [^>]*font-family="'DejaVu Sans'[^>]*>[^<]*→[^<]*<\/text>/);
    // Not when it does not ask.
    assert.doesNotMatch(words(run(['render', EXCHANGE, '--view', 'bars']).stdout.toString()), /Updates:/);
  });

  it("draws a country's Updated line under its label as a line of its own, and the map's Updates line in the footer", () => {
    const MAP_REVISIONS = join(repo, 'test/fixtures/map-revisions.json');
    for (const locale of ['en', 'ar']) {
      const svg = run(['render', MAP_REVISIONS, '--element', 'contributor-map', '--locale', locale, '--width', '1000']).stdout.toString();
      // The element's <tspan> written as markup, never as the label's words.
      assert.doesNotMatch(svg, /&lt;tspan/);
      assert.match(svg, /<text [^>]*>[^<]+<tspan [^>]*>[^<]+<\/tspan><\/text>/);
      if (locale === 'en') {
        assert.match(svg, /<tspan [^>]*>Updated Nov 2, 2025<\/tspan>/);
        assert.match(words(svg), /Updates: .*Indonesia.*In talks on Oct 16, 2025 → Confirmed on Nov 2, 2025/);
      }
    }
    // The HTML fallback's footer has the line too, as the element that takes it over draws it.
    const page = run(['render', MAP_REVISIONS, '--element', 'contributor-map', '--width', '1000', '--format', 'html']).stdout.toString();
    assert.match(page, /part="updates"[^>]*>[^]*Indonesia[^]*In talks on Oct 16, 2025 → Confirmed on Nov 2, 2025/);
  });

  it("draws a map label's Arabic or Hebrew name on its own baseline (no dy, which resvg gives only to the first letter)", () => {
    const svg = run(['render', EXCHANGE, '--element', 'contributor-map', '--locale', 'he', '--width', '320']).stdout.toString();
    assert.match(svg, /<text [^>]*>\u202bארצות הברית\u202c<\/text>/);
    assert.doesNotMatch(svg, / dy="/);
  });

  it('--scale 2 doubles the pixels; --social makes a 1200×630 card', () => {
    const file = join(out, 'scaled.png');
    assert.equal(run(['render', EXCHANGE, '--width', '320', '--scale', '2', '-o', file]).status, 0);
    assert.equal(decodePng(readFileSync(file)).width, 640);
    const card = join(out, 'card.png');
    assert.equal(run(['render', EXCHANGE, '--view', 'units', '--social', '-o', card]).status, 0);
    const png = decodePng(readFileSync(card));
    assert.deepEqual([png.width, png.height], [1200, 630]);
  });

  it('HTML: the element with a declarative shadow root holding the drawing, and the data inside the tag', () => {
    const { status, stdout } = run(['render', EXCHANGE, '--view', 'bars', '--format', 'html']);
    assert.equal(status, 0);
    const html = stdout.toString();
    assert.match(html, /^<exchange-chart view="bars" locale="en" theme="light">\n {2}<template shadowrootmode="open"><div data-static><style>/);
    assert.match(html, /<script type="application\/json">\{/);
    assert.match(html, /role="graphics-symbol" aria-label="Palestinian detainees released: nearly 2,000"/);
    assert.match(run(['render', EXCHANGE, '--element', 'contributor-map', '--format', 'html', '--src', 'https://example.org/d.json']).stdout.toString(), /^<contributor-map locale="en" theme="light" src="https:\/\/example.org\/d.json">/);
  });

  it('refuses a bad dataset with each problem at its JSON path, exit code 1, and writes nothing', () => {
    const data = JSON.parse(readFileSync(EXCHANGE, 'utf8'));
    data.figures[0].value = '12a';
    delete data.asOf;
    const file = join(out, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const target = join(out, 'bad.svg');
    const { status, stdout, stderr } = run(['render', file, '-o', target]);
    assert.equal(status, 1);
    assert.equal(stdout.length, 0);
    assert.equal(existsSync(target), false);
    assert.match(stderr, /figures\[0\]\.value: must be a number/);
    assert.match(stderr, /asOf: /);
  });

  it('refuses a wrong command line with exit code 2 and says what is wrong', () => {
    const view = run(['render', EXCHANGE, '--view', 'pie']);
    assert.equal(view.status, 2);
    assert.match(view.stderr, /--view: must be one of bars, units, progress, timeline, got "pie"/);
    const missing = run(['render', join(out, 'nowhere.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\.json/);
    assert.equal(run(['render', EXCHANGE, '--width', '20']).status, 2);
  });
});

// PNG goldens, few and at half size, to keep them small: compared by pixel difference, so that
// a change of antialiasing passes and a moved bar or word does not. A missing golden is
// written locally, never in CI.
describe('PNG goldens', () => {
  const dir = join(repo, 'test/node/output');
  const GOLDENS = [
    ['bars-en-light-320', [EXCHANGE, '--view', 'bars', '--width', '320']],
    ['units-ar-dark-320', [EXCHANGE, '--view', 'units', '--locale', 'ar', '--theme', 'dark', '--width', '320']],
    ['progress-he-light-320', [EXCHANGE, '--view', 'progress', '--locale', 'he', '--width', '320']],
    ['timeline-ar-light-1000', [TIMELINE, '--view', 'timeline', '--locale', 'ar', '--width', '1000']],
    ['map-en-dark-1000', [EXCHANGE, '--element', 'contributor-map', '--theme', 'dark', '--width', '1000']],
    ['map-he-light-320', [EXCHANGE, '--element', 'contributor-map', '--locale', 'he', '--width', '320']],
    ['updates-bars-ar-light-640', [UPDATES, '--view', 'bars', '--locale', 'ar', '--width', '640']],
  ];
  for (const [name, args] of GOLDENS) {
    it(`${name} matches its golden`, () => {
      const file = join(out, `${name}.png`);
      const { status, stderr } = run(['render', ...args, '--scale', '0.5', '-o', file]);
      assert.equal(status, 0, stderr);
      const golden = join(dir, `${name}.png`);
      if (!existsSync(golden)) {
        assert.ok(!process.env.CI, `missing golden ${golden}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, readFileSync(file));
        return;
      }
      const difference = pixelDifference(decodePng(readFileSync(file)), decodePng(readFileSync(golden)));
      if (difference > 0.005) writeFileSync(join(dir, `${name}-changed.png`), readFileSync(file));
      assert.ok(difference <= 0.005, `${(difference * 100).toFixed(2)} % of pixels differ from ${golden}`);
    });
  }
});

describe('renderStatic()', () => {
  it('returns the SVG, or throws StaticRenderError with the problems', async () => {
    const { renderStatic, StaticRenderError } = await import('../../lib/static/index.js');
    const dataset = JSON.parse(readFileSync(EXCHANGE, 'utf8'));
    const result = await renderStatic(dataset, { view: 'units', width: 480 });
    assert.equal(result.format, 'svg');
    assert.equal(result.width, 480);
    assert.match(result.data, /nearly 2,000/);
    dataset.figures = 'none';
    await assert.rejects(renderStatic(dataset), (error) => error instanceof StaticRenderError && error.problems[0].path === 'figures');
  });

  it('draws in the same colours as the element: each palette entry is its token’s default in base.styles.ts', async () => {
    const { PALETTES } = await import('../../lib/static/index.js');
    const { baseStyles } = await import('../../lib/internal/base.styles.js');
    const css = baseStyles.cssText;
    const tokens = (block) => Object.fromEntries([...block.matchAll(/--_([\w-]+): var\(--exchange-chart-[\w-]+, (#[0-9a-f]{6})\)/g)].map((m) => [m[1], m[2]]));
    const light = tokens(css.slice(0, css.indexOf(':host([hidden])')));
    const dark = tokens(css.slice(css.indexOf(":host([theme='dark'])"), css.indexOf('@media (prefers-color-scheme: dark)')));
    for (const [theme, defaults] of [['light', light], ['dark', dark]]) {
      for (const [name, colour] of Object.entries(PALETTES[theme])) assert.equal(colour, defaults[name], `${theme} ${name}`);
    }
  });
});
