import { max, min } from 'd3-array';
import { formatDate, formatNumber, formatQuantity, isApproximate } from '../data/format.js';
import { message } from '../data/messages.js';
import type { Dataset, ExchangeEvent, Figure } from '../data/schema.js';
import { joinList } from '../data/list.js';
import { historyText, updatedText } from '../data/revisions.js';
import { sourceName } from '../data/sources.js';
import { localText, resolveText, type LocalText } from '../data/text.js';
import { rowsOf, type DataColumn, type RowSource } from '../internal/data-table.js';
import type { ChartFigure, FigureGroup } from './layout/figures.js';
import { columnsOf, cumulateAt, type TimelineAnnotationInput, type TimelineEvent, type TimelineSeries } from './layout/timeline.js';
import { eventFacts, type EventFacts } from '../data/common-shape.js';

// From a dataset to what the layouts draw, in the reader's language. Pure: no DOM.

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

/** A figure's value as read: with its qualifier, total and unit ("nearly 2,000"). */
export function valueText(dataset: Dataset, figure: Figure, locale: string): string {
  return formatQuantity(figure, locale, resolveText(figure.unit, locale, dataset.lang));
}

export function toChartFigure(dataset: Dataset, figure: Figure, locale: string): ChartFigure {
  const sides = (dataset.sides ?? []).map((s) => s.id);
  const label = localText(figure.label, locale, dataset.lang);
  return {
    id: figure.id,
    label: label.text,
    labelLang: label.lang,
    valueText: valueText(dataset, figure, locale),
    value: figure.value,
    total: figure.total,
    approximate: isApproximate(figure),
    // The second side takes the second colour; everything else the first.
    side: figure.side && sides.indexOf(figure.side) === 1 ? 1 : 0,
    updated: updatedText(dataset, figure, locale),
    pinned: (dataset.annotations ?? [])
      .filter((a) => a.figures?.includes(figure.id))
      .map((a) => {
        const note = localText(a.text, locale, dataset.lang);
        // The date isolated: written in the reader's language, it keeps its order beside a text in another.
        return { ...note, text: a.date ? message(locale, 'dated', { date: `\u2068${formatDate(a.date, locale, 'medium')}\u2069`, text: note.text }) : note.text, dated: !!a.date };
      }),
  };
}

/** The dated annotations, for the timeline: each drawn at its date, heard with it. */
export function timelineAnnotations(dataset: Dataset, locale: string): TimelineAnnotationInput[] {
  return (dataset.annotations ?? []).flatMap((a) => {
    if (!a.date) return [];
    const note = localText(a.text, locale, dataset.lang);
    return [{ date: a.date, text: note.text, lang: note.lang, figures: a.figures, said: message(locale, 'dated', { date: formatDate(a.date, locale), text: note.text }) }];
  });
}

/** The selected figures in groups by side, labelled with the sides' names. */
export function chartGroups(dataset: Dataset, series: string | undefined, locale: string): FigureGroup[] {
  const sides = new Map((dataset.sides ?? []).map((s) => [s.id, s]));
  return groupBySide(dataset, selectFigures(dataset, series)).map((group) => {
    const label = group.side ? localText(sides.get(group.side)?.label, locale, dataset.lang) : undefined;
    return { label: label?.text, labelLang: label?.lang, figures: group.figures.map((f) => toChartFigure(dataset, f, locale)) };
  });
}

/**
 * The selected figures that have dated events, each with its running totals. Without a
 * `series`, figures reported on a single date are left out when others change over time: a
 * line with one point says nothing a bar does not.
 */
export function timelineSeries(dataset: Dataset, series: string | undefined, locale: string): TimelineSeries[] {
  // Remembered per dataset: the chart's scope and its drawing both need it, and 100,000 events
  // are worth reading once. What comes out is shared, and never changed.
  let byKey = seriesMemo.get(dataset);
  if (!byKey) seriesMemo.set(dataset, (byKey = new Map()));
  const key = `${series ?? ''}\u0000${locale}`;
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = computeSeries(dataset, series, locale)));
  return out;
}

const seriesMemo = new WeakMap<Dataset, Map<string, TimelineSeries[]>>();

