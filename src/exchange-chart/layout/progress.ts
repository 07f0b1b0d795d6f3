import { figureHeading, figureNotes, groupHeading, round, type Measure, type TextLine } from './common.js';
import type { ChartFigure, FigureGroup } from './figures.js';

export interface ProgressOptions {
  width: number;
  rtl: boolean;
  measure: Measure;
}

/** One of the marks of a total: filled (counted), faded (the uncertain end) or still open. */
export interface ProgressCell {
  kind: 'filled' | 'faded' | 'track';
  x: number;
  y: number;
  size: number;
}

export interface ProgressItem {
  figure: ChartFigure & { total: number };
  label: TextLine[];
  /** The value with its qualifier, on as many lines as it needs. */
  value: TextLine[];
  /** One mark per unit of the total, when the total is small enough to count by eye. */
  cells?: ProgressCell[];
  /** Otherwise a bar: the filled part over a track of the total. */
  /** Under the marks: "Updated …" and the notes pinned to the figure. */
  notes: TextLine[];
  bar?: { y: number; height: number; track: { x: number; width: number }; filled: { x: number; width: number }; faded: { x: number; width: number } };
  box: { x: number; y: number; width: number; height: number };
}

export interface ProgressLayout {
  width: number;
  height: number;
  groups: { label: TextLine[]; y: number; lang?: string }[];
  items: ProgressItem[];
}

export const PROGRESS = Object.freeze({ maxMarks: 100, maxCell: 22, minCell: 9, barHeight: 18, rowGap: 18, groupGap: 20, markGap: 6 });

/** Whether a figure is a part of a known total, which is what this view draws. */
export function hasTotal(figure: ChartFigure): figure is ChartFigure & { total: number } {
  return figure.total !== undefined && figure.total > 0;
}

/**
 * A part of a total: a row of marks, one per unit of the total (28 marks, the 7 returned
 * filled), wrapping onto more rows when narrow; a bar over a track when the total is too large
 * to count (over 100). Figures without a total are left out: the element says so.
 */
export function layoutProgress(groups: FigureGroup[], options: ProgressOptions): ProgressLayout {
  const { width, rtl, measure } = options;
  const items: ProgressItem[] = [];
  const heads: ProgressLayout['groups'] = [];
  let y = 0;
  let first = true;
  for (const group of groups) {
    const figures = group.figures.filter(hasTotal);
    if (!figures.length) continue;
    if (!first) y += PROGRESS.groupGap;
    first = false;
    if (group.label) {
      const heading = groupHeading(group.label, y, { width, rtl, measure });
      heads.push({ y, label: heading.label, lang: group.labelLang });
      y = heading.y;
    }
    figures.forEach((figure, i) => {
      if (i > 0) y += PROGRESS.rowGap;
      const top = y;
      const { label, value, y: below } = figureHeading(figure, y, { width, rtl, measure });
      y = below + PROGRESS.markGap;

      const total = Math.floor(figure.total);
      const filled = Math.min(total, Math.floor(figure.value));
      const faded = figure.approximate && filled > 0 ? 1 : 0;
      const item: ProgressItem = { figure, label, value, notes: [], box: { x: 0, y: top, width, height: 0 } };
      if (total <= PROGRESS.maxMarks) {
        // As large as fits on one row, down to a minimum; then wrap.
        const cell = Math.max(PROGRESS.minCell, Math.min(PROGRESS.maxCell, Math.floor(width / total)));
        const columns = Math.max(1, Math.floor(width / cell));
        const size = cell - Math.max(2, Math.round(cell * 0.2));
        item.cells = Array.from({ length: total }, (_, n) => {
          const col = n % columns;
          const row = Math.floor(n / columns);
          const kind = n < filled - faded ? 'filled' : n < filled ? 'faded' : 'track';
          return { kind, x: round(rtl ? width - (col + 1) * cell + (cell - size) : col * cell), y: y + row * cell, size };
        });
        y += Math.ceil(total / columns) * cell;
      } else {
        const w = (figure.value / figure.total) * width;
        const fade = figure.approximate && w > 0 ? Math.min(w, Math.max(3, w * 0.08)) : 0;
        const span = (from: number, v: number) => ({ x: round(rtl ? width - from - v : from), width: round(v) });
        item.bar = { y, height: PROGRESS.barHeight, track: span(0, width), filled: span(0, w - fade), faded: span(w - fade, fade) };
        y += PROGRESS.barHeight;
      }
      const notes = figureNotes(figure, y, { width, rtl, measure });
      item.notes = notes.lines;
      y = notes.y;
      item.box.height = y - top;
      items.push(item);
    });
  }
  return { width, height: Math.ceil(y + 2), groups: heads, items };
}
