import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { frameMap, pathFor, type CountryFeature } from '../../src/contributor-map/geometry.js';

const poly = (id: string, ...rings: number[][][]): CountryFeature => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: rings } }) as unknown as CountryFeature;
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

const shapes: Record<string, CountryFeature> = {
  clockwise: poly('001', box(10, 10, 20, 20).reverse()),
  anticlockwise: poly('002', box(10, 10, 20, 20)),
  fine: poly('003', box(30, 40, 31, 41, 0.01).reverse()),
  pastAntimeridian: poly('004', box(170, 60, 190, 70, 0.5).reverse()),
  atAntimeridian: poly('005', box(175, -20, 180, -15, 0.5).reverse()),
  westOfIt: poly('006', box(-180, -20, -175, -15, 0.5).reverse()),
  southPole: poly('007', [[-10, -80], [0, -90], [10, -80], [0, -85], [-10, -80]].reverse()),
  duplicates: poly('008', [[0, 0], [0, 0], [0, 5], [5, 5], [5, 5], [5, 0], [0, 0]]),
  hole: poly('009', box(-60, -30, -40, -10).reverse(), box(-55, -25, -45, -15)),
};

describe('pathFor() in a whole frame draws shapes of other topologies as d3 does', () => {
  for (const projection of ['equal-earth', 'natural-earth'] as const) {
    for (const [name, shape] of Object.entries(shapes)) {
      it(`${projection}: ${name}`, () => {
        for (let width = 200; width <= 1600; width += 37) {
          const frame = frameMap({ projection, region: 'world', width });
          expect(pathFor(frame)(shape), `${name} at ${width}`).to.equal(geoPath(frame.projection).digits(1)(shape));
        }
      });
    }
  }
});
