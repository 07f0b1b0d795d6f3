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
  /** A line under (or over) the label where there is room once every label and callout is placed: "Updated Nov 2, 2025". */
  note?: string;
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
  /** What labels must not cover: the focus's label, other text. */
  obstacles: readonly Box[];
  /** Marks labels must not cover either, but a callout's thin leader line may cross: markers, the focus. */
  marks?: readonly Box[];
  /** A number badge's diameter in px. */
  badge?: number;
}

export type PlacedLabel =
  | { kind: 'label'; text: string; short: boolean; box: Box; note?: { text: string; box: Box } }
  | {
      kind: 'callout';
      number: number;
      box: Box;
      /** A line from the country's marker to a badge set apart from it: [x1, y1, x2, y2]. */
      leader?: [number, number, number, number];
      /** No free place was left: the badge lies on the country's own anchor, over whatever is there. */
      crowded?: true;
    };

/** Room kept between a label and its anchor, other labels and the map's edge. */
export const LABEL_GAP = 3;

/** Whether two boxes overlap, or come closer than `by` px (touching edges do not overlap). */
export function intersects(a: Box, b: Box, by = 0): boolean {
  return a.x - by < b.x + b.width && b.x < a.x + a.width + by && a.y - by < b.y + b.height && b.y < a.y + a.height + by;
}

/** Whether a box lies inside a map, LABEL_GAP from its edges. */
const inside = (b: Box, width: number, height: number) => b.x >= LABEL_GAP && b.y >= LABEL_GAP && b.x + b.width <= width - LABEL_GAP && b.y + b.height <= height - LABEL_GAP;

/**
 * Boxes of the given size around an anchor, in order of preference: on the country itself
 * when it holds the box, then after it in the reading direction, before it, above, below,
 * and the four corners. A country with a shape is written beside its shape, not its centre.
 */
function candidates(request: LabelRequest, width: number, height: number, rtl: boolean, farther = 0): Box[] {
  const [x, y] = request.anchor;
  const gap = request.clearance + LABEL_GAP + farther;
  const shape = request.shape;
  // Diagonally 0.7 of the way out, as on a circle round a marker; at a shape's corners.
  const d = shape ? 0 : gap * 0.3;
  const s = shape ?? { x, y, width: 0, height: 0 };
  const [left, right, top, bottom] = [s.x - gap + d, s.x + s.width + gap - d, s.y - gap + d, s.y + s.height + gap - d];
  // [across, down]: -1 before or above, 1 after or below, 0 centred; after first in the reading direction.
  const f = rtl ? -1 : 1;
  const places = [[f, 0], [-f, 0], [0, -1], [0, 1], [f, -1], [-f, -1], [f, 1], [-f, 1]];
  const boxes = places.map(([h, v]) => ({
    x: h > 0 ? (v ? right : right + d) : h < 0 ? (v ? left : left - d) - width : x - width / 2,
    y: v > 0 ? (h ? bottom : bottom + d) : v < 0 ? (h ? top : top - d) - height : y - height / 2,
    width,
    height,
  }));
  // On the country first when it holds the name: beside a big shape is a neighbour's land.
  if (shape && shape.width >= width + 2 * LABEL_GAP && shape.height >= height) boxes.unshift({ x: x - width / 2, y: y - height / 2, width, height });
  return boxes;
}

