// The arcs of the bundled world travel as text: each integer of TopoJSON's delta-encoded arcs
// zigzagged (sign in the lowest bit) and written 5 bits a character in the URL-safe base64
// alphabet, the 6th bit saying "more follows"; arcs end with ",". It is a third smaller than
// JSON after gzip, and needs no escaping inside a string literal.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** TopoJSON arcs (quantized, delta-encoded positions) from their encoded text. */
export function decodeArcs(text: string): [number, number][][] {
  const arcs: [number, number][][] = [];
  let arc: [number, number][] = [];
  let numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === ',') {
      for (let j = 0; j < numbers.length; j += 2) arc.push([numbers[j], numbers[j + 1]]);
      arcs.push(arc);
      arc = [];
      numbers = [];
      continue;
    }
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new Error(`not an encoded arc character: ${char}`);
    value |= (digit & 31) << shift;
    shift += 5;
    if (digit < 32) {
      numbers.push(value & 1 ? -((value + 1) / 2) : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return arcs;
}

/** A country's geometry in the bundled world: its rings as arc indexes (~ for a reversed arc). */
export interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id?: string;
  arcs: number[][] | number[][][];
}

/**
 * The countries' geometries from their text (see encodeGeometries in scripts/build-world.js):
 * `;` between countries, each its id then `*` (MultiPolygon) or `:` (Polygon), `/` between
 * polygons, `|` between rings, `,` between arc indexes; an empty index is the next arc not yet used.
 */
export function decodeGeometries(text: string): EncodedGeometry[] {
  let fresh = 0;
  return text.split(';').map((country) => {
    const [, id, kind, body] = /^(\d*)([*:])(.*)$/.exec(country) ?? [];
    if (body === undefined) throw new Error(`not an encoded geometry: ${country.slice(0, 20)}`);
    const polygons = body.split('/').map((polygon) => polygon.split('|').map((ring) => ring.split(',').map((arc) => (arc === '' ? fresh++ : Number(arc)))));
    const geometry: EncodedGeometry = kind === '*' ? { type: 'MultiPolygon', arcs: polygons } : { type: 'Polygon', arcs: polygons[0] };
    if (id) geometry.id = id;
    return geometry;
  });
}
