import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { formatDate, formatQuantity } from '../data/format.js';
import { message } from '../data/messages.js';
import type { Dataset, Figure } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { defineElement } from '../internal/define.js';
import { ExchangeElement } from '../internal/exchange-element.js';
import { exchangeChartStyles } from './exchange-chart.styles.js';

export type ExchangeChartView = 'bars' | 'units' | 'progress' | 'timeline';

/** The figures a `series` attribute asks for, in its order; all figures when it is empty. */
export function selectFigures(dataset: Dataset, series: string | undefined): Figure[] {
  const ids = (series ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!ids.length) return dataset.figures;
  return ids.flatMap((id) => dataset.figures.filter((f) => f.id === id));
}

/** Figures grouped by side of the exchange, in the order the dataset lists its sides. */
export function groupBySide(dataset: Dataset, figures: Figure[]): { side?: string; figures: Figure[] }[] {
  const sides = (dataset.sides ?? []).map((s) => s.id);
  const groups: { side?: string; figures: Figure[] }[] = sides.map((side) => ({ side, figures: figures.filter((f) => f.side === side) }));
  groups.push({ figures: figures.filter((f) => !f.side || !sides.includes(f.side)) });
  return groups.filter((group) => group.figures.length > 0);
}

/**
 * Charts the figures of an exchange: living captives released, remains returned out of a known
 * total, detainees released. Every value is shown with its qualifier, date and source.
 *
 * @example
 * <exchange-chart src="gaza-exchange-2025-10-16.json" view="bars"></exchange-chart>
 *
 * @tagname exchange-chart
 * @csspart chart - The drawing of the figures.
 * @csspart figure - One figure.
 * @csspart label - A figure's label.
 * @csspart value - A figure's value with its qualifier.
 */
export class ExchangeChart extends ExchangeElement {
  static override styles = [...ExchangeElement.styles, exchangeChartStyles];

  static override properties: PropertyDeclarations = {
    view: { type: String, reflect: true },
    series: { type: String },
  };

  /** `bars`, `units`, `progress` or `timeline`. */
  declare view: ExchangeChartView;
  /** Comma-separated figure ids to show, in order; all figures when empty. */
  declare series: string | undefined;

  constructor() {
    super();
    this.view = 'bars';
  }

  protected override renderBody(dataset: Dataset, locale: string): TemplateResult {
    const text = (t: Figure['label'] | undefined) => resolveText(t, locale, dataset.lang);
    const sides = new Map((dataset.sides ?? []).map((s) => [s.id, s]));
    const sourceName = (id: string) => text(dataset.sources.find((s) => s.id === id)?.name);
    const groups = groupBySide(dataset, selectFigures(dataset, this.series));
    return html`<div class="chart groups" part="chart">
      ${groups.map(
        (group) => html`<section class="group">
          ${group.side ? html`<h3 class="group-label">${text(sides.get(group.side)?.label)}</h3>` : ''}
          <ul class="figures">
            ${group.figures.map(
              (figure) => html`<li class="figure" part="figure" data-id=${figure.id}>
                <span class="label" part="label">${text(figure.label)}</span>
                <span class="value" part="value">${formatQuantity(figure, locale, text(figure.unit))}</span>
                <span class="figure-meta">
                  ${message(locale, figure.sources.length === 1 ? 'source' : 'sources')}:
                  ${figure.sources.map(sourceName).join('; ')} ·
                  ${message(locale, 'asOf', { date: formatDate(figure.asOf ?? dataset.asOf, locale) })}
                </span>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`;
  }
}

defineElement('exchange-chart', ExchangeChart);

declare global {
  interface HTMLElementTagNameMap {
    'exchange-chart': ExchangeChart;
  }
}
