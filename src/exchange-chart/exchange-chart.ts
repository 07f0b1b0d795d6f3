import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { formatNumber } from '../data/format.js';
import { isRtl } from '../data/locale.js';
import { message } from '../data/messages.js';
import type { Dataset } from '../data/schema.js';
import type { DrawnScope } from '../data/scope.js';
import { headingFor } from '../data/scope.js';
import { localText, resolveText } from '../data/text.js';
import { ChangeAnnouncer } from '../internal/announcer.js';
import { dataTableStyles, renderDataTable, rowsOf } from '../internal/data-table.js';
import { defineElement } from '../internal/define.js';
import { ExchangeElement } from '../internal/exchange-element.js';
import { textWidthOf } from '../internal/measure.js';
import { fontWarmUp, WARM_UPS } from '../internal/warm.js';
import { InteractionController } from '../internal/interaction.js';
import { SizeController } from '../internal/size-controller.js';
import { finish } from '../internal/slices.js';
import { textZoom } from '../internal/zoom.js';
export { textZoom };
import { renderList, renderText } from '../internal/text.js';
import { renderTooltip, tooltipStyles } from '../internal/tooltip.js';
import { exchangeChartStyles } from './exchange-chart.styles.js';
import { fontFor, type Measure } from './layout/common.js';
import type { ChartFigure, FigureGroup } from './layout/figures.js';
import {
  chartGroups,
  describeMark,
  eventTable,
  figureTable,
  markDetails,
  summarize,
} from './model.js';
import { drawnScopeOf, VIEWS, viewOf, type ExchangeChartView, type ViewModel } from './registry.js';
import type { DrawnView, MarkInfo } from './views/draw.js';
import { renderKey } from './views/key.js';

export { groupBySide, selectFigures } from './model.js';
// The types of the element's API, importable from the element's own module (editors and the
// manifest's validator look for them here).
export type { Dataset } from '../data/schema.js';
export type { Theme } from '../internal/exchange-element.js';
export { ExchangeLoadEvent, ExchangeErrorEvent, type ExchangeLoadDetail, type ExchangeErrorDetail } from '../internal/events.js';

export type { ExchangeChartView } from './registry.js';

interface Model extends ViewModel {
  groups: FigureGroup[];
  figures: ChartFigure[];
}

// The width drawn before the element has been laid out (or when it has no width at all).
const FALLBACK_WIDTH = 600;

/**
 * Charts the figures of an exchange: living captives released, remains returned out of a known
 * total, detainees released. Every value is shown with its qualifier, date and source.
 *
 * @example
 * <exchange-chart src="gaza-exchange-2025-10-16.json" view="units"></exchange-chart>
 *
 * @tagname exchange-chart
 * @csspart chart - The drawing of the figures, with its key, summary and data table.
 * @csspart svg - The SVG drawing.
 * @csspart figure - One figure's mark (bar, block of units, row of marks).
 * @csspart label - A figure's label.
 * @csspart value - A figure's value with its qualifier.
 * @csspart bar - A bar's filled part.
 * @csspart group-label - The label of a side of the exchange.
 * @csspart line - A timeline's line.
 * @csspart key - The key of bars and units: what a square is, what a faded part means.
 * @csspart note - Under a figure: its "Updated …" mark, and each note pinned to it.
 * @csspart annotation - On the timeline: a dated note, its rule and label.
 * @csspart scale-note - Under a bar drawn on its own scale, the note that says so ("Own scale: full bar = 28").
 * @csspart summary - The text summary read by screen readers (visually hidden).
 * @csspart tooltip - The tooltip of the hovered or focused mark.
 * @csspart data - The "Show data" control and its table.
 * @csspart data-table - The table of figures.
 * @cssprop --exchange-chart-side-1-color - Marks of the first side of the exchange.
 * @cssprop --exchange-chart-side-2-color - Marks of the second side of the exchange.
 * @cssprop --exchange-chart-side-1-faded-color - The uncertain end of an approximate figure, first side.
 * @cssprop --exchange-chart-side-2-faded-color - The uncertain end of an approximate figure, second side.
 * @cssprop --exchange-chart-track-color - The track of a figure's total.
 * @cssprop --exchange-chart-track-stroke-color - The outline of the open marks of a total.
 * @cssprop --exchange-chart-grid-color - The timeline's grid lines.
 * @cssprop --exchange-chart-axis-text-color - The timeline's axis labels.
 * @cssprop --exchange-chart-reference-color - The timeline's total line.
 * @cssprop --exchange-chart-focus-color - The keyboard focus ring.
 * @cssprop --exchange-chart-transition - Duration of the marks' movement when data changes (default 400ms; none with reduced motion).
 */
