import type { Dataset } from '../../src/data/schema.js';
import { timelineSeries } from '../../src/exchange-chart/model.js';

// What the builder offers: only the views a dataset can draw, and for the others, why not.

/** Why each view of <exchange-chart> (and the map) cannot draw this dataset; a view absent here can. */
export function unavailable(dataset: Dataset, series: string | undefined): Partial<Record<string, string>> {
  const reasons: Partial<Record<string, string>> = {};
  const ids = (series ?? '').trim() ? new Set(series!.split(',')) : undefined;
  const figures = dataset.figures.filter((f) => !ids || ids.has(f.id));
  if (!figures.length) {
    for (const view of ['bars', 'units', 'progress', 'timeline']) reasons[view] = 'no figure is chosen';
  }
  if (!figures.some((f) => f.total !== undefined && f.total > 0)) reasons.progress ??= 'no figure is part of a known total';
  if (!timelineSeries(dataset, series, 'en').length) reasons.timeline ??= 'no figure has dated events';
  if (!dataset.contributors?.countries.length) reasons['contributor-map'] = 'the dataset lists no contributors';
  return reasons;
}
