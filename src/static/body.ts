import type { DrawnScope } from '../data/scope.js';
import type { Update } from '../internal/frame.js';
import type { KeyEntry } from '../exchange-chart/views/key.js';

// What a static render of either element draws between its heading and its footer, in a form
// both the SVG file and the HTML fallback are written from.

/** A swatch of a key or legend: a solid mark, the faded end of a figure, or a status's pattern. */
export type Swatch =
  | { kind: 'filled' | 'faded'; side: 0 | 1 }
  | { kind: 'pattern'; status: string; id: string };

/** A line of words under or above the drawing: a key of swatches, or a sentence. */
export type Block =
  | { kind: 'key'; entries: { swatch: Swatch; text: string; lang?: string }[]; size: 16 | 10 }
  | { kind: 'text'; text: string; lang?: string; italic?: boolean; muted?: boolean };

export interface StaticBody {
  /** The drawing's size in px. */
  width: number;
  height: number;
  /** The drawing's SVG markup as the element's templates write it (classes, not colours yet). */
  markup: string;
  /** What a screen reader reads for the drawing (the element's summary). */
  summary: string;
  /** The drawing's name for screen readers, when the element gives its <svg> one (the map's "Map: …"). */
  label?: string;
  /** The words under the drawing as the element's own templates write them, for the HTML fallback (the map's keys and notes). */
  belowHtml?: unknown;
  /** The chart's key as its element gives it, for the HTML fallback (its `above` holds the same for the SVG). */
  key?: KeyEntry[];
  scope: DrawnScope;
  /** The footer's line of updates (with `showUpdates`), as the element gives it: figures drawn, or countries listed. */
  updates: Update[];
  above: Block[];
  below: Block[];
}
