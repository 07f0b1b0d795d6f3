import { max } from 'd3-array';
import { scaleLinear } from '../../internal/scale.js';
import { figureNotes, groupHeading, mirrorRect, round, stackLines, TEXT, wrapText, type Measure, type TextLine } from './common.js';
import type { ChartFigure, FigureGroup } from './figures.js';

export interface BarsOptions {
  width: number;
  rtl: boolean;
  measure: Measure;
  /**
   * The note under a bar drawn on its own scale, in the reader's language, given the number
   * the whole bar stands for ("Own scale: the whole bar is 28").
   */
  ownScale: (whole: number) => string;
}

export interface Span {
  x: number;
  width: number;
}

export interface BarMark {
  figure: ChartFigure;
  /** Top of the bar. */
  y: number;
  height: number;
  /** The filled part, solid. */
  bar: Span;
  /** The uncertain end of an approximate value, drawn faded; width 0 when exact. */
  fade: Span;
  /** The whole of a known total, drawn as an outlined track behind the bar. */
  track?: Span;
  label: TextLine[];
  /** The value with its qualifier, on as many lines as it needs. */
  value: TextLine[];
  /** When the bar is not on the scale the others share: what its whole stands for, said under it. */
  scale?: { whole: number; note: TextLine[] };
  /** Under it all: "Updated …" and the notes pinned to the figure. */
  notes: TextLine[];
  /** The area that answers to pointer and focus: label, bar, value and note. */
  box: { x: number; y: number; width: number; height: number };
}

export interface BarsLayout {
  width: number;
  height: number;
  groups: { label: TextLine[]; y: number; lang?: string }[];
  marks: BarMark[];
  /** Where the value labels sit: after the bar, or above it (at the end of the label's line, or under the label). */
  valuePlacement: 'beside' | 'above';
}

export const BAR = Object.freeze({
  height: 20,
  labelGap: 4,
  rowGap: 14,
  groupGap: 18,
  valueGap: 6,
  noteGap: 3,
  /** No mark above zero is drawn thinner than this (DESK: readable at 280 px). */
  minMark: 2,
  /** Nor the whole of a total narrower than this: the part and the whole must both be seen. */
  minWhole: 40,
  /** Above this share of the width, a value leaves the label's line for lines of its own. */
  maxValueShare: 0.4,
});

/**
 * The figures that cannot share one scale `plotWidth` px long and stay readable: a total
 * whose whole would be under 40 px ("7 of 28" beside "nearly 2,000"), a value under 2 px.
 * Those are drawn on their own scale; the others stay in true proportion to each other.
 */
export function ownScaleFigures(figures: ChartFigure[], plotWidth: number): Set<ChartFigure> {
  const own = new Set<ChartFigure>();
  // Each pass takes out the figures that fail; a smaller shared maximum may then let others fit.
  for (let pass = 0; pass <= figures.length; pass++) {
    const shared = figures.filter((f) => !own.has(f));
    const top = max(shared, (f) => Math.max(f.value, f.total ?? 0)) || 1;
    const px = (v: number) => (v / top) * plotWidth;
    const failing = shared.filter((f) => (f.total !== undefined && px(f.total) < BAR.minWhole) || (f.value > 0 && px(f.value) < BAR.minMark));
    if (!failing.length) break;
    failing.forEach((f) => own.add(f));
  }
  // A lone figure left on the "shared" scale shares it with nobody: say its scale too.
  const rest = figures.filter((f) => !own.has(f));
  if (own.size && rest.length === 1) own.add(rest[0]);
  return own;
}

/**
 * One horizontal bar per figure, grouped by side. Figures are drawn on one scale, so that 20
 * beside nearly 2,000 looks as small as it is, as long as every mark stays readable; a figure
 * that would not (the whole of "7 of 28" at a few px) is drawn on its own scale, against its
 * total, and a note under it says so. The value is written after the bar; when the widest
 * value would take more than 45% of the width, or the values beside would push a mark off the
 * shared scale, it moves above the bar: to the end of the label's line, or under the label on
 * lines of its own when it is long.
 *
 * @example
 * layoutBars([{ figures }], { width: 600, rtl: false, measure, ownScale: (n) => `Own scale: full bar = ${n}` }).height
 */
