import type { SideIndex } from './common.js';

/** A figure as the layouts need it: texts already in the reader's language. */
export interface ChartFigure {
  id: string;
  label: string;
  /** The label's language, when it is not the reader's (see `localText`). */
  labelLang?: string;
  /** The value with its qualifier and total, as read: "nearly 2,000", "7 of 28". */
  valueText: string;
  value: number;
  total?: number;
  /** Anything but exact: drawn so that it reads as uncertain. */
  approximate: boolean;
  side: SideIndex;
}

/** Figures of one side of the exchange, under that side's label. */
export interface FigureGroup {
  label?: string;
  labelLang?: string;
  figures: ChartFigure[];
}
