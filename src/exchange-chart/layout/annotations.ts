import { alignAnchor, round, TEXT, wordsOf, wrapText, type Measure, type TextLine } from './common.js';

// Where the labels of dated annotations go on a timeline: in a band above the plot, each beside
// its rule, which runs from the label's top down into the plot. Pure: positions only.

export interface AnnotationItem {
  /** Where its rule stands, in px. */
  x: number;
  text: string;
  lang?: string;
}

/** A label placed in the band: its lines, and its box from the band's top (y 0). */
export interface PlacedAnnotation {
  item: AnnotationItem;
  lines: TextLine[];
  box: { x0: number; x1: number; y0: number; y1: number };
}

export interface AnnotationPlacement {
  placed: PlacedAnnotation[];
  /** Those with no room beside their rule: listed under the panel instead, with their dates. */
  unplaced: AnnotationItem[];
  /** The band's height, 0 when nothing is placed. */
  height: number;
}

export interface AnnotationOptions {
  /** The band's width: labels stay within 0 … width. */
  width: number;
  rtl: boolean;
  measure: Measure;
  /** The widest a label may be before it wraps. */
  maxWidth?: number;
}

export const ANNOTATION = Object.freeze({ offset: 4, gap: 4, maxWidth: 180 });

/**
 * Places each label beside its rule (on the side it reads from first: right in a left-to-right
 * chart, else the other), as high as it can go, so that no label overlaps another and no rule
 * crosses a label: a rule runs down from its label's top, so a label that spans another's rule
 * must sit wholly above that label. A label with no such place is left for the list under the
 * panel. Labels are taken in reading order.
 *
 * @example
 * placeAnnotations([{ x: 120, text: 'Ceasefire takes effect' }], { width: 600, rtl: false, measure }).height // 15
 */
export function placeAnnotations(items: AnnotationItem[], options: AnnotationOptions): AnnotationPlacement {
  const { width, rtl, measure } = options;
  const { offset, gap } = ANNOTATION;
  const maxWidth = options.maxWidth ?? ANNOTATION.maxWidth;
  const line = TEXT.axis.line;
  const order = [...items].sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
  const placed: PlacedAnnotation[] = [];
  const unplaced: AnnotationItem[] = [];
  const spans = (box: PlacedAnnotation['box'], x: number) => x >= box.x0 - gap && x <= box.x1 + gap;

  for (const item of order) {
    let best: PlacedAnnotation | undefined;
    // The side it reads from first, then the other.
    for (const side of rtl ? (['left', 'right'] as const) : (['right', 'left'] as const)) {
      const room = Math.min(maxWidth, side === 'right' ? width - item.x - offset : item.x - offset);
      const words = wordsOf(item.text);
      if (!words.length || words.some((w) => measure(w, 'axis') > room)) continue;
      const texts = wrapText(item.text, room, measure, 'axis');
      const w = Math.max(...texts.map((t) => measure(t, 'axis')));
      const x0 = side === 'right' ? item.x + offset : item.x - offset - w;
      const tops = [0, ...placed.map((p) => p.box.y1 + gap)].sort((a, b) => a - b);
      for (const y0 of tops) {
        if (best && y0 >= best.box.y0) break;
        const box = { x0, x1: x0 + w, y0, y1: y0 + texts.length * line };
        const clear = placed.every((p) => {
          const apart = box.x1 + gap <= p.box.x0 || p.box.x1 + gap <= box.x0 || box.y1 + gap <= p.box.y0 || p.box.y1 + gap <= box.y0;
          // Its rule would cross p: p must be above it; p's rule would cross it: it must be above p.
          const underP = !spans(p.box, item.x) || p.box.y1 + gap <= box.y0;
          const overP = !spans(box, p.item.x) || box.y1 + gap <= p.box.y0;
          return apart && underP && overP;
        });
        if (!clear) continue;
        const anchor = alignAnchor(side === 'right' ? 'left' : 'right', rtl);
        const lines = texts.map((text, i): TextLine => ({
          text,
          x: round(side === 'right' ? box.x0 : box.x1),
          y: y0 + i * line,
          anchor,
          kind: 'axis',
          width: measure(text, 'axis'),
          lang: item.lang,
        }));
        best = { item, lines, box };
        break;
      }
    }
    if (best) placed.push(best);
    else unplaced.push(item);
  }
  const height = placed.length ? Math.max(...placed.map((p) => p.box.y1)) + gap : 0;
  return { placed, unplaced, height };
}
