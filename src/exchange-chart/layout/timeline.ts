import { bisector, max, min } from 'd3-array';
import { compareDates, dateTime } from '../../data/dates.js';
import { englishDate, isPlainEnglish } from '../../data/english.js';
import { linear, scaleLinear, scaleUtc, type TimeScale } from '../../internal/scale.js';
import { finish } from '../../internal/slices.js';
import { placeAnnotations } from './annotations.js';
import { alignAnchor, figureNotes, round, stackLines, TEXT, textBox, wrapText, type Measure, type TextLine } from './common.js';
import type { ChartFigure } from './figures.js';

/** A dated event of one figure: what was handed over that day, and the running total. */
export interface TimelineEvent {
  date: string;
  value: number;
  cumulative: number;
  /** Position in the dataset's `events`, to find its sources and note. */
  index: number;
}

export interface TimelineSeries {
  figure: ChartFigure;
  /** Its events in date order (for a series given `columns`, made when first read). */
  readonly events: readonly TimelineEvent[];
  /** The same events as columns, read instead of `events` where given: 100,000 events are laid out without an object each. */
  columns?: TimelineColumns;
}

/** A series' events in date order, as columns: the k-th event's position in the dataset's list, time (ms) and running total. */
export interface TimelineColumns {
  index: ArrayLike<number>;
  times: Float64Array;
  cumulative: Float64Array;
  /** The k-th event. */
  at(k: number): TimelineEvent;
}

/** A series' columns: its own, else made from its events (each date read once: a day's events share it). */
export function columnsOf(series: TimelineSeries): TimelineColumns {
  if (series.columns) return series.columns;
  const { events } = series;
  const n = events.length;
  const times = new Float64Array(n);
  const cumulative = new Float64Array(n);
  let date = '';
  let t = NaN;
  for (let k = 0; k < n; k++) {
    if (events[k].date !== date) t = time((date = events[k].date));
    times[k] = t;
    cumulative[k] = events[k].cumulative;
  }
  return { index: events.map((e) => e.index), times, cumulative, at: (k) => events[k] };
}

export interface TimelineOptions {
  width: number;
  /** The text direction of the chart. */
  rtl: boolean;
  /** Time runs right to left in a right-to-left chart, unless this says `ltr`. */
  timeDirection?: 'ltr' | 'rtl';
  measure: Measure;
  locale: string;
  /** Draw the line on to this date (the dataset's as-of date) after the last event. */
  end?: string;
  /** A count written in the locale. */
  formatNumber: (n: number) => string;
  /** The label of the total's reference line ("Total: 28"). */
  formatTotal: (n: number) => string;
  /** Above this many events, the line is drawn without a circle per event. */
  maxPoints?: number;
  /**
   * Dated notes, drawn as labelled rules at their dates, in the panels of the figures they
   * name (all when they name none). `said` is how a screen reader hears it, date first.
   */
  annotations?: TimelineAnnotationInput[];
}

export interface TimelineAnnotationInput {
  date: string;
  text: string;
  lang?: string;
  figures?: readonly string[];
  said: string;
}

/** A dated note in a panel: its rule from y1 down to y2, its label beside it (none when it is listed under the panel). */
export interface TimelineAnnotation {
  x: number;
  y1: number;
  y2: number;
  label: TextLine[];
  said: string;
}

export interface TimelinePoint extends TimelineEvent {
  time: number;
  x: number;
  y: number;
}

export interface TimelinePanel {
  figure: ChartFigure;
  label: TextLine[];
  value: TextLine;
  /** Top and bottom of the plotting area. */
  top: number;
  bottom: number;
  path: string;
  /**
   * The times (ms) of the dated events, in date order: a column rather than an object per
   * event, for 100,000 of them. Each is placed when read as a point.
   */
  times: Float64Array;
  /** The i-th event as a point. */
  point(i: number): TimelinePoint;
  /** Every event as a point, made when first read: a long timeline's drawing never reads it. */
  readonly points: TimelinePoint[];
  reference?: { y: number; x1: number; x2: number; label: TextLine };
  /** Under the value: "Updated …" and the undated notes pinned to the figure. */
  notes: TextLine[];
  /** Dated notes, in date order. */
  annotations: TimelineAnnotation[];
  /** Under the time axis: the dated notes that had no room beside their rules, with their dates. */
  below: TextLine[];
  yTicks: { y: number; label: TextLine }[];
  xTicks: { x: number; label: TextLine }[];
  box: { x: number; y: number; width: number; height: number };
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Whether time runs right to left. */
  reversed: boolean;
  /** Left and right ends of the time axis, in px. */
  x0: number;
  x1: number;
  /** The times (ms) at the start and end of the time axis. */
  t0: number;
  t1: number;
  /** Whether each event gets its own circle (false for very many events). */
  showPoints: boolean;
  panels: TimelinePanel[];
}

