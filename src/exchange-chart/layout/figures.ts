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
  /** "Updated Jan 26, 2026": said under a figure that changed. */
  updated?: string;
  /**
   * Notes pinned to the figure (annotations that name it), in the reader's language. A dated
   * one starts with its date; the timeline draws it at its date instead.
   */
  pinned?: { text: string; lang?: string; dated: boolean }[];
}

/** Figures of one side of the exchange, under that side's label. */
export interface FigureGroup {
  label?: string;
  labelLang?: string;
  figures: ChartFigure[];
}
