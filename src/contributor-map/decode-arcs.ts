// The arcs of the bundled world travel as text: each integer of TopoJSON's delta-encoded arcs
// zigzagged (sign in the lowest bit) and written 5 bits a character in the URL-safe base64
// alphabet, the 6th bit saying "more follows"; arcs end with ",". It is a third smaller than
// JSON after gzip, and needs no escaping inside a string literal.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Each character's value by its code, -1 for a character not in the alphabet. */
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGITS[ALPHABET.charCodeAt(i)] = i;

/** TopoJSON arcs (quantized, delta-encoded positions) from their encoded text. */
export function decodeArcs(text: string): [number, number][][] {
  const arcs: [number, number][][] = [];
  let arc: [number, number][] = [];
  // The number being read, its bits so far, and the point's first number once read.
  let value = 0;
  let shift = 0;
  let first: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 /* , */) {
      arcs.push(arc);
      arc = [];
      first = undefined;
      continue;
    }
    const digit = code < 128 ? DIGITS[code] : -1;
    if (digit < 0) throw new Error(`not an encoded arc character: ${text[i]}`);
    value |= (digit & 31) << shift;
    shift += 5;
    if (digit >= 32) continue;
    const n = value & 1 ? -((value + 1) / 2) : value / 2;
    value = 0;
    shift = 0;
    if (first === undefined) first = n;
    else {
      arc.push([first, n]);
      first = undefined;
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
