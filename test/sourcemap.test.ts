import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The source maps in dist/ as a reader's devtools use them: a position in the minified bundle
// must lead back to the line of src/ that wrote it, also below the css``/html`` templates whose
// whitespace the build collapses (scripts/rollup-slim.js), which takes lines out.

interface SourceMap {
  sources: string[];
  sourcesContent: string[];
  mappings: string;
}

/** A mapping: generated line and column, then source index, original line and column (all 0-based). */
type Segment = [line: number, column: number, source: number, originalLine: number, originalColumn: number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The segments of a source map v3 `mappings` string that point into a source (Base64 VLQ, relative fields). */
function decodeMappings(mappings: string): Segment[] {
  const segments: Segment[] = [];
  let [source, originalLine, originalColumn] = [0, 0, 0];
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          [value, shift] = [0, 0];
        }
      }
      column += fields[0];
      if (fields.length < 4) continue;
      source += fields[1];
      originalLine += fields[2];
      originalColumn += fields[3];
      segments.push([generatedLine, column, source, originalLine, originalColumn]);
    }
  });
  return segments;
}

const read = (path: string) => executeServerCommand<string, { path: string }>('read-built-file', { path });

async function load(bundle: string) {
  const [code, map] = await Promise.all([read(bundle), read(`${bundle}.map`).then((text) => JSON.parse(text) as SourceMap)]);
  return { codeLines: code.split('\n'), map, sourceLines: map.sourcesContent.map((text) => text.split('\n')), segments: decodeMappings(map.mappings) };
}

/**
 * Whether source text starts with a string whose value is `literal`. Terser writes strings with
 * double quotes; the source may have single or double quotes, or a template literal that
 * terser folded into a string (`+` and constants), so only its text up to the first ${} is known.
 */
function writes(text: string, literal: string): boolean {
  if (text[0] === "'" || text[0] === '"') return text.startsWith(text[0] + literal + text[0]);
  return text[0] === '`' && literal.startsWith(/^`([^`$]*)/.exec(text)![1]);
}

/** Each plain string literal of src/ in the bundle, and whether it is where the map says it was written. */
function stringsFromSrc({ codeLines, map, sourceLines, segments }: Awaited<ReturnType<typeof load>>) {
  return segments.flatMap(([line, column, source, originalLine, originalColumn]) => {
    const literal = /^"([\w .,:-]{4,})"/.exec(codeLines[line].slice(column))?.[1];
    if (!literal || !map.sources[source].startsWith('../src/')) return [];
    const lines = sourceLines[source];
    const written = (lines[originalLine] ?? '').slice(originalColumn);
    // Below a css``, html`` or svg`` template over several lines, which the build collapsed.
    const belowTemplate = /\b(?:css|html|svg)`[^`]*\n/.test(lines.slice(0, originalLine).join('\n'));
    const at = `${map.sources[source].slice(3)}:${originalLine + 1}:${originalColumn + 1}`;
    return [{ literal, at, found: writes(written, literal), belowTemplate }];
  });
}

describe('dist/*.js.map', () => {
  for (const bundle of ['dist/exchange-charts.js', 'dist/exchange-chart.js', 'dist/contributor-map.js', 'dist/embed-frame.js', 'dist/embed.js']) {
    it(`${bundle}: every string from src/ maps to the place in src/ where it is written`, async () => {
      const strings = stringsFromSrc(await load(bundle));
      expect(strings.length, 'strings checked').to.be.greaterThan(0);
      expect(strings.filter((s) => !s.found).map((s) => `"${s.literal}" mapped to ${s.at}`)).to.deep.equal([]);
    });
  }

  it('dist/exchange-charts.js: strings below collapsed templates are among those checked', async () => {
    const strings = stringsFromSrc(await load('dist/exchange-charts.js'));
    expect(strings.length).to.be.greaterThan(100);
    expect(strings.filter((s) => s.belowTemplate).length).to.be.greaterThan(20);
  });

  it("maps the map's 'map.notVisible' message, below its views' html`` templates, to its own line", async () => {
    const { codeLines, map, sourceLines, segments } = await load('dist/exchange-charts.js');
    const source = map.sources.indexOf('../src/contributor-map/views/key.ts');
    expect(source, "the source of the map's key").to.not.equal(-1);
    const lines = sourceLines[source];
    const line = lines.findIndex((text) => text.includes("'map.notVisible'"));
    expect(line, "where 'map.notVisible' is written").to.not.equal(-1);
    expect(lines.slice(0, line).some((text) => /\bhtml`[^`]*$/.test(text)), 'an html`` template over several lines above it').to.equal(true);
    const mapped = segments
      .filter(([l, c, s]) => s === source && codeLines[l].startsWith('"map.notVisible"', c))
      .map(([, , , originalLine, originalColumn]) => `${originalLine + 1}:${originalColumn + 1}`);
    expect(mapped).to.deep.equal([`${line + 1}:${lines[line].indexOf("'map.notVisible'") + 1}`]);
  });
});
