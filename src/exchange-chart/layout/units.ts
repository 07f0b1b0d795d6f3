import { max } from 'd3-array';
import { figureHeading, figureNotes, groupHeading, round, type Measure, type TextLine } from './common.js';
import type { ChartFigure, FigureGroup } from './figures.js';

export interface UnitsOptions {
  width: number;
  rtl: boolean;
  measure: Measure;
  /** Roughly how tall, in px, the largest figure's block may grow before cells shrink. */
  targetHeight?: number;
}

/** What a run of cells stands for. */
export type RunKind = 'filled' | 'faded' | 'track';

/**
 * A rectangle of whole cells, filled with a one-cell pattern: a run of units costs at most
 * three rectangles whatever its length (a partial first row, full rows, a partial last row).
 */
export interface UnitRect {
  kind: RunKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface UnitBlock {
  figure: ChartFigure;
  label: TextLine[];
  /** The value with its qualifier, on as many lines as it needs. */
  value: TextLine[];
  /** Top left of the block of cells; rects are relative to it. */
  x: number;
  y: number;
  columns: number;
  rows: number;
  rects: UnitRect[];
  /** Under the block: "Updated …" and the notes pinned to the figure. */
  notes: TextLine[];
  box: { x: number; y: number; width: number; height: number };
}

export interface UnitsLayout {
  width: number;
  height: number;
  /** Side of a cell in px (the square is `cell - gap`). */
  cell: number;
  gap: number;
  columns: number;
  groups: { label: TextLine[]; y: number; lang?: string }[];
  blocks: UnitBlock[];
}

export const UNITS = Object.freeze({ minCell: 2, maxCell: 14, targetHeight: 220, rowGap: 18, groupGap: 20, blockGap: 6 });

/**
 * The runs of cells `[start, start + count)` in a grid of `columns`, as at most three
 * rectangles in cell units, in reading order (mirrored later for right-to-left).
 */
export function cellRuns(start: number, count: number, columns: number): { col: number; row: number; cols: number; rows: number }[] {
  const runs: { col: number; row: number; cols: number; rows: number }[] = [];
  let at = start;
  let left = count;
  if (left <= 0) return runs;
  const firstCol = at % columns;
  if (firstCol) {
    const n = Math.min(left, columns - firstCol);
    runs.push({ col: firstCol, row: Math.floor(at / columns), cols: n, rows: 1 });
    at += n;
    left -= n;
  }
  const fullRows = Math.floor(left / columns);
  if (fullRows) {
    runs.push({ col: 0, row: at / columns, cols: columns, rows: fullRows });
    at += fullRows * columns;
    left -= fullRows * columns;
  }
  if (left) runs.push({ col: 0, row: at / columns, cols: left, rows: 1 });
  return runs;
}

/**
 * How many of an approximate figure's last units are drawn faded: one in twenty (rounded up),
 * at least one. It depends on the figure only, never on the width, so "nearly 2,000" has the
 * same 1,900 solid squares on a phone and on a desktop. An exact figure has none.
 */
export function fadedCount(figure: Pick<ChartFigure, 'value' | 'approximate'>): number {
  if (!figure.approximate || figure.value < 1) return 0;
  return Math.max(1, Math.min(Math.ceil(figure.value * 0.05), Math.floor(figure.value)));
}

/**
 * One square per person, the same size for every figure, so that 20 beside nearly 2,000 is
 * felt. Cells shrink as the largest figure grows, down to 2 px. The DOM cost is constant:
 * each figure is a few pattern-filled rectangles, even at 20,000 units.
 */
export function layoutUnits(groups: FigureGroup[], options: UnitsOptions): UnitsLayout {
  const { width, rtl, measure } = options;
  const figures = groups.flatMap((g) => g.figures);
  const largest = max(figures, (f) => Math.max(f.value, f.total ?? 0)) || 1;
  const target = options.targetHeight ?? UNITS.targetHeight;
  const cell = Math.max(UNITS.minCell, Math.min(UNITS.maxCell, Math.floor(Math.sqrt((width * target) / largest))));
  const gap = cell >= 6 ? Math.max(1, Math.round(cell * 0.18)) : cell >= 3 ? 1 : 0.5;
  const columns = Math.max(1, Math.floor(width / cell));

  const blocks: UnitBlock[] = [];
  const heads: UnitsLayout['groups'] = [];
  let y = 0;
  groups.forEach((group, g) => {
    if (g > 0) y += UNITS.groupGap;
    if (group.label) {
      const heading = groupHeading(group.label, y, { width, rtl, measure });
      heads.push({ y, label: heading.label, lang: group.labelLang });
      y = heading.y;
    }
    group.figures.forEach((figure, i) => {
      if (i > 0) y += UNITS.rowGap;
      const top = y;
      const { label, value, y: below } = figureHeading(figure, y, { width, rtl, measure });
      y = below + UNITS.blockGap;

      const units = Math.floor(figure.value);
      const all = Math.max(units, Math.floor(figure.total ?? 0));
      const faded = fadedCount(figure);
      const rows = Math.max(1, Math.ceil(all / columns));
      const rects: UnitRect[] = [];
      const add = (kind: RunKind, start: number, count: number) => {
        for (const run of cellRuns(start, count, columns)) {
          // Right to left, the first cell is at the right edge of the block.
          const col = rtl ? columns - run.col - run.cols : run.col;
          rects.push({ kind, x: col * cell, y: run.row * cell, width: run.cols * cell, height: run.rows * cell });
        }
      };
      add('filled', 0, units - faded);
      add('faded', units - faded, faded);
      add('track', units, all - units);
      const blockWidth = columns * cell;
      const x = round(rtl ? width - blockWidth : 0);
      const notes = figureNotes(figure, y + rows * cell, { width, rtl, measure });
      blocks.push({ figure, label, value, x, y, columns, rows, rects, notes: notes.lines, box: { x: 0, y: top, width, height: notes.y - top } });
      y = notes.y;
    });
  });
  return { width, height: Math.ceil(y + 2), cell, gap, columns, groups: heads, blocks };
}
