// node scripts/build-world.js: writes src/contributor-map/world-110m.ts, the world bundled with
// <contributor-map>, from world-atlas's Natural Earth 1:110m countries. Run it by hand after
// changing the settings below or upgrading world-atlas, and commit the result.
//
// `buildWorld` is pure and runs in the browser too: a test rebuilds the topology from the
// package's JSON and checks that the committed module is exactly what this script writes.
import { quantize } from 'topojson-client';
import { filter, presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/**
 * Points whose triangle with their neighbours covers less than this many steradians go
 * (Visvalingam). 1.5e-4 sr is about 6,000 km², three square pixels on a 1000 px world:
 * coastlines stay recognisable there and on a 600 px globe (3,046 of 8,246 points are kept;
 * the bundle's 60 KB gzip budget wants every byte). Inside FOCUS_BOX the weights count
 * FOCUS_BOOST times more, so the
 * region this library is about keeps 2e-5 sr of detail (finer than a uniform 4e-5): the Sinai,
 * the Gulf of Aqaba, Qatar and Cyprus keep their shapes when region="middle-east" zooms in.
 * Compare with demo/world.html?simplified=0, or ?weight=4e-5&boost=1 to try other values.
 */
export const MIN_WEIGHT = 1.5e-4;
/** [[west, south], [east, north]]: the Middle East, as the `middle-east` region frames it and more. */
export const FOCUS_BOX = [
  [20, 8],
  [66, 46],
];
export const FOCUS_BOOST = 7.5;
/**
 * Grid size after simplification: 360° / 4000 is 0.09° (0.25 px on a 1000 px world, 2 px on
 * the Middle East at 1000 px, finer than the 1:110m data itself). 5000 costs 0.5 KB more gzip.
 */
export const QUANTIZATION = 4000;
export const ANTARCTICA = '010';

/**
 * The compact topology: object `countries` only (the `land` outline is the union of the
 * countries), no names (the element names countries in the reader's language), ISO 3166-1
 * numeric ids kept, arcs simplified and quantized.
 *
 * @param {import('topojson-specification').Topology} source world-atlas countries-110m.json
 * @param {{ minWeight?: number, quantization?: number, boost?: number }} [options] to compare settings (demo/world.html)
 */
export function buildWorld(source, { minWeight = MIN_WEIGHT, quantization = QUANTIZATION, boost = FOCUS_BOOST } = {}) {
  const countries = source.objects.countries;
  // Antarctica (010) is left out: no story of this library is set there, Mercator cannot draw
  // it, and its coast is 0.5 KB gzip of the bundle.
  const geometries = countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const stripped = {
    type: 'Topology',
    bbox: source.bbox,
    transform: source.transform,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: geometries.map((g) => (g.id == null ? { type: g.type, arcs: g.arcs } : { type: g.type, id: g.id, arcs: g.arcs })),
      },
    },
    arcs: source.arcs,
  };
  // filter() with a keep-all test drops the arcs only Antarctica used.
  const weighted = presimplify(filter(stripped, () => true), sphericalTriangleArea);
  // presimplify leaves absolute [lon, lat, weight] points; an arc's ends have no weight and stay.
  const [[west, south], [east, north]] = FOCUS_BOX;
  for (const arc of weighted.arcs) {
    for (const point of arc) {
      if (point[2] != null && point[0] >= west && point[0] <= east && point[1] >= south && point[1] <= north) point[2] *= boost;
    }
  }
  const simplified = simplify(weighted, minWeight);
  const quantized = quantize({ ...simplified, transform: undefined }, quantization);
  // Shorter numbers gzip better; 12 significant digits keep every quantized point exact.
  const round = (x) => +x.toPrecision(12);
  return {
    type: 'Topology',
    transform: { scale: quantized.transform.scale.map(round), translate: quantized.transform.translate.map(round) },
    objects: quantized.objects,
    arcs: quantized.arcs,
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Arcs as text, the inverse of decodeArcs in src/contributor-map/decode-arcs.ts. */
export function encodeArcs(arcs) {
  let text = '';
  for (const arc of arcs) {
    for (const point of arc) {
      for (const n of point) {
        let value = n < 0 ? -2 * n - 1 : 2 * n;
        while (value >= 32) {
          text += ALPHABET[32 + (value & 31)];
          value = Math.floor(value / 32);
        }
        text += ALPHABET[value];
      }
    }
    text += ',';
  }
  return text;
}

/**
 * The countries' geometries as text, the inverse of decodeGeometries: `;` between countries,
 * each its id, then `*` for a MultiPolygon or `:` for a Polygon, then its polygons (`/`
 * between them), rings (`|`) and arc indexes (`,`). An arc used for the first time, in order,
 * is written as nothing: most are. 1.2 KB gzip where the same as JSON is 2.9 KB.
 */
export function encodeGeometries(geometries) {
  let fresh = 0;
  const arc = (index) => (index === fresh ? (fresh++, '') : String(index));
  return geometries
    .map((g) => {
      const polygons = g.type === 'MultiPolygon' ? g.arcs : [g.arcs];
      return `${g.id ?? ''}${g.type === 'MultiPolygon' ? '*' : ':'}${polygons.map((rings) => rings.map((ring) => ring.map(arc).join(',')).join('|')).join('/')}`;
    })
    .join(';');
}

/**
 * The TypeScript module for a built topology. Setting its `arcs` lets the decoded ones go
 * (indexWorld does once it has made countries of them); they are decoded again if asked for.
 * A topology without `bbox`: nothing reads it.
 */
export function worldModule(topology) {
  const { arcs, ...rest } = topology;
  return `// Generated by scripts/build-world.js from world-atlas@2.0.2 countries-110m.json: do not edit by hand.
// Natural Earth 1:110m countries (public domain), simplified and quantized; ids are ISO 3166-1
// numeric. The geometries and arcs are encoded text (see decode-arcs.ts), decoded on first use:
// a page of charts alone never pays for them.
import { decodeArcs, decodeGeometries } from './decode-arcs.js';
import type { CountriesTopology } from './options.js';

let arcs: CountriesTopology['arcs'] | undefined;
let geometries: CountriesTopology['objects']['countries']['geometries'] | undefined;

export const world110m: CountriesTopology = {
  type: 'Topology',
  transform: ${JSON.stringify(rest.transform)},
  objects: {
    countries: {
      type: 'GeometryCollection',
      get geometries() {
        return (geometries ??= decodeGeometries('${encodeGeometries(rest.objects.countries.geometries)}'));
      },
    },
  },
  get arcs() {
    return (arcs ??= decodeArcs('${encodeArcs(arcs)}'));
  },
  set arcs(decoded) {
    arcs = decoded;
  },
};
`;
}

if (typeof process !== 'undefined' && process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const source = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8'));
  const code = worldModule(buildWorld(source));
  writeFileSync(new URL('../src/contributor-map/world-110m.ts', import.meta.url), code);
  console.log(`build-world: src/contributor-map/world-110m.ts, ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} gzip`);
}
