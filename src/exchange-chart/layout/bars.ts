import { max } from 'd3-array';
import { scaleLinear } from '../../internal/scale.js';
import { groupHeading, mirrorRect, round, stackLines, TEXT, wrapText, type Measure, type TextLine } from './common.js';
import type { ChartFigure, FigureGroup } from './figures.js';

export interface BarsOptions {
  width: number;
  rtl: boolean;
  measure: Measure;
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
  /** The whole of a known total, drawn as a faint track behind the bar. */
  track?: Span;
  label: TextLine[];
  value: TextLine;
  /** The area that answers to pointer and focus: label, bar and value. */
  box: { x: number; y: number; width: number; height: number };
}

export interface BarsLayout {
  width: number;
  height: number;
  groups: { label: TextLine[]; y: number; lang?: string }[];
  marks: BarMark[];
  /** Where the value labels sit: after the bar, or at the end of the label's line when narrow. */
  valuePlacement: 'beside' | 'above';
}

export const BAR = Object.freeze({ height: 20, labelGap: 4, rowGap: 14, groupGap: 18, valueGap: 6 });

/**
 * One horizontal bar per figure, grouped by side, on one scale shared by all figures, so that
 * 20 beside nearly 2,000 looks as small as it is. A total is a track behind its bar ("7 of 28").
 * The value is written after the bar; when the widest value would take more than 45% of the
 * width, it moves to the end of the label's line instead.
 *
 * @example
 * layoutBars([{ figures }], { width: 600, rtl: false, measure }).height
 */
export function layoutBars(groups: FigureGroup[], options: BarsOptions): BarsLayout {
  const { width, rtl, measure } = options;
  const figures = groups.flatMap((g) => g.figures);
  const widest = max(figures, (f) => measure(f.valueText, 'strong')) ?? 0;
  const beside = widest + BAR.valueGap + 2 <= width * 0.45;
  const plotWidth = Math.max(1, beside ? width - widest - BAR.valueGap - 2 : width);
  const x = scaleLinear()
    .domain([0, max(figures, (f) => Math.max(f.value, f.total ?? 0)) || 1])
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
      const labelRoom = beside ? width : Math.max(1, width - valueWidth - 12);
      const lines = wrapText(figure.label, labelRoom, measure);
      const label = stackLines(lines, y, { width, rtl, measure });
      y += lines.length * TEXT.label.line + BAR.labelGap;

      // A value above zero stays visible, however small beside the others.
      const filled = figure.value > 0 ? Math.max(1, x(figure.value)) : 0;
      const fade = figure.approximate && filled > 0 ? Math.min(filled, Math.max(3, Math.min(filled * 0.12, 36))) : 0;
      const trackWidth = figure.total !== undefined ? Math.max(filled, x(figure.total)) : 0;
      const extent = Math.max(filled, trackWidth);
      const span = (from: number, w: number): Span => ({ x: round(mirrorRect(from, w, width, rtl)), width: round(w) });

      const value: TextLine = beside
        ? {
            text: figure.valueText,
            x: round(rtl ? width - extent - BAR.valueGap : extent + BAR.valueGap),
            y: y + (BAR.height - TEXT.strong.line) / 2,
            anchor: 'start',
            kind: 'strong',
            width: valueWidth,
          }
        : { text: figure.valueText, x: rtl ? 0 : width, y: top, anchor: 'end', kind: 'strong', width: valueWidth };

      marks.push({
        figure,
        y,
        height: BAR.height,
        bar: span(0, filled - fade),
        fade: span(filled - fade, fade),
        track: figure.total !== undefined ? span(0, trackWidth) : undefined,
        label,
        value,
        box: { x: 0, y: top, width, height: y + BAR.height - top },
      });
      y += BAR.height;
    });
  });
  return { width, height: Math.ceil(y + 2), groups: heads, marks, valuePlacement: beside ? 'beside' : 'above' };
}
