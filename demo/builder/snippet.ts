import { hintAttributes } from '../../src/internal/height-hint.js';
import { escapeAttribute, jsonForScript } from './escape.js';
import { VERSION } from './version.js';

// The embed codes the builder hands to editors: the script tag (the element on the page) and
// the iframe (for CMSs that allow nothing else). Pure: strings in, strings out. Each kind is
// one entry of SNIPPETS, so that another kind is one more entry.

/**
 * Where the files of dist/ are served from by default: the published package on unpkg, pinned
 * to this version, so that a later release never changes a chart already published.
 */
export const DEFAULT_BASE = `https://unpkg.com/exchange-charts@${VERSION}/dist/`;

/** The column widths the builder measures the chart at, in px: phones to wide desktops. */
export const MEASURE_WIDTHS = Object.freeze([320, 360, 390, 414, 600, 768, 1000, 1280, 1400]);

export type ElementName = 'exchange-chart' | 'contributor-map';

export interface EmbedConfig {
  element: ElementName;
  /** Absolute URL of the dataset's JSON. */
  src?: string;
  /** The dataset's JSON text, used (inline) when there is no `src`. */
  json?: string;
  view?: string;
  series?: string;
  theme?: string;
  locale?: string;
  projection?: string;
  region?: string;
  /** The element's height in px at each column width it was measured at (MEASURE_WIDTHS). */
  heights?: ReadonlyMap<number, number>;
  /** The dataset's title, for the iframe's accessible name. */
  title: string;
  /** Whether the script version also loads the stylesheet that reserves the height early. */
  stylesheet?: boolean;
}

/**
 * The file of dist/ a script-tag embed loads: the smallest that defines its element, so that an
 * article with one chart does not download the map's world and d3-geo (two fifths of
 * exchange-charts.js, which holds both). Two snippets pasted into one page load a file each,
 * and each file defines its own tag.
 */
export const BUNDLES: Readonly<Record<ElementName, string>> = Object.freeze({
  'exchange-chart': 'exchange-chart.js',
  'contributor-map': 'contributor-map.js',
});

// The attributes each element understands, in the order they are written.
const ATTRIBUTES: Record<ElementName, (keyof EmbedConfig)[]> = {
  'exchange-chart': ['view', 'series', 'theme', 'locale'],
  'contributor-map': ['projection', 'region', 'theme', 'locale'],
};

/**
 * A base address as the snippets use it: an absolute http(s) URL ending in "/" (a folder), or
 * undefined when the text is none.
 */
export function normalizeBase(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.search = url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The element's attributes, as name and value pairs, without the empty ones. */
export function elementAttributes(config: EmbedConfig): [string, string][] {
  const pairs: [string, string][] = [];
  if (config.src) pairs.push(['src', config.src]);
  for (const name of ATTRIBUTES[config.element]) {
    const value = config[name];
    if (typeof value === 'string' && value !== '') pairs.push([name, value]);
  }
  if (config.heights) pairs.push(...hintAttributes(config.heights));
  return pairs;
}

function attributesHtml(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

/**
 * The script-tag embed: the element's bundle, optionally the stylesheet, and the element. Without a
 * `src` the dataset goes inside the element as a JSON child, escaped so that no text in it
 * can end the script.
 */
export function scriptSnippet(config: EmbedConfig, base = DEFAULT_BASE): string {
  const lines = [scriptTag(config, base)];
  if (config.stylesheet !== false) lines.push(`<link rel="stylesheet" href="${escapeAttribute(`${base}exchange-charts.css`)}" />`);
  const open = `<${config.element}${attributesHtml(elementAttributes(config))}>`;
  if (config.src || config.json === undefined) lines.push(`${open}</${config.element}>`);
  else lines.push(open, `  <script type="application/json">${jsonForScript(config.json)}</script>`, `</${config.element}>`);
  return lines.join('\n');
}

/** The script tag of the element's bundle (BUNDLES). */
export function scriptTag(config: Pick<EmbedConfig, 'element'>, base = DEFAULT_BASE): string {
  return `<script type="module" src="${escapeAttribute(`${base}${BUNDLES[config.element]}`)}"></script>`;
}

/** The address of the iframe page for a configuration; undefined without a data URL. */
export function embedUrl(config: EmbedConfig, base = DEFAULT_BASE): string | undefined {
  if (!config.src) return undefined;
  const params = new URLSearchParams();
  if (config.element !== 'exchange-chart') params.set('element', config.element);
  params.set('src', config.src);
  for (const name of ATTRIBUTES[config.element]) {
    const value = config[name];
    if (typeof value === 'string' && value !== '') params.set(name, value);
  }
  return `${base}embed.html?${params}`;
}

/** The embed page's body has 1px of padding above and below the element (dist/embed.css). */
export const EMBED_PAGE_PADDING = 2;

/**
 * The iframe's height as CSS, for a page without the resizer script (a CMS that allows only an
 * iframe): never less than its page's height at any width from 320 px up. An iframe cannot
 * query its own width, but it is never wider than the reader's window, so at a window of `vw`
 * it takes the tallest height measured at any width up to `vw`: each step is a clamp() that is
 * 0 below its width and its rise above. At a phone's width that is the phone's height.
 */
export function frameHeightCss(heights: ReadonlyMap<number, number>): string | undefined {
  const measured = [...heights].filter(([, h]) => h > 0).sort(([a], [b]) => a - b);
  if (!measured.length) return undefined;
  const first = Math.ceil(measured[0][1]) + EMBED_PAGE_PADDING;
  let tallest = first;
  const steps: string[] = [];
  for (const [width, h] of measured.slice(1)) {
    const height = Math.ceil(h) + EMBED_PAGE_PADDING;
    if (height <= tallest) continue;
    // Full rise from (width - 1px) + rise/10000 px on: at `width` itself for any rise under 10,000 px.
    steps.push(`clamp(0px, (100vw - ${width - 1}px) * 10000, ${height - tallest}px)`);
    tallest = height;
  }
  return steps.length ? `calc(${first}px + ${steps.join(' + ')})` : `${first}px`;
}

/**
 * The iframe embed and its resizer; undefined when the data has no address (pasted JSON),
 * since the iframe page can only fetch it. Its `height` attribute is the tallest height
 * measured (for a browser without clamp()); its style's height the one for the window's width.
 */
export function iframeSnippet(config: EmbedConfig, base = DEFAULT_BASE): string | undefined {
  const url = embedUrl(config, base);
  if (!url) return undefined;
  const heights = config.heights ?? new Map<number, number>();
  const tallest = Math.max(0, ...heights.values());
  const height = tallest > 0 ? Math.ceil(tallest) + EMBED_PAGE_PADDING : 500;
  const css = frameHeightCss(heights);
  const style = `border:0;width:100%${css ? `;height:${css}` : ''}`;
  return [
    `<iframe data-exchange-charts title="${escapeAttribute(config.title)}" src="${escapeAttribute(url)}" width="100%" height="${height}" style="${escapeAttribute(style)}"></iframe>`,
    `<script type="module" src="${escapeAttribute(`${base}embed.js`)}"></script>`,
  ].join('\n');
}

/** Each kind of embed code the builder offers: its name, and the code for a configuration (undefined when it cannot be made). */
export const SNIPPETS = {
  script: scriptSnippet,
  iframe: iframeSnippet,
} satisfies Record<string, (config: EmbedConfig, base?: string) => string | undefined>;

export type SnippetKind = keyof typeof SNIPPETS;

/** A file name from a title: "The October 2025 exchange" → "the-october-2025-exchange". */
export function slug(text: string, fallback = 'chart'): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || fallback
  );
}