export const TIMELINE = Object.freeze({ plotNarrow: 150, plotWide: 190, narrowBelow: 480, panelGap: 26, headroom: 20, maxPoints: 500, tickGap: 10, bandGap: 6 });

/** A point's circle with its outline: what a rule stops short of. */
const POINT_RADIUS = 4.5;

const DAY = 86_400_000;
const time = dateTime;

/**
 * The events at `indices` (ascending) of a dataset's list in date order (the list's order
 * within a day) with running totals: reported, else summed. Read in place: no copy of each
 * event, and no sort when they are already in date order, as a long list usually is.
 */
export function cumulateAt(events: readonly { date: string; value: number; cumulative?: number }[], indices: number[]): TimelineEvent[] {
  let order = indices;
  for (let k = 1; k < indices.length; k++) {
    if (compareDates(events[indices[k - 1]].date, events[indices[k]].date) > 0) {
      order = [...indices].sort((a, b) => compareDates(events[a].date, events[b].date) || a - b);
      break;
    }
  }
  let sum = 0;
  return order.map((index) => {
    const e = events[index];
    sum = e.cumulative ?? sum + e.value;
    return { date: e.date, value: e.value, cumulative: sum, index };
  });
}

/** Finds the event nearest a date, among times in date order. */
const byTime = bisector<number, number>((t) => t);

/** A panel's points without a column of positions: times (in order) and counts, placed by xOf and yOf (monotonic) when asked. */
interface PointsAt {
  times: ArrayLike<number>;
  counts: ArrayLike<number>;
  xOf(t: number): number;
  yOf(c: number): number;
}

/**
 * Calls `visit` with each run of points that share a time (positions `from` to `to`, not
 * included, and their x), in order along the axis (x ascending, or descending when time runs
 * right to left), from x = `lo` to `hi`, give or take a pixel: the points near a label or a
 * rule, found by bisection among 100,000. Stops when `visit` returns true.
 */
function forEachNear(p: PointsAt, reversed: boolean, lo: number, hi: number, visit: (from: number, to: number, x: number) => boolean | void): void {
  const [from, to] = [lo - 1, hi + 1];
  const { times } = p;
  const n = times.length;
  // The first position inside, by bisection.
  let a = 0;
  let b = n;
  while (a < b) {
    const mid = (a + b) >>> 1;
    const x = p.xOf(times[mid]);
    if (reversed ? x > to : x < from) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < n; ) {
    const x = p.xOf(times[i]);
    if (reversed ? x < from : x > to) return;
    let j = i + 1;
    while (j < n && times[j] === times[i]) j++;
    if (visit(i, j, x)) return;
    i = j;
  }
}

/** The lowest and highest y of the points from..to (yOf is monotonic: those of their lowest and highest counts). */
function yRange(p: PointsAt, from: number, to: number): [number, number] {
  const { counts } = p;
  // (No destructuring in loops that run 100,000 times: unoptimised, each is an iterator.)
  let lo = counts[from];
  let hi = lo;
  for (let k = from + 1; k < to; k++) {
    const c = counts[k];
    if (c < lo) lo = c;
    else if (c > hi) hi = c;
  }
  const a = p.yOf(lo);
  const b = p.yOf(hi);
  return a < b ? [a, b] : [b, a];
}

