import { escapeAttribute, jsonForScript } from './escape.js';

// The embed codes the builder hands to editors: the script tag (the element on the page) and
// the iframe (for CMSs that allow nothing else). Pure: strings in, strings out.

/** Where the published package is served from. */
export const CDN = 'https://unpkg.com/exchange-charts/';

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
  /** The element's measured height in px. */
  height?: number;
  /** The dataset's title, for the iframe's accessible name. */
  title: string;
  /** Whether the script version also loads the stylesheet that reserves the height early. */
  stylesheet?: boolean;
}

// The attributes each element understands, in the order they are written.
const ATTRIBUTES: Record<ElementName, (keyof EmbedConfig)[]> = {
  'exchange-chart': ['view', 'series', 'theme', 'locale'],
  'contributor-map': ['projection', 'region', 'theme', 'locale'],
};

/** The element's attributes, as name and value pairs, without the empty ones. */
export function elementAttributes(config: EmbedConfig): [string, string][] {
  const pairs: [string, string][] = [];
  if (config.src) pairs.push(['src', config.src]);
  for (const name of ATTRIBUTES[config.element]) {
    const value = config[name];
    if (typeof value === 'string' && value !== '') pairs.push([name, value]);
  }
  if (config.height && config.height > 0) pairs.push(['height-hint', String(Math.ceil(config.height))]);
  return pairs;
}

function attributesHtml(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

/**
 * The script-tag embed: the bundle, optionally the stylesheet, and the element. Without a
 * `src` the dataset goes inside the element as a JSON child, escaped so that no text in it
 * can end the script.
 */
export function scriptSnippet(config: EmbedConfig, cdn = CDN): string {
  const lines = [`<script type="module" src="${escapeAttribute(`${cdn}dist/exchange-charts.js`)}"></script>`];
  if (config.stylesheet !== false) lines.push(`<link rel="stylesheet" href="${escapeAttribute(`${cdn}dist/exchange-charts.css`)}" />`);
  const open = `<${config.element}${attributesHtml(elementAttributes(config))}>`;
  if (config.src || config.json === undefined) lines.push(`${open}</${config.element}>`);
  else lines.push(open, `  <script type="application/json">${jsonForScript(config.json)}</script>`, `</${config.element}>`);
  return lines.join('\n');
}

/** The address of the iframe page for a configuration; undefined without a data URL. */
export function embedUrl(config: EmbedConfig, cdn = CDN): string | undefined {
  if (!config.src) return undefined;
  const params = new URLSearchParams();
  if (config.element !== 'exchange-chart') params.set('element', config.element);
  params.set('src', config.src);
  for (const name of ATTRIBUTES[config.element]) {
    const value = config[name];
    if (typeof value === 'string' && value !== '') params.set(name, value);
  }
  return `${cdn}dist/embed.html?${params}`;
}

/** The body of the embed page has 1px of padding above and below the element. */
const EMBED_PAGE_PADDING = 2;

/**
 * The iframe embed and its resizer; undefined when the data has no address (pasted JSON),
 * since the iframe page can only fetch it.
 */
export function iframeSnippet(config: EmbedConfig, cdn = CDN): string | undefined {
  const url = embedUrl(config, cdn);
  if (!url) return undefined;
  const height = config.height && config.height > 0 ? Math.ceil(config.height) + EMBED_PAGE_PADDING : 500;
  return [
    `<iframe data-exchange-charts title="${escapeAttribute(config.title)}" src="${escapeAttribute(url)}" width="100%" height="${height}" style="border:0"></iframe>`,
    `<script type="module" src="${escapeAttribute(`${cdn}dist/embed.js`)}"></script>`,
  ].join('\n');
}

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