export class ExchangeChart extends ExchangeElement {
  static override styles = [...ExchangeElement.styles, tooltipStyles, dataTableStyles, exchangeChartStyles];

  // Also the fonts of the chart's bold labels and axis (its plain labels' is warmed for every element).
  protected static override warmUps = [...WARM_UPS, fontWarmUp((family) => fontFor('strong', family)), fontWarmUp((family) => fontFor('axis', family))];

  static override properties: PropertyDeclarations = {
    view: { type: String, reflect: true },
    series: { type: String },
    timeDirection: { type: String, attribute: 'time-direction' },
  };

  /** `bars`, `units`, `progress` or `timeline`. */
  declare view: ExchangeChartView;
  /** Comma-separated figure ids to show, in order; all figures when empty. */
  declare series: string | undefined;
  /** In a right-to-left language the timeline runs right to left; `ltr` makes it run left to right. */
  declare timeDirection: 'ltr' | 'rtl' | undefined;
  protected readonly size = new SizeController(this);
  /** What the reader is doing: the mark holding the tab stop, the tooltip, the table and its page. */
  private readonly ui = new InteractionController(this, {
    count: () => this.drawn?.count ?? 0,
    reversed: () => this.drawn?.reversed ?? isRtl(this.resolvedLocale),
  });
  private drawn?: DrawnView;
  private memo?: { dataset: Dataset; key: string; model: Model };
  /** The text zoom the drawing was last drawn at (see textZoom()). */
  private zoom = 1;
  private scopeMemo?: { dataset: Dataset; key: string; scope: DrawnScope };
  /** Says which figures a refresh changed. */
  private readonly announcer = new ChangeAnnouncer(this);

  constructor() {
    super();
    this.view = 'bars';
  }

  /** The width the chart is drawn at: its own content width. */
  get drawWidth(): number {
    return this.size.width > 0 ? this.size.width : FALLBACK_WIDTH;
  }

  private measurer(): Measure {
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const width = textWidthOf(this);
    return (text, kind = 'label') => width(text, fontFor(kind, family));
  }

  // A timeline's series and layout ahead of the task that draws it, in steps (DataController
  // runs them in short tasks, after the ones that check the data): the render of 100,000
  // events then only draws them.
  protected override *prepare(dataset: Dataset): Generator<void> {
    if (!this.drawsSoon || viewOf(this.view) !== 'timeline') return;
    this.drawnScope(dataset);
    yield;
    yield* this.laidOut(dataset, this.resolvedLocale);
    yield;
  }

  /** The view, text zoom and width to draw at, and the model laid out for them (in steps: see model()). */
  private *laidOut(dataset: Dataset, locale: string): Generator<void, { view: ExchangeChartView; zoom: number; width: number; model: Model }> {
    const view = viewOf(this.view);
    const zoom = textZoom();
    // The width the layouts see, in the drawing's own units; at 16 px exactly the element's.
    const width = zoom === 1 ? this.drawWidth : Math.floor(this.drawWidth / zoom);
    return { view, zoom, width, model: yield* this.model(dataset, locale, view, width, isRtl(locale)) };
  }

