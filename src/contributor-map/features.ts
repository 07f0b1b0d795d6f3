import type { Polygon, Position } from 'geojson';
import type { CountryFeature } from './geometry.js';
import type { CountriesTopology } from './options.js';

// The countries of a TopoJSON topology as GeoJSON features: what topojson-client's feature()
// makes of them (test/contributor-map/features.test.ts holds them equal), with less work: each
// arc's points are decoded once and shared by the rings that run along it, where feature() makes
// them afresh for each ring, so for each country on either side of a border (the bundled world
// from its text: 10 -> 7 ms in a fresh page, its arcs' decoding included).

/**
 * ISO numeric ids as 3-digit strings: a finer topology from elsewhere may number them (36)
 * where world-atlas writes "036".
 */
export function normalizeCountryId(id: string | number | undefined): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  const text = String(id);
  return /^\d{1,3}$/.test(text) ? text.padStart(3, '0') : text;
}

/** The points of a topology's arc by index, in degrees: its positions as TopoJSON's transform makes them, decoded once. */
function arcPositions(topology: CountriesTopology): (index: number) => Position[] {
  const { arcs, transform } = topology;
  if (!transform) return (index) => arcs[index];
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  const decoded: Position[][] = [];
  return (index) => {
    let points = decoded[index];
    if (points) return points;
    let x = 0;
    let y = 0;
    points = arcs[index].map((delta) => {
      const point = [(x += delta[0]) * kx + dx, (y += delta[1]) * ky + dy];
      for (let j = 2; j < delta.length; j++) point.push(delta[j]);
      return point;
    });
    return (decoded[index] = points);
  };
}

/**
 * The countries of a topology as GeoJSON features. Shapes without an id (Kosovo, Northern
 * Cyprus, Somaliland in Natural Earth) are kept with an empty id, to be drawn as land.
 */
export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
  const object = topology.objects?.countries;
  if (!object || object.type !== 'GeometryCollection') throw new Error('the topology has no "countries" GeometryCollection');
  const arc = arcPositions(topology);
  // TopoJSON's rings: arcs end to end, each after the first from the last point of the one
  // before (a reversed arc, ~index, backwards), at least 4 points.
  const ring = (indexes: number[]): Position[] => {
    const points: Position[] = [];
    for (const index of indexes) {
      const along = arc(index < 0 ? ~index : index);
      if (points.length) points.pop();
      if (index < 0) for (let k = along.length - 1; k >= 0; k--) points.push(along[k]);
      else for (const point of along) points.push(point);
    }
    while (points.length < 4) points.push(points[0]);
    return points;
  };
  const polygon = (rings: number[][]): Polygon['coordinates'] => rings.map(ring);
  const features: CountryFeature[] = [];
  for (const { type, id, arcs, properties, bbox } of object.geometries as { type: string; id?: string | number; arcs: unknown; properties?: object | null; bbox?: number[] }[]) {
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    const geometry = type === 'Polygon' ? { type, coordinates: polygon(arcs as number[][]) } : { type, coordinates: (arcs as number[][][]).map(polygon) };
    features.push({ type: 'Feature', id: normalizeCountryId(id) ?? '', properties: properties ?? {}, geometry, ...(bbox && { bbox }) } as CountryFeature);
  }
  return features;
}
