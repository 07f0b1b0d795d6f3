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
