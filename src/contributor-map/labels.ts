// Where the map writes each country's name, with no DOM: given anchors, what is already
// drawn and a `measure`, each country gets a label beside it, a shorter one, or a numbered
// callout keyed under the map. Greedy, in the order given: a handful of countries needs no more.

/** A box in px: x and y are its top left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The country's anchor: its marker's centre, or a point inside its main shape. */
  anchor: [number, number];
  /** Around the anchor, what a label keeps clear of: the marker's radius (0 without one). */
  clearance: number;
  /** The country's box, when it is big enough to hold its own name. */
  shape?: Box;
  /** The name with its figure ("United States: up to 200 troops"). */
  full: string;
  /** The name alone, used when the full label finds no room. */
  short: string;
}

export interface LabelOptions {
  width: number;
  height: number;
  /** Right-to-left: labels try the left of their anchor first. */
  rtl: boolean;
  /** The width in px of a line of label text. */
  measure: (text: string) => number;
  /** The height in px of a line of label text, as its box counts it. */
  lineHeight: number;
  /** What labels must not cover: markers, the focus and its label. */
  obstacles: readonly Box[];
  /** A number badge's diameter in px. */
  badge?: number;
}

export type PlacedLabel =
  | { kind: 'label'; text: string; short: boolean; box: Box }
  | { kind: 'callout'; number: number; box: Box };

/** Room kept between a label and its anchor, other labels and the map's edge. */
export const LABEL_GAP = 3;

/** Whether two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A box grown by `by` px on every side. */
export function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * Boxes of the given size around an anchor, in order of preference: on the country when it
 * holds the box, then after it in the reading direction, before it, above, below, and the
 * four corners.
 */
function candidates(request: LabelRequest, width: number, height: number, rtl: boolean, farther = 0): Box[] {
  const [x, y] = request.anchor;
  const gap = request.clearance + LABEL_GAP + farther;
  const boxes: Box[] = [];
  const shape = request.shape;
  if (shape && shape.width >= width + 2 * LABEL_GAP && shape.height >= height) boxes.push({ x: x - width / 2, y: y - height / 2, width, height });
  const after = { x: x + gap, y: y - height / 2, width, height };
  const before = { x: x - gap - width, y: y - height / 2, width, height };
  boxes.push(...(rtl ? [before, after] : [after, before]));
  boxes.push({ x: x - width / 2, y: y - gap - height, width, height }, { x: x - width / 2, y: y + gap, width, height });
  const d = gap * 0.7;
  const corners = [
    { x: x + d, y: y - d - height, width, height },
    { x: x - d - width, y: y - d - height, width, height },
    { x: x + d, y: y + d, width, height },
    { x: x - d - width, y: y + d, width, height },
  ];
  if (rtl) [corners[0], corners[1], corners[2], corners[3]] = [corners[1], corners[0], corners[3], corners[2]];
  boxes.push(...corners);
  return boxes;
}

/**
 * Places each country's label: the full label where it fits, else the short one, else a
 * callout number (1, 2, … in the order given) in a badge beside the anchor, or on it when
 * nothing is free. No label leaves the map (inside LABEL_GAP of its edges), covers another
 * label or badge, or any obstacle.
 *
 * @example
 * placeLabels([{ anchor: [120, 80], clearance: 4, full: 'Qatar', short: 'Qatar' }],
 *   { width: 320, height: 160, rtl: false, measure: (t) => t.length * 6, lineHeight: 14, obstacles: [] });
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, rtl, measure, lineHeight } = options;
  const badge = options.badge ?? 14;
  const taken: Box[] = [...options.obstacles];
  const inside = (b: Box) => b.x >= LABEL_GAP && b.y >= LABEL_GAP && b.x + b.width <= width - LABEL_GAP && b.y + b.height <= height - LABEL_GAP;
  const free = (b: Box) => inside(b) && !taken.some((t) => intersects(inflate(b, LABEL_GAP / 2), t));
  const out: (PlacedLabel | undefined)[] = requests.map(() => undefined);
  const unplaced: number[] = [];
  // Every full label first, then short ones for the rest: one country's long label should
  // not push a neighbour into a callout when both short names would have fitted.
  requests.forEach((request, i) => {
    const box = candidates(request, measure(request.full), lineHeight, rtl).find(free);
    if (box) {
      taken.push(box);
      out[i] = { kind: 'label', text: request.full, short: false, box };
    } else unplaced.push(i);
  });
  let number = 0;
  const callouts: number[] = [];
  for (const i of unplaced) {
    const request = requests[i];
    const box = request.short !== request.full ? candidates(request, measure(request.short), lineHeight, rtl).find(free) : undefined;
    if (box) {
      taken.push(box);
      out[i] = { kind: 'label', text: request.short, short: true, box };
    } else callouts.push(i);
  }
  for (const i of callouts) {
    const request = requests[i];
    const [x, y] = request.anchor;
    // Beside the anchor, else a little farther out, before covering the country itself.
    const around = [0, badge / 2, badge].flatMap((farther) => candidates({ ...request, shape: undefined }, badge, badge, rtl, farther));
    const box = around.find(free) ?? { x: x - badge / 2, y: y - badge / 2, width: badge, height: badge };
    taken.push(box);
    out[i] = { kind: 'callout', number: ++number, box };
  }
  return out as PlacedLabel[];
}

/**
 * Markers moved apart so that none covers another or a fixed point (the focus): each pair
 * closer than two radii and a gap is pushed apart along the line between them, a few rounds,
 * and kept inside the map. Markers that do not touch stay where they are.
 */
export function spreadMarkers(
  markers: readonly [number, number][],
  radius: number,
  options: { width: number; height: number; fixed?: readonly { x: number; y: number; radius: number }[]; gap?: number },
): [number, number][] {
  const gap = options.gap ?? 1;
  const points = markers.map(([x, y]) => [x, y] as [number, number]);
  const clamp = (p: [number, number]) => {
    p[0] = Math.min(options.width - radius - 1, Math.max(radius + 1, p[0]));
    p[1] = Math.min(options.height - radius - 1, Math.max(radius + 1, p[1]));
  };
  // A marker at the map's edge comes in whole.
  points.forEach(clamp);
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i], points[j]];
        let [dx, dy] = [b[0] - a[0], b[1] - a[1]];
        let d = Math.hypot(dx, dy);
        const need = 2 * radius + gap;
        if (d >= need) continue;
        // Exactly on top of each other: apart side by side.
        if (d < 1e-6) [dx, dy, d] = [1, 0, 1];
        const push = (need - d) / 2 + 0.01;
        a[0] -= (dx / d) * push;
        a[1] -= (dy / d) * push;
        b[0] += (dx / d) * push;
        b[1] += (dy / d) * push;
        clamp(a);
        clamp(b);
        moved = true;
      }
      for (const f of options.fixed ?? []) {
        const p = points[i];
        let [dx, dy] = [p[0] - f.x, p[1] - f.y];
        let d = Math.hypot(dx, dy);
        const need = radius + f.radius + gap;
        if (d >= need) continue;
        if (d < 1e-6) [dx, dy, d] = [0, 1, 1];
        p[0] += (dx / d) * (need - d + 0.01);
        p[1] += (dy / d) * (need - d + 0.01);
        clamp(p);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return points;
}