/** Whether any point lies closer than `r` to a box (what a label along the reference line keeps clear of). */
export function anyNear(p: PointsAt, reversed: boolean, b: { x0: number; x1: number; y0: number; y1: number }, r: number): boolean {
  let found = false;
  const dy = (y: number) => Math.max(b.y0 - y, 0, y - b.y1);
  forEachNear(p, reversed, b.x0 - r, b.x1 + r, (from, to, x) => {
    const dx = Math.max(b.x0 - x, 0, x - b.x1);
    // A run wholly above or below the box: its nearest point is one of its ends.
    const ys = yRange(p, from, to);
    const ya = ys[0];
    const yb = ys[1];
    if (yb <= b.y0 || ya >= b.y1) {
      const d = yb <= b.y0 ? dy(yb) : dy(ya);
      return (found = dx * dx + d * d < r * r);
    }
    for (let k = from; k < to && !found; k++) {
      const d = dy(p.yOf(p.counts[k]));
      found = dx * dx + d * d < r * r;
    }
    return found;
  });
  return found;
}

/**
 * The point nearest to x (px) in a panel, numbered across all panels in reading order (the
 * marks' order), or -1 when the panel has none: what is under the pointer anywhere over it.
 */
export function pointAt(layout: TimelineLayout, panel: number, x: number): number {
  const { x0, x1, reversed, t0, t1, panels } = layout;
  const times = panels[panel]?.times;
  if (!times?.length) return -1;
  // From px back to time along the shared axis.
  const nearest = byTime.center(times, t0 + ((reversed ? x1 - x : x - x0) / (x1 - x0 || 1)) * (t1 - t0));
  let offset = 0;
  for (let i = 0; i < panel; i++) offset += panels[i].times.length;
  return offset + nearest;
}

/**
 * Dates along the time axis that fit without overlapping: as many as the width allows, each
 * written with its year when the year changes. The labels at either end are pulled inside.
 */
/**
 * The SVG path of a step-after line (d3-shape's line().curve(curveStepAfter): level until the
 * next point, then straight up or down) through the points (xOf(times[k]), yOf(counts[k])),
 * and on to x = `end` at the last one's height when given; xOf and yOf monotonic (scales,
 * rounded). Points less than half a pixel apart (many events on one pixel) are one vertical
 * stroke at the first one's x, through their lowest and highest counts to the last: the same
 * drawing to the eye, with a path of a few points per pixel rather than 200,000 for 100,000
 * events. xOf is worked out once per time and yOf a few times per pixel, not once per event.
 * (Written out because d3-shape's prebuilt module costs ~3 KB gzip; test/exchange-chart/layout/
 * step-path.test.ts holds it to the plain point-by-point form.)
 */
export function stepAfterSeries(times: ArrayLike<number>, counts: ArrayLike<number>, xOf: (t: number) => number, yOf: (c: number) => number, end?: number): string {
  const n = times.length;
  if (!n) return '';
  // Plain loops, no call per event: run once on a fresh page, a call costs more than the work.
  let lastT = times[0];
  let lastX = xOf(lastT);
  let y = yOf(counts[0]);
  let d = `M${lastX},${y}`;
  for (let i = 1; i <= n; ) {
    if (i === n && end === undefined) break;
    // A group of points within half a pixel of its first: its lowest and highest counts, and
    // its last (the end, past the last event, holds the last event's count).
    let x = end!;
    if (i < n) {
      if (times[i] !== lastT) lastX = xOf((lastT = times[i]));
      x = lastX;
    }
    let c = counts[i < n ? i : n - 1];
    let cLo = c;
    let cHi = c;
    for (i++; i < n; i++) {
      if (times[i] !== lastT) {
        const next = xOf(times[i]);
        if (Math.abs(next - x) >= 0.5) break;
        lastT = times[i];
        lastX = next;
      } else if (Math.abs(lastX - x) >= 0.5) break;
      c = counts[i];
      if (c < cLo) cLo = c;
      else if (c > cHi) cHi = c;
    }
    // The end joins a group that reached the last event, when within half a pixel of it.
    if (i === n && end !== undefined && Math.abs(end - x) < 0.5) i++;
    const a = yOf(cLo);
    const b = yOf(cHi);
    const last = yOf(c);
    const lo = Math.min(y, a, b);
    const hi = Math.max(y, a, b);
    d += `L${x},${y}`;
    if (lo < Math.min(y, last) || hi > Math.max(y, last)) d += `L${x},${lo}L${x},${hi}`;
    d += `L${x},${last}`;
    y = last;
  }
  return d;
}

