import { message } from '../data/messages.js';
import type { Dataset } from '../data/schema.js';
import { fontFor } from '../exchange-chart/layout/common.js';
import { figureUpdates } from '../internal/frame.js';
import { chartGroups, describeMark, markDetails, summarize } from '../exchange-chart/model.js';
import { drawnScopeOf, VIEWS, type ExchangeChartView } from '../exchange-chart/registry.js';
import type { MarkInfo } from '../exchange-chart/views/draw.js';
import type { Block, StaticBody } from './body.js';
import { staticTextWidth } from './measure.js';
import { templateToString } from './serialize.js';

export interface ChartBodyOptions {
  view: ExchangeChartView;
  series?: string;
  timeDirection?: 'ltr' | 'rtl';
  locale: string;
  rtl: boolean;
  /** The drawing's width in px: the element's content width. */
  width: number;
}

/**
 * <exchange-chart>'s drawing, key and summary as the element makes them (its registry's
 * layout and view, the same model), measured with the fixed font metrics.
 */
export function chartBody(dataset: Dataset, options: ChartBodyOptions): StaticBody {
  const { view, series, locale, rtl, width } = options;
  const entry = VIEWS[view];
  const groups = chartGroups(dataset, series, locale);
  const figures = groups.flatMap((g) => g.figures);
  const measure = (text: string, kind: Parameters<typeof fontFor>[0] = 'label') => staticTextWidth(text, fontFor(kind, 'sans-serif'));
  const model = entry.layout({ dataset, groups, locale, width, rtl, measure, series, timeDirection: options.timeDirection });
  const drawn = entry.draw(model.layout, {
    active: 0,
    rtl,
    locale,
    describe: (mark: MarkInfo) => describeMark(markDetails(dataset, mark.figure.id, mark.event, locale), locale),
  });
  const scope = drawnScopeOf(dataset, view, series, locale);
  const drawnFigures = figures.filter((f) => scope.figures.includes(f.id));
  const above: Block[] = [];
  const key = entry.key?.(figures, locale) ?? [];
  if (key.length) above.push({ kind: 'key', size: 10, entries: key.map((e) => ({ swatch: { kind: e.kind, side: e.figure.side }, text: e.text })) });
  const empty = entry.empty?.(figures, model.series);
  if (empty) above.push({ kind: 'text', text: message(locale, empty), muted: true });
  return {
    width,
    height: drawn.height,
    markup: `${drawn.defs ? `<defs>${templateToString(drawn.defs)}</defs>` : ''}${templateToString(drawn.content)}`,
    summary: summarize(dataset, drawnFigures, locale, model.series),
    key,
    scope,
    updates: figureUpdates(dataset, locale, scope),
    above,
    below: [],
  };
}