export function layoutBars(groups: FigureGroup[], options: BarsOptions): BarsLayout {
  const { width, rtl, measure, ownScale } = options;
  const figures = groups.flatMap((g) => g.figures);
  const widest = max(figures, (f) => measure(f.valueText, 'strong')) ?? 0;
  const besideWidth = Math.max(1, width - widest - BAR.valueGap - 2);
  let beside = widest + BAR.valueGap + 2 <= width * 0.45;
  let own = ownScaleFigures(figures, beside ? besideWidth : width);
  if (beside && own.size) {
    // The full width may keep more figures on the shared scale.
    const above = ownScaleFigures(figures, width);
    if (above.size < own.size) [beside, own] = [false, above];
  }
  const plotWidth = beside ? besideWidth : width;
  const shared = figures.filter((f) => !own.has(f));
  const x = scaleLinear()
    .domain([0, max(shared, (f) => Math.max(f.value, f.total ?? 0)) || 1])
    .range([0, plotWidth]);

  const marks: BarMark[] = [];
  const heads: BarsLayout['groups'] = [];
  let y = 0;
  groups.forEach((group, g) => {
    if (g > 0) y += BAR.groupGap;
    if (group.label) {
      const heading = groupHeading(group.label, y, { width, rtl, measure });
      heads.push({ y, label: heading.label, lang: group.labelLang });
      y = heading.y;
    }
    group.figures.forEach((figure, i) => {
      if (i > 0) y += BAR.rowGap;
      const top = y;
      const valueWidth = measure(figure.valueText, 'strong');
      // Above the bar, a short value ends the label's first line; a long one gets lines of its own.
      const onLabelLine = !beside && valueWidth <= width * BAR.maxValueShare;
      const labelRoom = onLabelLine ? Math.max(1, width - valueWidth - 12) : width;
      const lines = wrapText(figure.label, labelRoom, measure);
      const label = stackLines(lines, y, { width, rtl, measure });
      y += lines.length * TEXT.label.line;
      let value: TextLine[] = [];
      if (onLabelLine) value = [{ text: figure.valueText, x: rtl ? 0 : width, y: top, anchor: 'end', kind: 'strong', width: valueWidth }];
      else if (!beside) {
        value = stackLines(wrapText(figure.valueText, width, measure, 'strong'), y, { width, rtl, measure, kind: 'strong' });
        y += value.length * TEXT.strong.line;
      }
      y += BAR.labelGap;

      // On its own scale, a bar's whole is its total, or its value when it has none.
      const whole = own.has(figure) ? (figure.total ?? figure.value) : undefined;
      const scale = whole !== undefined ? (v: number) => (whole > 0 ? (v / whole) * plotWidth : 0) : x;
      // A value above zero stays visible, however small beside the others.
      const filled = figure.value > 0 ? Math.max(BAR.minMark, scale(figure.value)) : 0;
      const fade = figure.approximate && filled > 0 ? Math.min(filled, Math.max(3, Math.min(filled * 0.12, 36))) : 0;
      const trackWidth = figure.total !== undefined ? Math.max(filled, scale(figure.total)) : 0;
      const extent = Math.max(filled, trackWidth);
      const span = (from: number, w: number): Span => ({ x: round(mirrorRect(from, w, width, rtl)), width: round(w) });
      if (beside) {
        value = [
          {
            text: figure.valueText,
            x: round(rtl ? width - extent - BAR.valueGap : extent + BAR.valueGap),
            y: y + (BAR.height - TEXT.strong.line) / 2,
            anchor: 'start',
            kind: 'strong',
            width: valueWidth,
          },
        ];
      }

      const barY = y;
      y += BAR.height;
      let note: BarMark['scale'];
      if (whole !== undefined) {
        y += BAR.noteGap;
        const noteLines = stackLines(wrapText(ownScale(whole), width, measure, 'axis'), y, { width, rtl, measure, kind: 'axis' });
        note = { whole, note: noteLines };
        y += noteLines.length * TEXT.axis.line;
      }
      const notes = figureNotes(figure, y, { width, rtl, measure });
      y = notes.y;
      marks.push({
        figure,
        y: barY,
        height: BAR.height,
        bar: span(0, filled - fade),
        fade: span(filled - fade, fade),
        track: figure.total !== undefined ? span(0, trackWidth) : undefined,
        label,
        value,
        scale: note,
        notes: notes.lines,
        box: { x: 0, y: top, width, height: y - top },
      });
    });
  });
  return { width, height: Math.ceil(y + 2), groups: heads, marks, valuePlacement: beside ? 'beside' : 'above' };
}
