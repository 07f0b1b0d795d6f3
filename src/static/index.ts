import { canonicalLocale, isRtl } from '../data/locale.js';
import type { Dataset } from '../data/schema.js';
import { validateDataset, type Problem } from '../data/validate.js';
import { viewOf, type ExchangeChartView } from '../exchange-chart/registry.js';
import { maybeProjection, maybeRegion, type ProjectionName, type RegionName } from '../contributor-map/options.js';
import type { StaticBody } from './body.js';
import { chartBody } from './chart.js';
import { writeHtml } from './html.js';
import { mapBody } from './map.js';
import type { StaticTheme } from './palette.js';
import { PADDING, writeSvg, type RenderedSvg } from './svg.js';

export { PALETTES, type Palette, type StaticTheme } from './palette.js';
export { FONT_FAMILY } from './svg.js';

/** What to render, as the element's attributes say it. */
export interface StaticOptions {
  element?: 'exchange-chart' | 'contributor-map';
  /** <exchange-chart>'s view. */
  view?: ExchangeChartView;
  /** <exchange-chart>'s figure ids, comma-separated. */
  series?: string;
  timeDirection?: 'ltr' | 'rtl';
  /** <contributor-map>'s region and projection. */
  region?: RegionName;
  projection?: ProjectionName;
  /** The element's width in px, its padding included (640 by default). */
  width?: number;
  locale?: string;
  theme?: StaticTheme;
  format?: 'svg' | 'png' | 'html';
  /** PNG: pixels per px (2 for high-density screens). */
  scale?: number;
  /** PNG: a 1200×630 card for link previews (og:image), the chart centred on its background. */
  social?: boolean;
  /** HTML: where the element fetches its data once its script runs, instead of a copy of the dataset inside the tag. */
  src?: string;
}

export interface StaticResult {
  format: 'svg' | 'png' | 'html';
  /** The SVG or HTML text, or the PNG's bytes. */
  data: string | Uint8Array;
  /** In px (PNG: in pixels, the scale applied). */
  width: number;
  height: number;
}

/** The dataset did not validate: each problem with its JSON path, as the element shows them. */
export class StaticRenderError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset is not valid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'StaticRenderError';
  }
}

/** Options brought to what the element would do with the same attributes. */
export function normalizeOptions(options: StaticOptions) {
  const locale = canonicalLocale(options.locale) ?? 'en';
  const width = Math.round(Number(options.width ?? 640));
  if (!(width >= 200 && width <= 4000)) throw new RangeError(`width: must be a number of px from 200 to 4000, got ${options.width}`);
  const scale = Number(options.scale ?? 1);
  if (!(scale > 0 && scale <= 4)) throw new RangeError(`scale: must be more than 0 and at most 4, got ${options.scale}`);
  const theme: StaticTheme = options.theme === 'dark' ? 'dark' : 'light';
  const format = options.format ?? 'svg';
  if (!['svg', 'png', 'html'].includes(format)) throw new RangeError(`format: must be svg, png or html, got ${options.format}`);
  return {
    element: options.element === 'contributor-map' ? ('contributor-map' as const) : ('exchange-chart' as const),
    view: viewOf(options.view),
    series: options.series,
    timeDirection: options.timeDirection,
    region: maybeRegion(options.region),
    projection: maybeProjection(options.projection),
    locale,
    rtl: isRtl(locale),
    width,
    theme,
    format,
    scale,
    social: !!options.social,
    src: options.src,
  };
}

export type NormalizedOptions = ReturnType<typeof normalizeOptions>;

/** The drawing between heading and footer, for either element. */
export function staticBody(dataset: Dataset, o: NormalizedOptions): StaticBody {
  const width = o.width - 2 * PADDING;
  return o.element === 'contributor-map'
    ? mapBody(dataset, { locale: o.locale, rtl: o.rtl, width, region: o.region, projection: o.projection })
    : chartBody(dataset, { view: o.view, series: o.series, timeDirection: o.timeDirection, locale: o.locale, rtl: o.rtl, width });
}

/** The standalone SVG of a valid dataset. */
export function staticSvg(dataset: Dataset, o: NormalizedOptions): RenderedSvg {
  return writeSvg(dataset, staticBody(dataset, o), { locale: o.locale, rtl: o.rtl, theme: o.theme, width: o.width });
}

/**
 * A chart or map drawn without a browser, as the element draws it: the same layouts, words,
 * qualifiers, notes, sources and date, measured with fixed font metrics so that the output is
 * the same on every machine. SVG (self-contained), PNG (drawn by resvg in the fonts the package
 * depends on) or HTML (the element's markup with the drawing inside, shown with JavaScript off
 * and taken over by the element when its script runs).
 *
 * @example
 * import { renderStatic } from 'exchange-charts/static';
 * const { data } = await renderStatic(dataset, { view: 'bars', width: 640, locale: 'ar', format: 'png', scale: 2 });
 */
export async function renderStatic(dataset: unknown, options: StaticOptions = {}): Promise<StaticResult> {
  const o = normalizeOptions(options);
  const { dataset: valid, errors } = validateDataset(dataset);
  if (!valid) throw new StaticRenderError(errors);
  if (o.format === 'html') {
    const html = writeHtml(valid, staticBody(valid, o), o);
    return { format: 'html', data: html.html, width: o.width, height: html.height };
  }
  const svg = staticSvg(valid, o);
  if (o.format === 'svg') return { format: 'svg', data: svg.svg, width: svg.width, height: svg.height };
  // Loaded only for a PNG: the rasteriser is a native module that SVG and HTML do not need.
  const { svgToPng } = await import('./png.js');
  return { format: 'png', ...(await svgToPng(svg, { scale: o.scale, social: o.social, background: o.theme })) };
}
