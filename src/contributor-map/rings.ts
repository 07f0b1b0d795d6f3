import { Adder } from 'd3-array';

// What d3's geoPath does with a shape's points once they are projected, when nothing on the way
// changed them (see projectedRings in geometry.ts): it writes them as SVG path data, and
// measures their box, area and centroid. Each function here takes the points in the order d3's
// streams receive them and does d3's arithmetic in d3's order (d3-geo's path/string.js,
// bounds.js, area.js, centroid.js), so its numbers are d3's to the last bit
// (test/contributor-map/geometry.test.ts holds them to d3 for every country of the world).

/** A shape's polygons, each its rings, each its points in px, flat ([x0, y0, x1, y1 …]), its closing point left out. */
export type ProjectedRings = number[][][];

/** A box in px: [[x0, y0], [x1, y1]]. */
export type PixelBounds = [[number, number], [number, number]];

/**
 * `v` rounded to a tenth, written as d3 writes it (String(Math.round(v * 10) / 10)) for a
 * positive `v`, digit by digit: thousands of numbers written through String() would grow V8's
 * number-to-string cache to its full size, kept for the page's life (64 KB).
 */
function tenths(v: number): string {
  let n = Math.round(v * 10);
  let text = n % 10 ? `.${String.fromCharCode(48 + (n % 10))}` : '';
  n = Math.floor(n / 10);
  do {
    text = String.fromCharCode(48 + (n % 10)) + text;
    n = Math.floor(n / 10);
  } while (n > 0);
  return text;
}

/** The SVG path data of rings inside the frame (positive coordinates), as geoPath().digits(1) writes it. */
export function pathOfRings(polygons: ProjectedRings): string {
  let d = '';
  for (const rings of polygons) {
    for (const xy of rings) {
      for (let i = 0; i < xy.length; i += 2) d += `${i ? 'L' : 'M'}${tenths(xy[i])},${tenths(xy[i + 1])}`;
      d += 'Z';
    }
  }
  return d;
}

/** Their box, as path.bounds gives it ([[Infinity, Infinity], [-Infinity, -Infinity]] for none). */
export function boundsOfRings(polygons: ProjectedRings): PixelBounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const rings of polygons) {
    for (const xy of rings) {
      for (let i = 0; i < xy.length; i += 2) {
        const x = xy[i];
        const y = xy[i + 1];
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** One polygon's area in px², as path.area gives it: its rings' signed areas summed exactly (a hole's runs the other way), made positive, halved. */
export function areaOfPolygon(rings: readonly number[][]): number {
  const sum = new Adder();
  for (const xy of rings) {
    const n = xy.length;
    let x0 = xy[0];
    let y0 = xy[1];
    // Each point after the first, then the first again: the edge that closes the ring.
    for (let i = 2; i <= n; i += 2) {
      const x = xy[i % n];
      const y = xy[(i + 1) % n];
      sum.add(y0 * x - x0 * y);
      x0 = x;
      y0 = y;
    }
  }
  return Math.abs(+sum) / 2;
}

/** The largest of the polygons by area (the first of equals), as a one-polygon ProjectedRings. */
export function largestPolygon(polygons: ProjectedRings): ProjectedRings {
  let best = polygons[0];
  let bestArea = -1;
  for (const rings of polygons) {
    const area = areaOfPolygon(rings);
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return [best];
}

/**
 * Their centroid, as path.centroid gives it: of the area where there is one, else of the
 * outline, else of the points ([NaN, NaN] for none). The sums run in d3's order, the closing
 * point of each ring counted as d3 counts it.
 */
export function centroidOfRings(polygons: ProjectedRings): [number, number] {
  let [X0, Y0, Z0, X1, Y1, Z1, X2, Y2, Z2] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const rings of polygons) {
    for (const xy of rings) {
      const n = xy.length;
      let x0 = xy[0];
      let y0 = xy[1];
      X0 += x0;
      Y0 += y0;
      ++Z0;
      for (let i = 2; i <= n; i += 2) {
        const x = xy[i % n];
        const y = xy[(i + 1) % n];
        const dx = x - x0;
        const dy = y - y0;
        let z = Math.sqrt(dx * dx + dy * dy);
        X1 += (z * (x0 + x)) / 2;
        Y1 += (z * (y0 + y)) / 2;
        Z1 += z;
        z = y0 * x - x0 * y;
        X2 += z * (x0 + x);
        Y2 += z * (y0 + y);
        Z2 += z * 3;
        X0 += x;
        Y0 += y;
        ++Z0;
        x0 = x;
        y0 = y;
      }
    }
  }
  return Z2 ? [X2 / Z2, Y2 / Z2] : Z1 ? [X1 / Z1, Y1 / Z1] : Z0 ? [X0 / Z0, Y0 / Z0] : [NaN, NaN];
}