/**
 * Places each country's label: the full label where it fits, else the short one, else a
 * callout number (1, 2, … in the order given) in a badge beside the anchor (or farther,
 * with a leader line), or on it when nothing is free. No label leaves the map (inside LABEL_GAP of its edges), covers another
 * label or badge, or any obstacle.
 *
 * @example
 * placeLabels([{ anchor: [120, 80], clearance: 4, full: 'Qatar', short: 'Qatar' }],
 *   { width: 320, height: 160, rtl: false, measure: (t) => t.length * 6, lineHeight: 14, obstacles: [] });
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, rtl, measure, lineHeight, badge = 14, marks = [] } = options;
  const taken: Box[] = [...marks, ...options.obstacles];
  const free = (b: Box) => inside(b, width, height) && !taken.some((t) => intersects(b, t, LABEL_GAP / 2));
  // A shape's anchor is kept for its own label or badge: no other name covers it (the UAE's
  // long name over Indonesia left Indonesia's badge nowhere to go at 280 px). Markers are marks already.
  const anchors = requests.map(({ anchor: [x, y], shape }): Box | undefined => (shape ? { x, y, width: 0, height: 0 } : undefined));
  /** Room for the words of country `i`: free, and over no other country's anchor. */
  const open = (b: Box, i: number) => free(b) && !anchors.some((a, j) => a && j !== i && intersects(b, a, LABEL_GAP / 2));
  const out: PlacedLabel[] = [];
  const place = (i: number, short: boolean) => {
    const text = short ? requests[i].short : requests[i].full;
    const box = candidates(requests[i], measure(text), lineHeight, rtl).find((b) => open(b, i));
    if (box) taken.push((out[i] = { kind: 'label', text, short, box }).box);
    return !box;
  };
  // Every full label first, then short ones for the rest: one country's long label should
  // not push a neighbour into a callout when both short names would have fitted.
  const callouts = requests.map((_, i) => i).filter((i) => place(i, false)).filter((i) => requests[i].short === requests[i].full || place(i, true));
  callouts.forEach((i, n) => {
    const request = requests[i];
    const [x, y] = request.anchor;
    // A leader line from the marker to a badge set apart crosses no text, no other line.
    const line = (b: Box) => along([x, y], [b.x + badge / 2, b.y + badge / 2], request.clearance + 1, badge / 2);
    const clear = (b: Box) => free(b) && !line(b).some(([px, py]) => taken.some((o) => !marks.includes(o) && intersects({ x: px, y: py, width: 0, height: 0 }, o)));
    // Beside the anchor, else farther out, else the nearest free place on the map; on the
    // country itself only when the map is full.
    const found =
      [0, 0.5, 1, 1.5, 2, 3].flatMap((k) => candidates({ ...request, shape: undefined }, badge, badge, rtl, k * badge)).find(clear) ??
      nearest(x, y, badge, width, height, clear);
    const box = found ?? { x: x - badge / 2, y: y - badge / 2, width: badge, height: badge };
    taken.push(box);
    const points = Math.hypot(box.x + badge / 2 - x, box.y + badge / 2 - y) > request.clearance + LABEL_GAP + badge ? line(box) : [];
    for (const [px, py] of points) taken.push({ x: px - 1, y: py - 1, width: 2, height: 2 });
    out[i] = {
      kind: 'callout',
      number: n + 1,
      box,
      ...(points.length ? { leader: [...points[0], ...points[points.length - 1]] as [number, number, number, number] } : {}),
      ...(found ? {} : { crowded: true as const }),
    };
  });
  // Last, in room no name or badge needed: a label's note on the line under it, else over it.
  requests.forEach(({ note }, i) => {
    const label = out[i];
    if (!note || label.kind !== 'label') return;
    const { x, y, width: w, height: h } = label.box;
    const nw = measure(note);
    const own = taken.indexOf(label.box);
    taken.splice(own, 1);
    const box = [y + h, y - lineHeight]
      .map((ny) => ({ x: x + (w - nw) / 2, y: ny, width: nw, height: lineHeight }))
      .find((b) => open(b, i));
    taken.splice(own, 0, label.box);
    if (box) {
      label.note = { text: note, box };
      taken.push(box);
    }
  });
  return out;
}

/** Points every px along the line from a to b, leaving out `skipStart` px at a and `skipEnd` at b. */
function along(a: [number, number], b: [number, number], skipStart: number, skipEnd: number): [number, number][] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const points: [number, number][] = [];
  for (let t = skipStart; t <= length - skipEnd; t++) points.push([a[0] + ((b[0] - a[0]) * t) / length, a[1] + ((b[1] - a[1]) * t) / length]);
  return points;
}

/** The box of a size nearest a point that passes `ok`, on a grid of half its size. */
function nearest(x: number, y: number, size: number, width: number, height: number, ok: (b: Box) => boolean): Box | undefined {
  let best: Box | undefined;
  let distance = Infinity;
  for (let by = 0; by + size <= height; by += size / 2)
    for (let bx = 0; bx + size <= width; bx += size / 2) {
      const box = { x: bx, y: by, width: size, height: size };
      const d = Math.hypot(bx + size / 2 - x, by + size / 2 - y);
      if (d < distance && ok(box)) [best, distance] = [box, d];
    }
  return best;
}

/**
 * Markers moved apart so that none covers another or a fixed point (the focus): a marker
 * closer to one before it than two radii and a gap steps away along the line between them,
 * a few rounds, and stays inside the map. Markers that do not touch stay where they are.
 */
export function spreadMarkers(
  markers: readonly [number, number][],
  radius: number,
  options: { width: number; height: number; fixed?: readonly { x: number; y: number; radius: number }[]; gap?: number },
): [number, number][] {
  const { width, height, gap = 1, fixed = [] } = options;
  const points = markers.map(([x, y]) => [x, y] as [number, number]);
  // Inside the map, whole.
  const clamp = (v: number, max: number) => Math.min(max - radius - 1, Math.max(radius + 1, v));
  for (let round = 0, moved = true; moved && round < 60; round++) {
    moved = false;
    points.forEach((p, i) => {
      // Each marker steps away from the ones before it and from the fixed points.
      for (const [x, y, r] of [...points.slice(0, i).map(([x, y]) => [x, y, radius]), ...fixed.map((f) => [f.x, f.y, f.radius])]) {
        let [dx, dy] = [p[0] - x, p[1] - y];
        // Exactly on top of each other: apart side by side.
        const d = Math.hypot(dx, dy) || ((dx = 1), 1);
        const push = radius + r + gap - d;
        if (push > 0) [p[0], p[1], moved] = [p[0] + (dx / d) * (push + 0.01), p[1] + (dy / d) * (push + 0.01), true];
      }
      [p[0], p[1]] = [clamp(p[0], width), clamp(p[1], height)];
    });
  }
  return points;
}
