// The map's public vocabulary, with no dependency of its own: the element's typings import
// from here, so an app type-checking against them needs no d3-geo or GeoJSON types.

/**
 * A TopoJSON topology with an object `countries`: one geometry per country, ids ISO 3166-1
 * numeric ("360" for Indonesia), as in the world-atlas package.
 */
export interface CountriesTopology {
  type: 'Topology';
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  bbox?: number[];
  objects: {
    countries: {
      type: 'GeometryCollection';
      geometries: { type: string | null; id?: string | number; arcs?: unknown; properties?: Record<string, unknown> | null }[];
    };
    [name: string]: unknown;
  };
}

export const PROJECTIONS = ['equal-earth', 'natural-earth', 'mercator', 'orthographic'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export const REGIONS = ['world', 'contributors', 'middle-east'] as const;
export type RegionName = (typeof REGIONS)[number];

// An attribute typo must still draw a map, so unknown names fall back to the default.
/** The projection named, else Equal Earth. */
export function maybeProjection(name: unknown): ProjectionName {
  return PROJECTIONS.includes(name as ProjectionName) ? (name as ProjectionName) : 'equal-earth';
}

/** The region named, else the world. */
export function maybeRegion(name: unknown): RegionName {
  return REGIONS.includes(name as RegionName) ? (name as RegionName) : 'world';
}
