import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { frameMap, pathFor } from '../../src/contributor-map/geometry.js';
import { shapes } from '../helpers/shapes.js';

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
