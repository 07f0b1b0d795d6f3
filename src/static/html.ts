import { html, nothing } from 'lit';
import type { Dataset } from '../data/schema.js';
import { contributorMapStyles } from '../contributor-map/contributor-map.styles.js';
import { exchangeChartStyles } from '../exchange-chart/exchange-chart.styles.js';
import { renderKey } from '../exchange-chart/views/key.js';
import { baseStyles } from '../internal/base.styles.js';
import { dataTableStyles, renderDataTable, rowsOf } from '../internal/data-table.js';
import { renderFooter, renderHeader } from '../internal/frame.js';
import { renderLiveRegion } from '../internal/announcer.js';
import { tooltipStyles } from '../internal/tooltip.js';
import { localText } from '../data/text.js';
import { headingFor } from '../data/scope.js';
import type { StaticBody } from './body.js';
import { paintSvg } from './paint.js';
import { PALETTES } from './palette.js';
import { escapeXml, templateToString } from './serialize.js';
import type { NormalizedOptions } from './index.js';

// The HTML fallback: the element's tag with its attributes, and inside it a declarative shadow
// root holding what the element would render (its own header, footer, key and data templates,
// its stylesheets, the drawing laid out with the fixed metrics), so that a reader without
// JavaScript sees the chart and a screen reader hears it as it would the element. When the
// script runs, the element renders beside it (hidden while the fallback stands, by a rule in
// base.styles.ts) and removes the fallback once it has drawn: one layout to the next in the
// same frame, so nothing flashes, and the two are laid out by the same CSS, so nothing moves
// (as long as the page's font has Arial's widths, which the drawing was measured with; in
// another font the element's drawing may wrap differently).

/** The attribute that marks the fallback inside the element's shadow root. */
export const STATIC_ATTRIBUTE = 'data-static';

const cssOf = (element: NormalizedOptions['element']) =>
  [baseStyles, tooltipStyles, dataTableStyles, element === 'contributor-map' ? contributorMapStyles : exchangeChartStyles].map((s) => s.cssText).join('\n');

/**
 * The HTML fallback of a chart or map: its tag, a declarative shadow root with the drawing,
 * and the data (a JSON child, or `src`) the element draws from once its script runs.
 */
export function writeHtml(dataset: Dataset, body: StaticBody, o: NormalizedOptions): { html: string; height: number } {
  const { locale } = o;
  const palette = PALETTES[o.theme];
  const drawing = paintSvg(body.markup, palette, { aria: true });
  const map = o.element === 'contributor-map';
  const title = headingFor(dataset, body.scope).title;
  const svgOpen = map
    ? `<svg role="graphics-document" aria-label="${escapeXml(body.label ?? body.summary)}" width="${body.width}" height="${body.height}" viewBox="0 0 ${body.width} ${body.height}">`
    : `<svg part="svg" role="graphics-document" aria-labelledby="summary" width="${body.width}" height="${body.height}" viewBox="0 0 ${body.width} ${body.height}">`;
  const svgMarkup = body.height ? `${svgOpen}${drawing}</svg>` : '';
  // A placeholder the drawing's markup replaces: it is already markup, not text to escape.
  const SLOT = '\u0000drawing\u0000';
  const table = renderDataTable({
    id: 'data-panel',
    locale,
    open: false,
    onToggle: () => undefined,
    caption: localText(title, locale, dataset.lang),
    columns: [],
    rows: rowsOf([]),
    page: 0,
    onPage: () => undefined,
    filename: 'data',
  });
  const inner = map
    ? html`${body.above.map((b) => (b.kind === 'text' ? html`<p class="empty" part="empty">${b.text}</p>` : nothing))}
        ${body.height ? html`<div class="map" part="map">${SLOT}</div>${body.belowHtml} ${table}` : nothing}`
    : html`<div class="chart view-${o.view}" part="chart">
        <p id="summary" class="visually-hidden" part="summary" aria-hidden="true">${body.summary}</p>
        ${renderKey(body.key ?? [])}
        ${body.above.map((b) => (b.kind === 'text' ? html`<p class="empty">${b.text}</p>` : nothing))}
        <div class="plot">${SLOT}</div>
        ${table} ${renderLiveRegion('')}
      </div>`;
  const shadow = html`<div part="base" class="base" lang=${locale} dir=${o.rtl ? 'rtl' : 'ltr'}>
    ${renderHeader(dataset, locale, body.scope)} ${inner} ${renderFooter(dataset, locale, body.scope, body.updates)}
  </div>`;
  // The dead controls of a page without script: shown as the element shows them (so that the
  // element takes over without moving anything), but disabled.
  const content = templateToString(shadow)
    .replace(/<button type="button" class="data-toggle"/, '<button type="button" disabled class="data-toggle"')
    .replace(SLOT, svgMarkup);
  const attributes = [
    map ? (o.region !== 'world' ? `region="${o.region}"` : '') : `view="${o.view}"`,
    map && o.projection !== 'equal-earth' ? `projection="${o.projection}"` : '',
    !map && o.series ? `series="${escapeXml(o.series)}"` : '',
    `locale="${escapeXml(locale)}"`,
    `theme="${o.theme}"`,
    o.src ? `src="${escapeXml(o.src)}"` : '',
  ].filter(Boolean);
  // The JSON child, with "</" written so that no text in it can close the script element.
  const data = o.src ? '' : `\n  <script type="application/json">${JSON.stringify(dataset).replace(/<\//g, '<\\/')}</script>`;
  const tag = o.element;
  return {
    html: `<${tag} ${attributes.join(' ')}>
  <template shadowrootmode="open"><div ${STATIC_ATTRIBUTE}><style>${cssOf(o.element)}</style>${content}</div></template>${data}
</${tag}>\n`,
    height: body.height,
  };
}
