/// <reference types="node" />
import { inflateSync } from 'node:zlib';

// resvg reads TrueType and OpenType files, not the WOFF files font packages ship for the web.
// WOFF 1.0 is an SFNT whose tables are each zlib-compressed: unpacking one is a header, a
// table directory and an inflate per table (https://www.w3.org/TR/WOFF/).

/** The TrueType/OpenType bytes of a WOFF 1.0 font. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF 1.0 font.');
  const flavor = input.getUint32(4);
  const count = input.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => input.getUint32(at + d));
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.length !== origLength) throw new Error('A WOFF table does not unpack to its length.');
    return { tag, checksum, data };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const size = 12 + 16 * count + tables.reduce((sum, t) => sum + pad(t.data.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, flavor);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    view.setUint32(at, t.tag);
    view.setUint32(at + 4, t.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}
