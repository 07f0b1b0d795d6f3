import type { CountryFeature } from '../../src/contributor-map/geometry.js';

// Shapes that a topology other than the bundled world may hold, for specs that draw them as d3 does.

const poly = (id: string, ...rings: number[][][]): CountryFeature => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: rings } }) as unknown as CountryFeature;
const multi = (id: string, ...polygons: number[][][][]): CountryFeature => ({ type: 'Feature', id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }) as unknown as CountryFeature;
/** A ring with a point every `step` degrees along each edge of a box. */
function box(w: number, s: number, e: number, n: number, step = 1): number[][] {
  const ring: number[][] = [];
  for (let x = w; x < e; x += step) ring.push([x, s]);
  for (let y = s; y < n; y += step) ring.push([e, y]);
  for (let x = e; x > w; x -= step) ring.push([x, n]);
  for (let y = n; y > s; y -= step) ring.push([w, y]);
  ring.push(ring[0]);
  return ring;
}

/** Rings wound either way, finer than 110m, past or at the antimeridian, at the pole, with repeated points, with a hole. */
export const shapes: Record<string, CountryFeature> = {
  clockwise: poly('001', box(10, 10, 20, 20).reverse()),
  anticlockwise: poly('002', box(10, 10, 20, 20)),
  fine: poly('003', box(30, 40, 31, 41, 0.01).reverse()),
  pastAntimeridian: poly('004', box(170, 60, 190, 70, 0.5).reverse()),
  atAntimeridian: poly('005', box(175, -20, 180, -15, 0.5).reverse()),
  westOfIt: poly('006', box(-180, -20, -175, -15, 0.5).reverse()),
  southPole: poly('007', [[-10, -80], [0, -90], [10, -80], [0, -85], [-10, -80]].reverse()),
  duplicates: poly('008', [[0, 0], [0, 0], [0, 5], [5, 5], [5, 5], [5, 0], [0, 0]]),
  hole: poly('009', box(-60, -30, -40, -10).reverse(), box(-55, -25, -45, -15)),
  // Three parts: the largest by area is the second, once its hole is taken off the first.
  parts: multi('010', [box(100, 0, 120, 20).reverse(), box(102, 2, 118, 18)], [box(130, 0, 145, 15).reverse()], [box(150, 0, 152, 2).reverse()]),
};