/** How far from a point's centre text keeps: its circle, the focus ring around it, a gap. */
const POINT_CLEARANCE = 9 + 3;

/**
 * The total's label ("Total: 28"), written along its reference line where no point is: above
 * the line at the end of time, unless the count reached the total there (its last point sits
 * on the line, under the label), then below it, then at the start of time, above, below.
 */
function referenceLabel(
  text: string,
  ry: number,
  points: PointsAt,
  o: { left: number; right: number; reversed: boolean; rtl: boolean; measure: Measure },
  rules: readonly { x: number; y1: number; y2: number }[] = [],
): TextLine {
  const width = o.measure(text, 'axis');
  const endSide = o.reversed ? 'left' : 'right';
  const place = (side: 'left' | 'right', above: boolean): TextLine => ({
    text,
    x: side === 'left' ? o.left : o.right,
    y: above ? ry - TEXT.axis.line - 1 : ry + 2,
    anchor: alignAnchor(side, o.rtl),
    kind: 'axis',
    width,
  });
  const startSide = endSide === 'right' ? 'left' : 'right';
  const candidates = [place(endSide, true), place(endSide, false), place(startSide, true), place(startSide, false)];
  // Then along the line, from the end of time back, where an annotation's rule left no room at either end.
  for (let k = 1; k < 8 && rules.length; k++) {
    const step = ((o.right - o.left - width) * k) / 8;
    for (const above of [true, false]) {
      const line = place(endSide, above);
      const x0 = endSide === 'right' ? o.right - width - step : o.left + step;
      candidates.push({ ...line, x: line.anchor === alignAnchor('left', o.rtl) ? x0 : x0 + width });
    }
  }
  const clear = (line: TextLine) => {
    const b = textBox(line, o.rtl);
    // No annotation's rule runs through it.
    if (rules.some((r) => r.x >= b.x0 - 3 && r.x <= b.x1 + 3 && r.y2 >= b.y0 && r.y1 <= b.y1)) return false;
    return !anyNear(points, o.reversed, b, POINT_CLEARANCE);
  };
  return candidates.find(clear) ?? candidates[0];
}

/** An axis label's format: Intl's, or in plain English the same words without Intl (english.ts: no ICU start for an English timeline). */
function axisFormat(locale: string, options: Intl.DateTimeFormatOptions, english: 'medium' | 'day-month'): { format(date: Date): string } {
  const intl = () => new Intl.DateTimeFormat(locale, options);
  if (!isPlainEnglish(locale)) return intl();
  return { format: (date) => englishDate(date.getTime(), english) ?? intl().format(date) };
}

function timeTicks(x: TimeScale, options: TimelineOptions, y: number): { x: number; label: TextLine }[] {
  const { width, measure, locale, rtl } = options;
  const withYear = axisFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, 'medium');
  const dayMonth = axisFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }, 'day-month');
  for (let count = Math.max(2, Math.floor(width / 90)); count >= 1; count--) {
    const dates = x.ticks(count);
    let year = NaN;
    const ticks = dates.map((d) => {
      const text = (d.getUTCFullYear() !== year ? withYear : dayMonth).format(d);
      year = d.getUTCFullYear();
      const w = measure(text, 'axis');
      const px = x(d);
      // Centred under the tick, but never past the element's edges.
      const center = Math.max(w / 2, Math.min(width - w / 2, px));
      const label: TextLine = { text, x: round(center), y, anchor: 'middle', kind: 'axis', width: w };
      return { x: round(px), label };
    });
    const boxes = ticks.map((t) => textBox(t.label, rtl)).sort((a, b) => a.x0 - b.x0);
    if (boxes.every((b, i) => i === 0 || b.x0 >= boxes[i - 1].x1 + TIMELINE.tickGap)) return ticks;
  }
  return [];
}

