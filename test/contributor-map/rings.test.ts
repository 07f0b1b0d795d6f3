import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { countryFeatures, drawCountry, frameMap, projectedRings, type CountryFeature, type MapFrame } from '../../src/contributor-map/geometry.js';
import { areaOfPolygon, boundsOfRings, centroidOfRings, largestPolygon, pathOfRings } from '../../src/contributor-map/rings.js';
import { world110m } from '../../src/contributor-map/world-110m.js';
import { shapes } from '../helpers/shapes.js';

const features = countryFeatures(world110m);
const WHOLE = ['equal-earth', 'natural-earth'] as const;
const WIDTHS = [200, 320, 377, 640, 1000, 1203, 1600];

/** Each polygon of a country as a GeoJSON Polygon, in the order of its projected rings. */
const polygonsOf = (country: CountryFeature): Polygon[] =>
  country.geometry.type === 'Polygon' ? [country.geometry] : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

/** The same frame, with d3 drawing and measuring every country through its streams (clipping, resampling). */
const byD3 = (frame: MapFrame): MapFrame => ({ ...frame, whole: false });

describe('projected rings, measured as d3 measures them', () => {
  for (const projection of WHOLE) {
    it(`${projection}: each polygon of the world has d3's path, box, area and centroid, to the last bit, at widths from 200 to 1600 px`, () => {
      let measured = 0;
      for (const width of WIDTHS) {
        const frame = frameMap({ projection, region: 'world', width });
        const path = geoPath(frame.projection);
        const written = geoPath(frame.projection).digits(1);
        for (const country of features) {
          const rings = projectedRings(country, frame);
          if (!rings) continue;
          expect(pathOfRings(rings), `${country.id} at ${width}`).to.equal(written(country));
          expect(boundsOfRings(rings), `${country.id} at ${width}`).to.deep.equal(path.bounds(country));
          polygonsOf(country).forEach((polygon, i) => {
            const at = `${country.id}, part ${i}, at ${width}`;
            expect(areaOfPolygon(rings[i]), at).to.equal(path.area(polygon));
            expect(centroidOfRings([rings[i]]), at).to.deep.equal(path.centroid(polygon));
            expect(boundsOfRings([rings[i]]), at).to.deep.equal(path.bounds(polygon));
            measured++;
          });
        }
      }
      // Of the 277 polygons of the world, all but Russia's 12 (and Canada's, which d3 resamples at the widest).
      expect(measured).to.be.above(WIDTHS.length * 250);
    });
  }

  it('largestPolygon(): the part of the greatest area, the first of equals', () => {
    const square = (x: number, side: number) => [x, 0, x + side, 0, x + side, side, x, side];
    /** The same ring the other way round, as a hole runs. */
    const hole = (xy: number[]) => xy.flatMap((_, i) => (i % 2 ? [] : [xy[xy.length - 2 - i], xy[xy.length - 1 - i]]));
    expect(largestPolygon([[square(0, 2)], [square(10, 3)], [square(20, 1)]])).to.deep.equal([[square(10, 3)]]);
    expect(largestPolygon([[square(0, 2)], [square(10, 2)]])).to.deep.equal([[square(0, 2)]]);
    // A hole takes its area off its polygon's.
    expect(largestPolygon([[square(0, 4), hole(square(0.5, 3))], [square(10, 3)]])).to.deep.equal([[square(10, 3)]]);
    expect(largestPolygon([[square(0, 4)], [square(10, 3)]])).to.deep.equal([[square(0, 4)]]);
  });

  it('centroidOfRings(): of the outline when there is no area, of the points when there is no outline, NaN for nothing', () => {
    expect(centroidOfRings([[[0, 0, 2, 0, 4, 0]]])).to.deep.equal([2, 0]);
    expect(centroidOfRings([[[1, 1, 1, 1, 1, 1]]])).to.deep.equal([1, 1]);
    expect(centroidOfRings([])).to.deep.equal([NaN, NaN]);
  });
});

describe('drawCountry() in a whole frame', () => {
  for (const projection of WHOLE) {
    it(`${projection}: draws each country of the world as d3 draws and measures it (path, box, anchor, marker, main part's box), at widths from 200 to 1600 px`, () => {
      for (const width of WIDTHS) {
        const frame = frameMap({ projection, region: 'world', width });
        const d3 = byD3(frame);
        for (const country of features) expect(drawCountry(country, frame), `${country.id} at ${width}`).to.deep.equal(drawCountry(country, d3));
      }
    });

    it(`${projection}: draws shapes of other topologies (holes, repeated points, past the antimeridian, at the pole) as d3 does`, () => {
      for (let width = 200; width <= 1600; width += 37) {
        const frame = frameMap({ projection, region: 'world', width });
        const d3 = byD3(frame);
        for (const [name, shape] of Object.entries(shapes)) expect(drawCountry(shape, frame), `${name} at ${width}`).to.deep.equal(drawCountry(shape, d3));
      }
    });
  }
});