  protected override renderBody(dataset: Dataset, locale: string): TemplateResult {
    const rtl = isRtl(locale);
    const { view, zoom, width, model } = finish(this.laidOut(dataset, locale));
    this.zoom = zoom;
    const { figures, series, layout } = model;
    this.noteChanges(dataset, figures, locale);

    const entry = VIEWS[view];
    const drawn = (this.drawn = entry.draw(layout, {
      active: this.ui.active,
      rtl,
      locale,
      describe: (mark: MarkInfo) => describeMark(markDetails(dataset, mark.figure.id, mark.event, locale), locale),
    }));
    const empty = entry.empty?.(figures, series);

    const scope = this.drawnScope(dataset);
    const heading = headingFor(dataset, scope).title;
    const title = resolveText(heading, locale, dataset.lang);
    // The table and the summary hold what is drawn: "7 of 28" alone in the progress view.
    const drawnIds = scope.figures;
    const drawnFigures = dataset.figures.filter((f) => drawnIds.includes(f.id));
    const summary = summarize(dataset, figures.filter((f) => drawnIds.includes(f.id)), locale, series);
    // Rows only while the table is open: a timeline may have 100,000 events.
    const { tipOpen, tableOpen, tablePage } = this.ui;
    const table = !tableOpen
      ? { columns: [], rows: rowsOf([]) }
      : series
        ? eventTable(dataset, series, locale)
        : figureTable(dataset, drawnFigures, locale);
    const active = drawn.mark(this.ui.active);
    const tip =
      tipOpen && active
        ? renderTooltip({
            id: 'tooltip',
            x: active.x * zoom,
            y: (active.box.y + active.box.height / 2) * zoom,
            containerWidth: width * zoom,
            containerHeight: drawn.height * zoom,
            // Clear of the mark's own label and value, which its tooltip is about.
            span: { top: active.box.y * zoom, bottom: (active.box.y + active.box.height) * zoom },
            room: this.roomAroundPlot(),
            content: this.tooltipContent(dataset, active, locale),
          })
        : nothing;

    return html`<div class="chart view-${view}" part="chart">
      <p id="summary" class="visually-hidden" part="summary" aria-hidden="true">${summary}</p>
      ${renderKey(entry.key?.(figures, locale) ?? [])}
      ${empty ? html`<p class="empty">${message(locale, empty)}</p>` : nothing}
      <div class="plot" @focusin=${this.ui.onFocusIn} @focusout=${this.ui.onFocusOut}>
        <svg
          part="svg"
          role="graphics-document"
          aria-labelledby="summary"
          width=${width * zoom}
          height=${Math.ceil(drawn.height * zoom)}
          viewBox=${`0 0 ${width} ${drawn.height}`}
          @keydown=${this.ui.onKeyDown}
          @pointerover=${this.ui.onPointerOver}
          @pointermove=${this.onPointerMove}
          @pointerleave=${this.ui.onPointerLeave}
        >
          ${drawn.defs ? svg`<defs>${drawn.defs}</defs>` : nothing}
          ${drawn.content}
        </svg>
        ${tip}
      </div>
      ${renderDataTable({
        id: 'data-panel',
        locale,
        open: tableOpen,
        onToggle: () => this.ui.set({ tableOpen: !tableOpen }),
        caption: localText(heading, locale, dataset.lang),
        columns: table.columns,
        rows: table.rows,
        page: tablePage,
        onPage: (page) => this.ui.set({ tablePage: page }),
        filename: (dataset.figures[0]?.id && title ? title : 'data').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'data',
      })}
      ${this.announcer.render()}
    </div>`;
  }

  /**
   * The element's height above and below the drawing, where a tooltip may lie over the title
   * or the footer and still be inside the element. Read from the last layout: hovering does
   * not move the drawing within the element.
   */
  private roomAroundPlot(): { above: number; below: number } | undefined {
    const plot = this.shadowRoot?.querySelector('.plot')?.getBoundingClientRect();
    if (!plot) return undefined;
    const host = this.getBoundingClientRect();
    return { above: plot.top - host.top, below: host.bottom - plot.bottom };
  }

