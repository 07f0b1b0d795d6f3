// The height an element reserves before it draws, by the width of its column. A single
// number cannot hold across widths: bars wrap taller on a phone, a map grows with its width.
// So `height-hint` is the height below the first of the common column widths, and
// `height-hint-360`, `height-hint-390` … each the height from that width up. One attribute per
// width, not a list in one attribute, because the optional stylesheet must reserve the same
// height before the script has run, and CSS attr() reads one number from an attribute but
// cannot pick an item from a list.

/** The largest hint honoured, in px; a larger one is ignored as a mistake. */
export const MAX_HEIGHT_HINT = 4_000;

/**
 * The column widths, in px, that have a hint attribute of their own (`height-hint-360` …),
 * the common widths of article columns from phones to wide desktops. The stylesheet has one
 * container query for each; the package's exchange-charts.css must list the same.
 */
export const HINT_WIDTHS = Object.freeze([360, 390, 414, 600, 768, 1000, 1280, 1400] as const);

/** The attribute of the hint from `width` up; `height-hint` for the narrowest. */
export const hintAttribute = (width?: number): string => (width ? `height-hint-${width}` : 'height-hint');

/** Every hint attribute, narrowest first. */
export const HINT_ATTRIBUTES = Object.freeze([hintAttribute(), ...HINT_WIDTHS.map((w) => hintAttribute(w))]);

/** A hint's value in px, or undefined when it is no sane height (missing, not a number, ≤ 0, > 4000). */
export function hintValue(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return n > 0 && n <= MAX_HEIGHT_HINT ? n : undefined;
}

/**
 * The height to reserve for an element `width` px wide: the hint of the widest width it
 * reaches that has a sane one, else `height-hint`; undefined when none is sane. A bad value
 * is skipped, as the stylesheet's attr() skips it, so that both reserve the same.
 */
export function hintFor(read: (attribute: string) => string | null, width: number): number | undefined {
  for (let i = HINT_WIDTHS.length - 1; i >= 0; i--) {
    if (width < HINT_WIDTHS[i]) continue;
    const value = hintValue(read(hintAttribute(HINT_WIDTHS[i])));
    if (value !== undefined) return value;
  }
  return hintValue(read(hintAttribute()));
}

/**
 * The hint attributes for heights measured at column widths (the embed builder's): the
 * narrowest measured height as `height-hint`, then one attribute for each common width whose
 * height differs from the one before. Heights are rounded up to whole pixels.
 *
 * @example
 * hintAttributes(new Map([[320, 560], [360, 520], [390, 520], [600, 480]]))
 * // [['height-hint', '560'], ['height-hint-360', '520'], ['height-hint-600', '480']]
 */
export function hintAttributes(heights: ReadonlyMap<number, number>): [string, string][] {
  const measured = [...heights].filter(([, h]) => h > 0).sort(([a], [b]) => a - b);
  if (!measured.length) return [];
  // The height at a width: the one measured there, else at the widest measured width below it.
  const at = (width: number) => measured.filter(([w]) => w <= width).at(-1)?.[1] ?? measured[0][1];
  const pairs: [string, string][] = [];
  let last = Math.ceil(measured[0][1]);
  pairs.push([hintAttribute(), String(last)]);
  for (const width of HINT_WIDTHS) {
    const h = Math.ceil(at(width));
    if (h !== last) pairs.push([hintAttribute(width), String(h)]);
    last = h;
  }
  return pairs;
}