function computeSeries(dataset: Dataset, series: string | undefined, locale: string): TimelineSeries[] {
  // Each figure's events by their positions, in one pass, and no more per event than a running
  // total needs: a timeline may hold 100,000 events.
  const events = dataset.events ?? [];
  const facts = eventFacts(events);
  const byFigure = new Map<string, number[]>();
  // A list in date order of one figure's events is that figure's series: no id read again.
  const only = facts?.ordered && facts.sums.size === 1;
  if (!only) {
    for (let i = 0; i < events.length; i++) {
      const id = events[i].figure;
      let list = byFigure.get(id);
      if (!list) byFigure.set(id, (list = []));
      list.push(i);
    }
  }
  const seriesOf = (figure: Figure): TimelineSeries | undefined => {
    const id = figure.id;
    if (facts?.ordered) {
      if (only ? !facts.sums.has(id) : !byFigure.has(id)) return undefined;
      return columnSeries(toChartFigure(dataset, figure, locale), events, facts, only ? undefined : byFigure.get(id)!);
    }
    const indices = byFigure.get(id);
    return indices && { figure: toChartFigure(dataset, figure, locale), events: cumulateAt(events, indices) };
  };
  const all = selectFigures(dataset, series).flatMap((figure) => seriesOf(figure) ?? []);
  if ((series ?? '').trim()) return all;
  // (In date order: a series spans more than a day when its ends differ.)
  const changing = all.filter((s) => {
    const { times } = columnsOf(s);
    return times[0] !== times[times.length - 1];
  });
  return changing.length ? changing : all;
}

/**
 * The series of the events at `indices` (all of them when undefined) of a list in date order,
 * as columns read from what its check learnt (common-shape.ts): each event is made only when read.
 */
function columnSeries(figure: ChartFigure, events: readonly ExchangeEvent[], facts: EventFacts, indices: number[] | undefined): TimelineSeries {
  const index = indices ? Int32Array.from(indices) : new Int32Array(events.length);
  if (!indices) for (let i = 0; i < index.length; i++) index[i] = i;
  const times = indices ? Float64Array.from(indices, (i) => facts.times[i]) : facts.times;
  const cumulative = indices ? Float64Array.from(indices, (i) => facts.running[i]) : facts.running;
  const at = (k: number): TimelineEvent => {
    const e = events[index[k]];
    return { date: e.date, value: e.value, cumulative: cumulative[k], index: index[k] };
  };
  let made: TimelineEvent[] | undefined;
  return {
    figure,
    columns: { index, times, cumulative, at },
    get events() {
      return (made ??= Array.from(index, (_, k) => at(k)));
    },
  };
}

/** "Living captives released: 20", the name a mark is read by. */
export function markName(figure: ChartFigure): string {
  return `${figure.label}: ${figure.valueText}`;
}

/**
 * One or two sentences a screen reader reads for the chart, right after its title (so they do
 * not repeat it): every figure drawn, with its qualifier, and for a timeline the dates covered.
 * A timeline passes only the figures it draws. The dataset's `description` replaces it.
 */
export function summarize(dataset: Dataset, figures: ChartFigure[], locale: string, timeline?: TimelineSeries[]): string {
  if (dataset.description) return resolveText(dataset.description, locale, dataset.lang);
  // Each figure isolated: the list word ("و") must not stick to an English label.
  let text = figures.length ? `${joinList(figures.map(markName), locale)}.` : '';
  // Each series is in date order: its first and last events are its ends. (YYYY-MM-DD texts
  // are in the order of their days: see compareDates.)
  const from = min(timeline ?? [], (s) => (s.columns ? s.columns.at(0) : s.events[0])?.date);
  const to = max(timeline ?? [], (s) => (s.columns ? s.columns.at(s.columns.times.length - 1) : s.events[s.events.length - 1])?.date);
  if (from !== undefined && to !== undefined) {
    text += ` ${message(locale, 'summaryPeriod', { from: formatDate(from, locale), to: formatDate(to, locale) })}`;
  }
  return text.trim();
}

/** What a mark's tooltip tells beyond its name: its date, note and sources, in the reader's words. */
export interface MarkDetails {
  /** "As of 16 Oct 2025" for a figure, the date alone for a dated event. */
  date: string;
  note: LocalText;
  /** The sources' names, each in its own language. */
  sources: LocalText[];
  /** For a figure that changed: "Updated …", its history (the first state and the last few), and the notes pinned to it. */
  updated?: string;
  history?: string;
  pinned?: string[];
}

/** States a tooltip shows of a long history: the first, "…", the last three. */
const TIP_STATES = 4;

