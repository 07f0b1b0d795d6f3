#!/usr/bin/env node
/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderStatic, StaticRenderError, type StaticOptions } from './static/index.js';

// exchange-charts render data.json [options]: a chart or map as SVG, PNG or HTML, without a
// browser. Exit codes: 0 written; 1 the dataset is not valid (each problem on stderr with its
// JSON path); 2 the command line is wrong or the file cannot be read.

const USAGE = `Usage: exchange-charts render <data.json> [options]

  --element exchange-chart|contributor-map   (default exchange-chart)
  --view bars|units|progress|timeline        exchange-chart's view (default bars)
  --series id,id                             exchange-chart's figures, in order
  --region world|contributors|middle-east    contributor-map's region
  --projection equal-earth|natural-earth|mercator|orthographic
  --width <px>                               the element's width (default 640)
  --locale <tag>                             language of the words (default en)
  --theme light|dark                         (default light)
  --format svg|png|html                      (default: from -o's extension, else svg)
  --scale <n>                                PNG pixels per px (default 1; 2 for high-density screens)
  --social                                   PNG 1200x630 link-preview card (og:image)
  --src <url>                                HTML: the element fetches its data from here
  -o, --output <file>                        write here instead of standard output
`;

function fail(message: string, code: number): never {
  process.stderr.write(`exchange-charts: ${message}\n`);
  process.exit(code);
}

export async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        view: { type: 'string' },
        series: { type: 'string' },
        region: { type: 'string' },
        projection: { type: 'string' },
        width: { type: 'string' },
        locale: { type: 'string' },
        theme: { type: 'string' },
        format: { type: 'string' },
        scale: { type: 'string' },
        social: { type: 'boolean' },
        src: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const [command, file] = positionals;
  if (command !== 'render' || !file) fail(`expected "render <data.json>"\n\n${USAGE}`, 2);
  const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!allowed.includes(value as T)) fail(`--${name}: must be one of ${allowed.join(', ')}, got "${value}"`, 2);
    return value as T;
  };
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) fail(`--${name}: must be a number, got "${value}"`, 2);
    return n;
  };
  const fromExtension = /\.(svg|png|html)$/i.exec(values.output ?? '')?.[1]?.toLowerCase();
  const options: StaticOptions = {
    element: oneOf('element', values.element, ['exchange-chart', 'contributor-map'] as const),
    view: oneOf('view', values.view, ['bars', 'units', 'progress', 'timeline'] as const),
    series: values.series,
    region: oneOf('region', values.region, ['world', 'contributors', 'middle-east'] as const),
    projection: oneOf('projection', values.projection, ['equal-earth', 'natural-earth', 'mercator', 'orthographic'] as const),
    width: number('width', values.width),
    locale: values.locale,
    theme: oneOf('theme', values.theme, ['light', 'dark'] as const),
    format: oneOf('format', values.format ?? fromExtension, ['svg', 'png', 'html'] as const),
    scale: number('scale', values.scale),
    social: values.social,
    src: values.src,
  };
  if (options.social) options.format ??= 'png';
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`, 2);
  }
  try {
    const result = await renderStatic(json, options);
    if (values.output) writeFileSync(values.output, result.data);
    else process.stdout.write(result.data);
  } catch (error) {
    if (error instanceof StaticRenderError) {
      process.stderr.write(`exchange-charts: ${file} is not a valid dataset:\n${error.problems.map((p) => `  ${p.path}: ${p.message}\n`).join('')}`);
      process.exit(1);
    }
    fail((error as Error).message, 2);
  }
}

await main(process.argv.slice(2));
