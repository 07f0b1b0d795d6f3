/** A box in px, as getBBox() or getBoundingClientRect() gives it. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap, with half a pixel for rounding: boxes that only touch do not. */
export const overlap = (a: Rect, b: Rect) => a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;

/** An SVG element's box in its user space. */
export const bbox = (e: Element): Rect => {
  const { x, y, width, height } = (e as SVGGraphicsElement).getBBox();
  return { x, y, width, height };
};
