/** The root font size the library's drawings (layout/common.ts TEXT, the map's labels) are written for. */
const BASE_ROOT_FONT = 16;

/**
 * How much larger than its 16 px default the reader has set the root font size (text-only
 * zoom, a larger default font), clamped to 1–4. Read once per render, and the drawing is
 * scaled by it as a whole: its words grow with the page's (WCAG 1.4.4), measured and laid out
 * at their drawn size, and the marks beside them grow too, so that labels keep their places.
 * The chart reflows as a column 1/zoom as wide would: text 2× larger at 320 px wraps as at 160.
 */
export function textZoom(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return root > BASE_ROOT_FONT ? Math.min(4, root / BASE_ROOT_FONT) : 1;
}
