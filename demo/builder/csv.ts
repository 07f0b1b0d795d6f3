import { countryName } from '../../src/data/countries.js';
import { formatQuantity } from '../../src/data/format.js';
import type { Dataset, Figure } from '../../src/data/schema.js';
import { sourceById, sourceName } from '../../src/data/sources.js';
import { resolveText } from '../../src/data/text.js';
import { toCsv } from '../../src/internal/data-table.js';

// The data behind the chart as CSV for a spreadsheet: plain numbers in their own columns (so
// that they can be summed), the qualifier beside them (so that "nearly 2,000" is never read as
// exactly 2,000), the words as the chart shows them, and the sources and dates of every row.
// Column names are fixed English keys: a newsroom's scripts read them.

export interface CsvOptions {
  element: 'exchange-chart' | 'contributor-map';
  view?: string;
  /** Comma-separated figure ids, as the `series` attribute. */
  series?: string;
  locale: string;
}

const column = (label: string, numeric = false) => ({ label, numeric });

function selected(dataset: Dataset, series: string | undefined): Figure[] {
  const ids = (series ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length ? ids.flatMap((id) => dataset.figures.filter((f) => f.id === id)) : dataset.figures;
}

// Names as they are, without isolation marks: a spreadsheet cell is not read as bidi text.
function sourceCells(dataset: Dataset, ids: readonly string[], locale: string): [string, string] {
  return [
    ids.map((id) => sourceName(dataset, id, locale).text).join('; '),
    ids.map((id) => sourceById(dataset, id)?.url ?? '').filter(Boolean).join(' '),
  ];
}

const number = (n: number | undefined) => (n === undefined ? '' : String(n));

/** One row per figure shown: value, qualifier, total, unit, the value as worded, sources, date. */
export function figuresCsv(dataset: Dataset, series: string | undefined, locale: string): string {
  const text = (t: Parameters<typeof resolveText>[0]) => resolveText(t, locale, dataset.lang);
  const sides = new Map((dataset.sides ?? []).map((s) => [s.id, text(s.label)]));
  const rows = selected(dataset, series).map((f) => [
    f.id,
    text(f.label),
    (f.side && sides.get(f.side)) || f.side || '',
    number(f.value),
    f.qualifier,
    f.qualifier === 'approximate' ? (f.approximation ?? 'about') : '',
    number(f.total),
    text(f.unit),
    formatQuantity(f, locale, text(f.unit)),
    ...sourceCells(dataset, f.sources, locale),
    f.asOf ?? dataset.asOf,
    text(f.note),
  ]);
  const columns = ['id', 'label', 'side', 'value', 'qualifier', 'approximation', 'total', 'unit', 'as shown', 'sources', 'source urls', 'as of', 'note'];
  return toCsv(columns.map((c) => column(c, ['value', 'total'].includes(c))), rows);
}

/** One row per dated event of the figures shown, with its running total. */
export function eventsCsv(dataset: Dataset, series: string | undefined, locale: string): string {
  const text = (t: Parameters<typeof resolveText>[0]) => resolveText(t, locale, dataset.lang);
  const figures = new Map(selected(dataset, series).map((f) => [f.id, f]));
  const rows = (dataset.events ?? [])
    .filter((e) => figures.has(e.figure))
    .map((e) => {
      const figure = figures.get(e.figure)!;
      return [e.date, e.figure, text(figure.label), number(e.value), number(e.cumulative), number(figure.total), ...sourceCells(dataset, e.sources ?? [], locale), text(e.note)];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const columns = ['date', 'figure', 'label', 'value', 'cumulative', 'total', 'sources', 'source urls', 'note'];
  return toCsv(columns.map((c) => column(c)), rows);
}

/** One row per country named: status, figure with its qualifier, note, sources. */
export function contributorsCsv(dataset: Dataset, locale: string): string {
  const text = (t: Parameters<typeof resolveText>[0]) => resolveText(t, locale, dataset.lang);
  const rows = (dataset.contributors?.countries ?? []).map((c) => [
    c.country,
    countryName(c.country, locale),
    c.status,
    number(c.figure?.value),
    c.figure?.qualifier ?? '',
    c.figure?.qualifier === 'approximate' ? (c.figure.approximation ?? 'about') : '',
    text(c.figure?.unit),
    c.figure ? formatQuantity(c.figure, locale, text(c.figure.unit)) : '',
    text(c.note),
    ...sourceCells(dataset, c.sources, locale),
    dataset.asOf,
  ]);
  const columns = ['country', 'name', 'status', 'value', 'qualifier', 'approximation', 'unit', 'as shown', 'note', 'sources', 'source urls', 'as of'];
  return toCsv(columns.map((c) => column(c)), rows);
}

/** The CSV of what the chart shows: its figures, a timeline's events, or a map's countries. */
export function chartCsv(dataset: Dataset, options: CsvOptions): string {
  if (options.element === 'contributor-map') return contributorsCsv(dataset, options.locale);
  if (options.view === 'timeline' && dataset.events?.length) return eventsCsv(dataset, options.series, options.locale);
  // The progress view draws only the figures that are part of a known total.
  const drawn = options.view === 'progress' ? { ...dataset, figures: dataset.figures.filter((f) => f.total !== undefined && f.total > 0) } : dataset;
  return figuresCsv(drawn, options.series, options.locale);
}
