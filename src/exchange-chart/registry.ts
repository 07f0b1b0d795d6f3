import { formatNumber } from '../data/format.js';
import { message, type MessageKey } from '../data/messages.js';
import type { Dataset, Figure } from '../data/schema.js';
import type { DrawnScope } from '../data/scope.js';
import type { Measure } from './layout/common.js';
import { layoutBars } from './layout/bars.js';
import type { ChartFigure, FigureGroup } from './layout/figures.js';
import { hasTotal, layoutProgress } from './layout/progress.js';
import { columnsOf, layoutTimelineSteps, type TimelineLayout, type TimelineSeries } from './layout/timeline.js';
import { finish } from '../internal/slices.js';
import { layoutUnits } from './layout/units.js';
import { selectFigures, timelineAnnotations, timelineSeries } from './model.js';
import { drawBars } from './views/bars.js';
import type { DrawContext, DrawnView } from './views/draw.js';
import { keyEntries, type KeyEntry } from './views/key.js';
import { drawProgress } from './views/progress.js';
import { drawTimeline } from './views/timeline.js';
import { drawUnits } from './views/units.js';

/** What a view is laid out from: the selected figures by side, and the element's settings. */
export interface ViewInput {
  dataset: Dataset;
  groups: FigureGroup[];
  locale: string;
  width: number;
  rtl: boolean;
  measure: Measure;
  /** The element's `series` attribute. */
  series?: string;
  timeDirection?: 'ltr' | 'rtl';
}

/** A view laid out: its layout, and for a timeline the dated series it draws. */
export interface ViewModel<L = unknown> {
  layout: L;
  series?: TimelineSeries[];
}

/** One view: how it is laid out, drawn, keyed, and what it says when it has nothing to draw. */
export interface View<L = unknown> {
  layout(input: ViewInput): ViewModel<L>;
  /** layout() in steps, for a view whose layout grows with the data (see slices.ts). */
  layoutSteps?(input: ViewInput): Generator<void, ViewModel<L>>;
  draw(layout: L, context: DrawContext & { locale: string }): DrawnView;
  /** The sentence shown instead of an empty drawing, if this one is. */
  empty?(figures: ChartFigure[], series: TimelineSeries[] | undefined): MessageKey | undefined;
  /** The key above the drawing: only what it draws needs explaining. */
  key?(figures: ChartFigure[], locale: string): KeyEntry[];
  /**
   * Which of the selected figures it draws, and which sources those marks cite, when not all
   * of them and all of theirs: what the heading, notes and sources around it speak of.
   */
  scope?(dataset: Dataset, selected: Figure[], series: string | undefined, locale: string): { figures: Figure[]; cites?: string[] };
}

// Checks each entry against its own layout type; the registry holds them erased.
const view = <L>(v: View<L>) => v as View;

/** The views of <exchange-chart>. */
export type ExchangeChartView = 'bars' | 'units' | 'progress' | 'timeline';

/** Each view of <exchange-chart> by name: everything the element knows of it. */
export const VIEWS: Record<ExchangeChartView, View> = {
  bars: view({
    layout: (input) => ({
      layout: layoutBars(input.groups, { ...input, ownScale: (n) => message(input.locale, 'ownScale', { n: formatNumber(n, input.locale) }) }),
    }),
    draw: drawBars,
    key: (figures, locale) => keyEntries(figures, locale, false),
  }),
  units: view({
    layout: (input) => ({ layout: layoutUnits(input.groups, input) }),
    draw: drawUnits,
    key: (figures, locale) => keyEntries(figures, locale, true),
  }),
  progress: view({
    layout: (input) => ({ layout: layoutProgress(input.groups, input) }),
    draw: drawProgress,
    empty: (figures) => (figures.some(hasTotal) ? undefined : 'noTotals'),
    // Those with a total.
    scope: (_, selected) => ({ figures: selected.filter((f) => f.total !== undefined && f.total > 0) }),
  }),
  timeline: view({
    layout: (input) => finish(VIEWS.timeline.layoutSteps!(input)) as ViewModel<TimelineLayout>,
    *layoutSteps(input) {
      const { dataset, locale } = input;
      const series = timelineSeries(dataset, input.series, locale);
      const layout = yield* layoutTimelineSteps(series, {
        ...input,
        end: dataset.asOf,
        formatNumber: (n) => formatNumber(n, locale),
        formatTotal: (n) => message(locale, 'total', { n: formatNumber(n, locale) }),
        annotations: timelineAnnotations(dataset, locale),
      });
      return { layout, series };
    },
    draw: (layout, context) =>
      drawTimeline(layout, {
        ...context,
        pointValue: (n, total) =>
          total === undefined
            ? formatNumber(n, context.locale)
            : message(context.locale, 'ofTotal', { n: formatNumber(n, context.locale), total: formatNumber(total, context.locale) }),
      }),
    empty: (_, series) => (series!.length ? undefined : 'noEvents'),
    // Those with dated events, and the sources of those events.
    scope: (dataset, _, ids, locale) => {
      const drawn = timelineSeries(dataset, ids, locale);
      const cited = new Set<string>();
      const events = dataset.events!;
      // Neighbours mostly cite the same sources (often the very list: see common-shape.ts):
      // each added once it differs from the one before.
      let last: string | undefined;
      let lastIds: readonly string[] | undefined;
      for (const s of drawn) {
        const { index } = columnsOf(s);
        for (let j = 0; j < index.length; j++) {
          const ids = events[index[j]].sources;
          if (ids === lastIds) continue;
          lastIds = ids;
          for (let k = 0; k < ids.length; k++) if (ids[k] !== last) cited.add((last = ids[k]));
        }
      }
      return { figures: drawn.map((s) => dataset.figures.find((f) => f.id === s.figure.id)!), cites: [...cited] };
    },
  }),
};

// An unknown view falls back to the default rather than drawing nothing.
export const viewOf = (value: unknown): ExchangeChartView => (Object.hasOwn(VIEWS, value as string) ? (value as ExchangeChartView) : 'bars');

/**
 * The figures a view draws of the selected ones (its entry's `scope`), for the heading, notes,
 * sources and updates around it: the element's and the static renderer's.
 */
export function drawnScopeOf(dataset: Dataset, view: ExchangeChartView, series: string | undefined, locale: string): DrawnScope {
  const selected = selectFigures(dataset, series);
  const { figures, cites } = VIEWS[view].scope?.(dataset, selected, series, locale) ?? { figures: selected };
  return { element: 'exchange-chart', view, figures: figures.map((f) => f.id), cites };
}