  /**
   * The layout for what is drawn, kept while its inputs stay the same: hovering and focusing
   * redraw the marks' state, not the layout (which, for 100,000 events, takes a while, in
   * steps when the view lays out in steps).
   */
  private *model(dataset: Dataset, locale: string, view: ExchangeChartView, width: number, rtl: boolean): Generator<void, Model> {
    const key = [view, width, locale, this.series ?? '', this.timeDirection ?? '', getComputedStyle(this).fontFamily].join('|');
    if (this.memo && this.memo.dataset === dataset && this.memo.key === key) return this.memo.model;
    const groups = chartGroups(dataset, this.series, locale);
    const input = { dataset, groups, locale, width, rtl, measure: this.measurer(), series: this.series, timeDirection: this.timeDirection };
    const entry = VIEWS[view];
    const model = { groups, figures: groups.flatMap((g) => g.figures), ...(entry.layoutSteps ? yield* entry.layoutSteps(input) : entry.layout(input)) };
    this.memo = { dataset, key, model };
    return model;
  }

  /**
   * The figures this view draws of the selected ones (its registry entry's `scope`), for the
   * heading, notes and sources around it. Kept while the dataset, view and series stay the same.
   */
  protected override drawnScope(dataset: Dataset): DrawnScope {
    const view = viewOf(this.view);
    const key = `${view}|${this.series ?? ''}`;
    if (this.scopeMemo?.dataset === dataset && this.scopeMemo.key === key) return this.scopeMemo.scope;
    const scope = drawnScopeOf(dataset, view, this.series, this.resolvedLocale);
    this.scopeMemo = { dataset, key, scope };
    return scope;
  }

  /** Remembers the values drawn; when new data changes one, says so politely. */
  private noteChanges(dataset: Dataset, figures: ChartFigure[], locale: string): void {
    // The table back at its first page: set without a redraw, as this render shows it.
    if (this.announcer.note(dataset, () => figures.map((f) => ({ id: f.id, label: f.label, value: f.valueText })), locale)) this.ui.tablePage = 0;
  }

  private tooltipContent(dataset: Dataset, mark: MarkInfo, locale: string): TemplateResult {
    const event = mark.event !== undefined ? dataset.events?.[mark.event] : undefined;
    const { date, note, sources, updated, history } = markDetails(dataset, mark.figure.id, mark.event, locale);
    return html`<strong>${renderText({ text: mark.figure.label, lang: mark.figure.labelLang })}</strong>
      <span>${mark.value}${event ? html` (+${formatNumber(event.value, locale)})` : nothing}</span>
      <span class="muted">· ${date}</span>
      ${updated ? html`<span class="tip-history"><b>${updated}:</b> ${history}</span>` : nothing}
      ${note.text ? html`<span class="muted tip-note">${renderText(note)}</span>` : nothing}
      <span class="muted tip-sources">${message(locale, sources.length === 1 ? 'source' : 'sources')}: ${renderList(sources, locale, 'separator')}</span>`;
  }

  // On a timeline, anywhere over a panel shows the nearest dated event.
  private onPointerMove = (event: PointerEvent): void => {
    const area = event.target as SVGElement;
    const markAt = this.drawn?.markAt;
    if (!markAt || !area.classList?.contains('hover-area')) return;
    const box = area.ownerSVGElement!.getBoundingClientRect();
    const index = markAt(Number(area.getAttribute('data-panel')), (event.clientX - box.left) / this.zoom);
    if (index >= 0) this.ui.set({ active: index, tipOpen: true });
  };
}

defineElement('exchange-chart', ExchangeChart);

declare global {
  interface HTMLElementTagNameMap {
    'exchange-chart': ExchangeChart;
  }
}
