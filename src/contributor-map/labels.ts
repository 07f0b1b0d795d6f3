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
  /** What labels must not cover: the focus's label, other text. */
  obstacles: readonly Box[];
  /** Marks labels must not cover either, but a callout's thin leader line may cross: markers, the focus. */
  marks?: readonly Box[];
  /** A number badge's diameter in px. */
  badge?: number;
}

export type PlacedLabel =
  | { kind: 'label'; text: string; short: boolean; box: Box }
  | {
      kind: 'callout';
      number: number;
      box: Box;
      /** A line from the country's marker to a badge set apart from it: [x1, y1, x2, y2]. */
      leader?: [number, number, number, number];
    };

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
 * Boxes of the given size around an anchor, in order of preference: after it in the reading
 * direction, before it, above, below, the four corners, and last on the country itself when
 * it holds the box (text over a pattern reads less well than on the sea). A country with a
 * shape is written beside its shape, not beside its centre.
 */
function candidates(request: LabelRequest, width: number, height: number, rtl: boolean, farther = 0): Box[] {
  const [x, y] = request.anchor;
  const gap = request.clearance + LABEL_GAP + farther;
  const shape = request.shape;
  const [left, right, top, bottom] = shape ? [shape.x - LABEL_GAP, shape.x + shape.width + LABEL_GAP, shape.y - LABEL_GAP, shape.y + shape.height + LABEL_GAP] : [x - gap, x + gap, y - gap, y + gap];
  const after = { x: right, y: y - height / 2, width, height };
  const before = { x: left - width, y: y - height / 2, width, height };
  const boxes: Box[] = rtl ? [before, after] : [after, before];
  boxes.push({ x: x - width / 2, y: top - height, width, height }, { x: x - width / 2, y: bottom, width, height });
  // Diagonally: 0.7 of the way out, as on a circle round a marker; at a shape's corners.
  const d = shape ? 0 : gap * 0.3;
  const corners = [
    { x: right - d, y: top - height + d, width, height },
    { x: left - width + d, y: top - height + d, width, height },
    { x: right - d, y: bottom - d, width, height },
    { x: left - width + d, y: bottom - d, width, height },
  ];
  if (rtl) [corners[0], corners[1], corners[2], corners[3]] = [corners[1], corners[0], corners[3], corners[2]];
  boxes.push(...corners);
  if (shape && shape.width >= width + 2 * LABEL_GAP && shape.height >= height) boxes.push({ x: x - width / 2, y: y - height / 2, width, height });
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
  const { width, height, rtl, measure, lineHeight } = options;
  const badge = options.badge ?? 14;
  const marks = options.marks ?? [];
  const taken: Box[] = [...marks, ...options.obstacles];
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
  const leaders: [number, number, number, number][] = [];
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
    // Beside the anchor, else farther out (a leader line then joins them), else the nearest
    // free place on the map, and only when the map is full, on the country itself.
    // The leader line crosses nothing either: beyond the country's own marker, no box is on it.
    const clear = (b: Box) => {
      if (!free(b)) return false;
      const [bx, by] = [b.x + b.width / 2, b.y + b.height / 2];
      const length = Math.hypot(bx - x, by - y);
      for (let t = request.clearance + 1; t < length - badge / 2; t += 1) {
        const [px, py] = [x + ((bx - x) * t) / length, y + ((by - y) * t) / length];
        if (taken.some((o) => !marks.includes(o) && px > o.x && px < o.x + o.width && py > o.y && py < o.y + o.height)) return false;
      }
      // Nor does the badge lie on an earlier leader.
      return !leaders.some(([x1, y1, x2, y2]) => {
        const n = Math.ceil(Math.hypot(x2 - x1, y2 - y1));
        for (let k = 0; k <= n; k++) {
          const [px, py] = [x1 + ((x2 - x1) * k) / n, y1 + ((y2 - y1) * k) / n];
          if (px > b.x - 1 && px < b.x + b.width + 1 && py > b.y - 1 && py < b.y + b.height + 1) return true;
        }
        return false;
      });
    };
    const around = [0, 0.5, 1, 1.5, 2, 3].flatMap((k) => candidates({ ...request, shape: undefined }, badge, badge, rtl, k * badge));
    const box =
      around.find(clear) ??
      nearestFree(x, y, badge, width, height, clear) ?? { x: x - badge / 2, y: y - badge / 2, width: badge, height: badge };
    taken.push(box);
    const [bx, by] = [box.x + badge / 2, box.y + badge / 2];
    const reach = Math.hypot(bx - x, by - y);
    const touching = reach <= request.clearance + LABEL_GAP + badge;
    const line = touching || reach === 0 ? undefined : leader([x, y], [bx, by], request.clearance, badge / 2);
    if (line) leaders.push(line);
    out[i] = { kind: 'callout', number: ++number, box, ...(line ? { leader: line } : {}) };
  }
  return out as PlacedLabel[];
}

/** The free badge-sized box nearest a point, on a grid of half a badge. */
function nearestFree(x: number, y: number, size: number, width: number, height: number, free: (b: Box) => boolean): Box | undefined {
  let best: Box | undefined;
  let bestDistance = Infinity;
  const step = size / 2;
  for (let by = 0; by + size <= height; by += step) {
    for (let bx = 0; bx + size <= width; bx += step) {
      const box = { x: bx, y: by, width: size, height: size };
      const distance = Math.hypot(bx + size / 2 - x, by + size / 2 - y);
      if (distance < bestDistance && free(box)) [best, bestDistance] = [box, distance];
    }
  }
  return best;
}

/** A line from the edge of a marker to the edge of a badge. */
function leader(from: [number, number], to: [number, number], fromRadius: number, toRadius: number): [number, number, number, number] {
  const d = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const [ux, uy] = [(to[0] - from[0]) / d, (to[1] - from[1]) / d];
  return [from[0] + ux * fromRadius, from[1] + uy * fromRadius, to[0] - ux * toRadius, to[1] - uy * toRadius];
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