/** The date, note and sources of a figure, or of one of its dated events. */
export function markDetails(dataset: Dataset, figureId: string, eventIndex: number | undefined, locale: string): MarkDetails {
  const figure = dataset.figures.find((f) => f.id === figureId);
  const event = eventIndex !== undefined ? dataset.events?.[eventIndex] : undefined;
  const ids = event?.sources ?? figure?.sources ?? [];
  const date = event?.date ?? figure?.asOf ?? dataset.asOf;
  const own = !event && figure ? toChartFigure(dataset, figure, locale) : undefined;
  return {
    date: event ? formatDate(date, locale) : message(locale, 'asOf', { date: formatDate(date, locale) }),
    note: localText(event ? event.note : figure?.note, locale, dataset.lang),
    sources: sourceNames(dataset, ids, locale),
    updated: own?.updated,
    history: own?.updated ? historyText(dataset, figure!, locale, TIP_STATES) : undefined,
    pinned: own?.pinned?.map((p) => p.text),
  };
}

/** A mark's details as one description, read after its name: "As of 16 Oct 2025. Source: A." */
export function describeMark(details: MarkDetails, locale: string): string {
  const names = details.sources.map((s) => s.text);
  const sources = names.length ? `${message(locale, names.length === 1 ? 'source' : 'sources')}: ${joinList(names, locale, 'separator')}` : '';
  return [details.updated, details.history, details.date, details.note.text, ...(details.pinned ?? []), sources].filter((t): t is string => !!t).map((t) => (/[.!?。؟]$/.test(t) ? t : `${t}.`)).join(' ');
}

const sourceNames = (dataset: Dataset, ids: string[], locale: string): LocalText[] => ids.map((id) => sourceName(dataset, id, locale));

/** The "Show data" table of figures: value with qualifier, total, qualifier, sources, date. */
export function figureTable(dataset: Dataset, figures: Figure[], locale: string): { columns: DataColumn[]; rows: RowSource } {
  const m = (key: Parameters<typeof message>[1]) => message(locale, key);
  const text = (t: Figure['label'] | undefined) => localText(t, locale, dataset.lang);
  const sides = new Map((dataset.sides ?? []).map((s) => [s.id, text(s.label)]));
  // Every state of a figure that changed, in a column of its own, only when one has.
  const history = figures.some((f) => f.revisions?.length);
  return {
    columns: [
      { label: m('colFigure') },
      { label: m('colSide') },
      { label: m('colValue'), numeric: true },
      { label: m('colTotal'), numeric: true },
      { label: m('colQualifier') },
      { label: m('sources') },
      { label: m('colDate') },
      ...(history ? [{ label: m('colHistory'), wide: true }] : []),
    ],
    rows: rowsOf(figures.map((f) => [
      text(f.label),
      (f.side && sides.get(f.side)) || '',
      // The value as the source words it, never a bare number for an approximate figure.
      formatQuantity({ ...f, total: undefined }, locale, resolveText(f.unit, locale, dataset.lang)),
      f.total !== undefined ? formatNumber(f.total, locale) : '',
      m(`qualifier.${f.qualifier}`),
      sourceNames(dataset, f.sources, locale),
      formatDate(f.asOf ?? dataset.asOf, locale, 'medium'),
      ...(history ? [historyText(dataset, f, locale)] : []),
    ])),
  };
}

/** The "Show data" table of a timeline: one row per dated event. */
export function eventTable(dataset: Dataset, series: TimelineSeries[], locale: string): { columns: DataColumn[]; rows: RowSource } {
  const m = (key: Parameters<typeof message>[1]) => message(locale, key);
  const events = dataset.events ?? [];
  // Each row's series and event, in order; the words are made only for the rows shown.
  const refs = series.flatMap((s) => s.events.map((e) => [s, e] as const));
  return {
    columns: [
      { label: m('colDate') },
      { label: m('colFigure') },
      { label: m('colOnDate'), numeric: true },
      { label: m('colCumulative'), numeric: true },
      { label: m('sources') },
      { label: m('colNote') },
    ],
    rows: {
      count: refs.length,
      slice: (start, end) =>
        refs.slice(start, end).map(([s, e]) => [
          formatDate(e.date, locale, 'medium'),
          { text: s.figure.label, lang: s.figure.labelLang },
          formatNumber(e.value, locale),
          s.figure.total !== undefined
            ? message(locale, 'ofTotal', { n: formatNumber(e.cumulative, locale), total: formatNumber(s.figure.total, locale) })
            : formatNumber(e.cumulative, locale),
          sourceNames(dataset, events[e.index].sources, locale),
          localText(events[e.index].note, locale, dataset.lang),
        ]),
    },
  };
}
