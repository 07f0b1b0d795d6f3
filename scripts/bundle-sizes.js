// Where a bundle's gzip bytes go: for each package (or, with --files, each source file) of
// dist/exchange-charts.js (or the bundle named: exchange-chart.js, contributor-map.js), how many
// bytes gzip (level 9, as the budget test measures) saves when the minified code the source map
// gives it is taken out. The marginal costs add up to a little less than the whole (what modules
// share compresses once). Run after a build:
//   node scripts/bundle-sizes.js [--files] [dist/exchange-chart.js]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const at = (path) => new URL(`../${path}`, import.meta.url);
const file = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist/exchange-charts.js';
const code = readFileSync(at(file), 'utf8');
const map = JSON.parse(readFileSync(at(`${file}.map`), 'utf8'));
const byFile = process.argv.includes('--files');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The fields of one source map segment (base64 VLQ). */
function segment(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

// The source of every character of the bundle (-1: none).
const owner = new Int32Array(code.length).fill(-1);
const lines = code.split('\n');
let offset = 0;
let source = 0;
map.mappings.split(';').forEach((line, li) => {
  const segments = line ? line.split(',').map(segment) : [];
  let column = 0;
  const starts = segments.map((fields) => {
    column += fields[0];
    if (fields.length >= 4) source += fields[1];
    return [column, fields.length >= 4 ? source : -1];
  });
  starts.forEach(([start, src], i) => owner.fill(src, offset + start, offset + (i + 1 < starts.length ? starts[i + 1][0] : lines[li].length)));
  offset += lines[li].length + 1;
});

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const total = gzip(code);
const name = (path) => {
  const clean = path.replace(/^(\.\.\/)+/, '');
  const pkg = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return byFile ? clean : clean.replace(/\/[^/]+$/, '/');
};
const groups = new Map();
map.sources.forEach((path, i) => groups.set(name(path), [...(groups.get(name(path)) ?? []), i]));

const rows = [...groups].map(([group, indices]) => {
  const mine = new Set(indices);
  let rest = '';
  let from = 0;
  let raw = 0;
  for (let i = 0; i < code.length; i++) {
    if (!mine.has(owner[i])) continue;
    raw++;
    rest += code.slice(from, i);
    from = i + 1;
  }
  rest += code.slice(from);
  return { group, raw, gzip: total - gzip(rest) };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${file}: ${code.length} bytes, ${total} gzip`);
console.log('  gzip     min  source');
for (const row of rows) console.log(`${String(row.gzip).padStart(6)} ${String(row.raw).padStart(7)}  ${row.group}`);
console.log(`${String(rows.reduce((sum, row) => sum + row.gzip, 0)).padStart(6)}          (sum of the marginal costs)`);