/**
 * Running totals over time, one panel per figure, on one shared time axis: a step line
 * (the count holds until the next handover), a circle per dated event, and the total as a
 * reference line. Panels keep their own count axis, so 28 remains and 1,968 detainees are
 * each readable. Time runs right to left in Arabic or Hebrew unless asked otherwise.
 */
export function layoutTimeline(series: TimelineSeries[], options: TimelineOptions): TimelineLayout {
  return finish(layoutTimelineSteps(series, options));
}

/**
 * layoutTimeline() in steps: it pauses (yields) after each piece of work that grows with the
 * events (the counts' range, a panel's path, the room of its total's label), so that a caller
 * can spread 100,000 events over several short tasks.
 */
export function* layoutTimelineSteps(series: TimelineSeries[], options: TimelineOptions): Generator<void, TimelineLayout> {
  const { width, rtl, measure } = options;
  const reversed = rtl && options.timeDirection !== 'ltr';
  const withEvents = series.filter((s) => (s.columns?.times ?? s.events).length > 0);
  const columns = withEvents.map(columnsOf);
  const times = columns.map((c) => c.times);
  const notes = options.annotations ?? [];
  // A note dated before the first event (or after the last) widens the axis to show it.
  const noteTimes = withEvents.length ? notes.map((a) => time(a.date)) : [];
  // The events are in date order: their times' ends are the first and the last.
  let [t0, t1] = [
    min([min(times, (ts) => ts[0]), min(noteTimes)], (t) => t),
    max([max(times, (ts) => ts[ts.length - 1]), max(noteTimes)], (t) => t),
  ] as [number, number];
  if (t0 === undefined) t0 = t1 = options.end ? time(options.end) : 0;
  if (options.end) t1 = Math.max(t1, time(options.end));
  if (t1 - t0 < DAY) [t0, t1] = [t0 - DAY, t1 + DAY];
  const plotHeight = width < TIMELINE.narrowBelow ? TIMELINE.plotNarrow : TIMELINE.plotWide;
  const eventCount = times.reduce((n, ts) => n + ts.length, 0);
  const showPoints = eventCount <= (options.maxPoints ?? TIMELINE.maxPoints);

  // The count axis sits where time starts; its room is the widest count label of any panel.
  const yScales = withEvents.map((s, i) => {
    let top = s.figure.total ?? 0;
    const cs = columns[i].cumulative;
    for (let k = 0; k < cs.length; k++) if (cs[k] > top) top = cs[k];
    top ||= 1;
    return scaleLinear().domain([0, top]).nice(4);
  });
  const tickValues = yScales.map((y) => y.ticks(4).filter(Number.isInteger));
  const axisRoom = (max(tickValues.flat(), (v) => measure(options.formatNumber(v), 'axis')) ?? 0) + 8;
  const left = reversed ? 8 : axisRoom;
  const right = reversed ? width - axisRoom : width - 8;
  const x = scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .range(reversed ? [right, left] : [left, right]);
  const axisEdge = reversed ? right + 8 : left - 8;

  const panels: TimelinePanel[] = [];
  let yPos = 0;
  yield;
  for (let i = 0; i < withEvents.length; i++) {
    const s = withEvents[i];
    if (i > 0) yPos += TIMELINE.panelGap;
    const panelTop = yPos;
    const lines = wrapText(s.figure.label, width, measure);
    const label = stackLines(lines, yPos, { width, rtl, measure });
    yPos += lines.length * TEXT.label.line;
    const [value] = stackLines([s.figure.valueText], yPos, { width, rtl, measure, kind: 'strong' });
    yPos += TEXT.strong.line;
    const figureNotesAt = figureNotes(s.figure, yPos, { width, rtl, measure }, true);
    yPos = figureNotesAt.y;
    const dated = notes
      .filter((a) => !a.figures?.length || a.figures.includes(s.figure.id))
      .sort((a, b) => compareDates(a.date, b.date))
      .map((a) => ({ x: round(x(new Date(time(a.date)))), text: a.text, lang: a.lang, note: a }));
    const band = placeAnnotations(dated, { width, rtl, measure });
    if (band.height) yPos += TIMELINE.bandGap;
    const bandTop = yPos;
    yPos += band.height;
    const top = yPos + TIMELINE.headroom;
    const bottom = top + plotHeight;
    const y = yScales[i].range([bottom, top]);

    const { times: ts, cumulative: cs, at: eventAt } = columns[i];
    const n = ts.length;
    // Each point where it is needed, rather than a column of 100,000 positions: the path
    // needs a few per pixel, a label or rule the few beside it.
    const [xMap, yMap] = [linear(t0, t1, ...x.range()).map, linear(...y.domain(), ...y.range()).map];
    const xOf = (t: number) => round(xMap(t));
    const yOf = (c: number) => round(yMap(c));
    const near: PointsAt = { times: ts, counts: cs, xOf, yOf };
    const point = (k: number): TimelinePoint => {
      const e = eventAt(k);
      return { date: e.date, value: e.value, cumulative: cs[k], index: e.index, time: ts[k], x: xOf(ts[k]), y: yOf(cs[k]) };
    };
    let points: TimelinePoint[] | undefined;
    const path = stepAfterSeries(ts, cs, xOf, yOf, t1 > ts[n - 1] ? xOf(t1) : undefined);
    yield;

    const yTicks = tickValues[i].map((v) => {
      const ty = round(y(v));
      const text = options.formatNumber(v);
      const lineBox: TextLine = { text, x: axisEdge, y: ty - TEXT.axis.line / 2, anchor: alignAnchor(reversed ? 'left' : 'right', rtl), kind: 'axis', width: measure(text, 'axis') };
      return { y: ty, label: lineBox };
    });

    // Each rule from its label's top (or the plot's, when listed below) down to the line, stopping
    // short of any point in its way: it points at the count that held on its date.
    const annotations = dated.map((d): TimelineAnnotation => {
      const at = band.placed.find((p) => p.item === d);
      // The last point on or before the note's date (points are in time order).
      const k = byTime.right(ts, time(d.note.date)) - 1;
      let y2 = k >= 0 ? yOf(cs[k]) - 2 : bottom;
      forEachNear(near, reversed, d.x - POINT_RADIUS - 1.5, d.x + POINT_RADIUS + 1.5, (from, to, px) => {
        if (Math.abs(px - d.x) <= POINT_RADIUS + 1.5) y2 = Math.min(y2, yRange(near, from, to)[0] - POINT_RADIUS - 2);
      });
      const label = at ? at.lines.map((l) => ({ ...l, y: l.y + bandTop })) : [];
      return { x: d.x, y1: at ? at.box.y0 + bandTop : top, y2: Math.max(y2, at ? at.box.y0 + bandTop : top), label, said: d.note.said };
    });
    let reference: TimelinePanel['reference'];
    const total = s.figure.total;
    if (total !== undefined) {
      const ry = round(y(total));
      const text = options.formatTotal(total);
      reference = { y: ry, x1: left, x2: right, label: referenceLabel(text, ry, near, { left, right, reversed, rtl, measure }, annotations) };
      yield;
    }
    // Below the lowest count label, which straddles the baseline.
    const xTicks = timeTicks(x, options, bottom + 10);
    yPos = bottom + 10 + TEXT.axis.line;
    const below: TextLine[] = [];
    for (const item of band.unplaced) {
      const said = (item as (typeof dated)[number]).note.said;
      const lines = wrapText(said, width, measure, 'axis');
      below.push(...stackLines(lines, yPos + 4, { width, rtl, measure, kind: 'axis' }).map((l) => ({ ...l, note: 'pinned' as const })));
      yPos += 4 + lines.length * TEXT.axis.line;
    }
    panels.push({
      figure: s.figure,
      label,
      value,
      top,
      bottom,
      path,
      times: ts,
      point,
      get points() {
        return (points ??= Array.from(ts, (_, k) => point(k)));
      },
      reference,
      yTicks,
      xTicks,
      notes: figureNotesAt.lines,
      annotations,
      below,
      box: { x: 0, y: panelTop, width, height: yPos - panelTop },
    });
  }
  return { width, height: Math.ceil(yPos + 2), reversed, x0: left, x1: right, t0, t1, showPoints, panels };
}
