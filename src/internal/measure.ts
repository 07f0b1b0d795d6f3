let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/**
 * The width in CSS pixels of a line of text in a CSS font ("600 14px system-ui"), measured on
 * a canvas and cached: layouts place labels without waiting for the DOM.
 */
export function measureText(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width !== undefined) return width;
  context ??= document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = font;
    width = context.measureText(text).width;
  } else {
    // No canvas (very old or locked-down browsers): a generous estimate keeps labels apart.
    width = text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '14') * 0.62);
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, width);
  return width;
}

/** The computed CSS font of an element, to measure text as it will be drawn. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** Width in CSS pixels of a line of text in a CSS font: measureText's signature. */
export type TextWidth = (text: string, font: string) => number;

// Per element, so that a test can give one element fixed font metrics without touching any
// other element or what readers see; a WeakMap keeps it off the elements' public API.
const widths = new WeakMap<Element, TextWidth>();

/**
 * Makes an element measure its text with `width` instead of the canvas (undefined: the canvas
 * again). For snapshot goldens, which must not depend on the fonts a machine has installed.
 */
export function setTextWidth(element: Element, width: TextWidth | undefined): void {
  if (width) widths.set(element, width);
  else widths.delete(element);
}

/** How an element measures its text: measureText unless a test set otherwise. */
export function textWidthOf(element: Element): TextWidth {
  return widths.get(element) ?? measureText;
}
