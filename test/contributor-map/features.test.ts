import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryFeatures, normalizeCountryId, type CountriesTopology } from '../../src/contributor-map/geometry.js';
import { indexWorld } from '../../src/contributor-map/layout.js';
import { world110m } from '../../src/contributor-map/world-110m.js';

/** The countries as topojson-client's feature() makes them, polygons only, ids of 3 digits (empty without one). */
function byTopojson(topology: CountriesTopology): Feature[] {
  const { features } = feature(topology as unknown as Topology, topology.objects.countries as unknown as GeometryCollection);
  return features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon').map((f) => ({ ...f, id: normalizeCountryId(f.id) ?? '' }));
}

const square = (x: number, y: number) => [
  [x, y],
  [x + 10, y],
  [x + 10, y + 10],
  [x, y + 10],
  [x, y],
];

/** A topology of squares, the second sharing its west edge with the first. */
const squares = (): CountriesTopology => ({
  type: 'Topology',
  arcs: [
    // The first square's ring, its east edge the next arc: north, then west and south back.
    [
      [10, 0],
      [0, 0],
      [0, 10],
      [10, 10],
    ],
    [
      [10, 10],
      [10, 0],
    ],
    [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 10],
    ],
    // Two points: a ring padded to four.
    [
      [30, 30],
      [31, 31],
    ],
    // A third dimension, kept.
    [
      [40, 40, 7],
      [41, 40, 7],
      [41, 41, 7],
      [40, 40, 7],
    ],
    square(50, 50),
    square(52, 52).reverse(),
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 36, arcs: [[0, 1]], properties: { name: 'west' } },
        { type: 'Polygon', id: '840', arcs: [[2, ~1]], properties: null },
        { type: 'Polygon', arcs: [[3]] },
        { type: 'MultiPolygon', id: 'XK', arcs: [[[4]], [[5], [6]]], bbox: [40, 40, 60, 60] } as never,
        { type: 'Point', id: '1', coordinates: [0, 0] } as never,
        { type: null, id: '2' },
        { type: 'GeometryCollection', id: '3', geometries: [] } as never,
      ],
    },
  },
});

/** The same, quantized: integer deltas and a transform. */
function quantized(): CountriesTopology {
  const topology = squares();
  topology.transform = { scale: [0.5, 0.25], translate: [-180, -90] };
  topology.arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([px, py, ...rest]) => {
      const delta = [px - x, py - y, ...rest];
      [x, y] = [px, py];
      return delta;
    });
  });
  return topology;
}

describe('countryFeatures()', () => {
  it("makes of the bundled world what topojson-client's feature() makes of it", () => {
    const features = countryFeatures(world110m);
    expect(features.length).to.equal(176);
    expect(features).to.deep.equal(byTopojson(world110m));
  });

  it("makes of other topologies what feature() makes of them: reversed and shared arcs, short arcs, ids and properties, no transform or one", () => {
    for (const topology of [squares(), quantized()]) {
      const features = countryFeatures(topology);
      expect(features.map((f) => f.id)).to.deep.equal(['036', '840', '', 'XK']);
      expect(features).to.deep.equal(byTopojson(topology));
    }
  });

  it("makes of world-atlas's 1:50m countries what feature() makes of them", async () => {
    const topology = (await (await fetch('/node_modules/world-atlas/countries-50m.json')).json()) as CountriesTopology;
    const features = countryFeatures(topology);
    expect(features.length).to.be.above(200);
    expect(features).to.deep.equal(byTopojson(topology));
  });

  it('refuses a topology without countries, or with an arc that is not there', () => {
    expect(() => countryFeatures({ type: 'Topology', arcs: [], objects: {} } as unknown as CountriesTopology)).to.throw('the topology has no "countries" GeometryCollection');
    const missing = squares();
    missing.objects.countries.geometries = [{ type: 'Polygon', id: '036', arcs: [[9]] }];
    expect(() => countryFeatures(missing)).to.throw();
  });

  it("indexWorld() indexes the bundled world's countries, as feature() makes them, by id", () => {
    expect(indexWorld(world110m).features).to.deep.equal(byTopojson(world110m));
    expect(indexWorld(world110m).byId.get('360')!.geometry.type).to.equal('MultiPolygon');
  });
});
