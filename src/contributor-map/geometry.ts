import {
  geoCentroid,
  geoDistance,
  geoEqualEarth,
  geoMercator,
  geoNaturalEarth1,
  geoOrthographic,
  geoPath,
  type GeoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { CountriesTopology, ProjectionName, RegionName } from './options.js';
import { boundsOfRings, centroidOfRings, largestPolygon, pathOfRings, type PixelBounds, type ProjectedRings } from './rings.js';

export { maybeProjection, maybeRegion, PROJECTIONS, REGIONS, type CountriesTopology, type ProjectionName, type RegionName } from './options.js';
export { countryFeatures, normalizeCountryId } from './features.js';

// The maths of the map, with no DOM: which projection, what it frames, and the SVG path of
// each country in pixels. d3-geo does the work; the element only draws what comes out.

/** A country's shape, its id as a 3-digit ISO numeric code ("031"). */
export type CountryFeature = Feature<Polygon | MultiPolygon> & { id: string };

/** A longitude and latitude in degrees. */
export type LonLat = [number, number];

/** A fresh d3 projection by name, not yet fitted. */
export function projectionByName(name: ProjectionName): GeoProjection {
  switch (name) {
    case 'natural-earth':
      return geoNaturalEarth1();
    case 'mercator':
      return geoMercator();
    case 'orthographic':
      return geoOrthographic();
    default:
      return geoEqualEarth();
  }
}

/** Whether a value looks like a TopoJSON topology with a `countries` GeometryCollection. */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  const topology = value as CountriesTopology | null;
  return (
    typeof topology === 'object' &&
    topology !== null &&
    topology.type === 'Topology' &&
    Array.isArray(topology.arcs) &&
    topology.objects?.countries?.type === 'GeometryCollection' &&
    Array.isArray(topology.objects.countries.geometries)
  );
}

/** Longitude and latitude boxes of the named regions: [[west, south], [east, north]]. */
export const REGION_BOXES: Readonly<Record<'middle-east' | 'mercator-world', [LonLat, LonLat]>> = {
  // From the Nile Delta and Libya's border to Iran's east; from Yemen to the Caucasus.
  'middle-east': [
    [24, 12],
    [63, 43],
  ],
  // Mercator cannot show the poles; Antarctica's coast and the far Arctic are left out.
  'mercator-world': [
    [-180, -57],
    [180, 84],
  ],
};

/**
 * A lon/lat box as a polygon whose edges follow parallels and meridians, for fitting: the
 * ring of d3's geoGraticule().extent(box).outline() (up the west meridian, east along the
 * north parallel, down the east meridian, back along the south parallel, a point every
 * 2.5° on the parallels), written out to keep the graticule generator out of the bundle.
 */
export function boxOutline([[west, south], [east, north]]: [LonLat, LonLat]): GeoPermissibleObjects {
  // d3's range(from, to - ε, step).concat(to): meridians (great circles) need no points
  // between their ends, parallels one every 2.5°; walked backwards, the same points reversed.
  const steps = (from: number, to: number, step: number) => {
    const out: number[] = [];
    for (let v = from; v < to - 1e-6; v += step) out.push(v);
    return [...out, to];
  };
  const meridian = steps(south, north, 90);
  const parallel = steps(west, east, 2.5);
  const ring: LonLat[] = [
    ...meridian.map((y): LonLat => [west, y]),
    ...parallel.slice(1).map((x): LonLat => [x, north]),
    ...[...meridian].reverse().slice(1).map((y): LonLat => [east, y]),
    ...[...parallel].reverse().slice(1).map((x): LonLat => [x, south]),
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

export interface FrameOptions {
  projection: ProjectionName;
  region: RegionName;
  /** Width in px to fill. */
  width: number;
  /** The listed countries' shapes (for `region: 'contributors'` and the globe's centre). */
  contributors?: readonly CountryFeature[];
  /** Points of focus, such as Gaza, kept inside the frame. */
  focus?: readonly LonLat[];
}

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** Nothing is cut: the whole world in a projection that keeps it whole, inside the frame (see directPath). */
  whole?: boolean;
}

// Bounds on the height as a share of the width: a region of one long country stays readable,
// a tall one does not push the article down by more than a square.
const MIN_ASPECT = 0.35;
const MAX_ASPECT = 1;
// And never taller than most phones' and laptops' viewports: a globe at 1000 px stays 600 px tall.
const MAX_HEIGHT = 600;

/** What the frame must contain: the sphere, a box, or the contributors and focus points. */
function framedObject(options: FrameOptions): GeoPermissibleObjects {
  const { region, projection } = options;
  if (region === 'middle-east') return boxOutline(REGION_BOXES['middle-east']);
  if (region === 'contributors') {
    const features: Feature[] = [
      ...(options.contributors ?? []),
      ...(options.focus ?? []).map((coordinates): Feature => ({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates } })),
    ];
    if (features.length) return { type: 'FeatureCollection', features } as FeatureCollection;
  }
  return projection === 'mercator' ? boxOutline(REGION_BOXES['mercator-world']) : { type: 'Sphere' };
}

/**
 * Where a globe should face to show the focus points and as many of the listed places as one
 * hemisphere can: every focus point well inside the disc (within 60° of its centre) first,
 * then the most places seen, then the focus nearest the centre (or, without a focus, the
 * tightest view). Tried: each point itself, and every 10° of the globe.
 */
export function globeFacing(focus: readonly LonLat[], places: readonly LonLat[]): LonLat {
  const all = [...focus, ...places];
  if (!all.length) return [0, 0];
  const candidates: LonLat[] = [...all];
  for (let lat = -70; lat <= 70; lat += 10) for (let lon = -180; lon < 180; lon += 10) candidates.push([lon, lat]);
  // Seen: more than ~6° inside the rim, so a place is not a sliver on the edge.
  const seen = (centre: LonLat, p: LonLat) => geoDistance(centre, p) < Math.PI / 2 - 0.1;
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const centre of candidates) {
    const distances = (points: readonly LonLat[]) => points.map((p) => geoDistance(centre, p));
    const near = distances(focus).filter((d) => d <= Math.PI / 3).length;
    const tight = Math.max(0, ...distances(focus.length ? focus : all.filter((p) => seen(centre, p))));
    const score = near * 1000 + places.filter((p) => seen(centre, p)).length * 10 - tight;
    if (score > bestScore) [best, bestScore] = [centre, score];
  }
  return best;
}

/** Where a globe faces: the middle of the Middle East box, else the focus and contributors as well as one hemisphere can. */
function globeCentre(options: FrameOptions): LonLat {
  if (options.region === 'middle-east') {
    const [[w, s], [e, n]] = REGION_BOXES['middle-east'];
    return [(w + e) / 2, (s + n) / 2];
  }
  return globeFacing(options.focus ?? [], (options.contributors ?? []).map((c) => geoCentroid(c) as LonLat));
}

/**
 * A projection fitted to a width: it frames the region (with some padding when zoomed in),
 * and the height follows from the framed extent's aspect, within bounds. Everything outside
 * the frame is clipped, so zoomed-in paths stay short.
 *
 * @example
 * const { projection, width, height } = frameMap({ projection: 'equal-earth', region: 'world', width: 640 });
 */
export function frameMap(options: FrameOptions): MapFrame {
  const key = frameKey(options);
  let frame = frames.get(key);
  if (frame) {
    // Most recently used last: the oldest goes first when the memo is full.
    frames.delete(key);
  } else {
    frame = fitFrame(options);
    if (frames.size >= FRAMES_KEPT) frames.delete(frames.keys().next().value!);
  }
  frames.set(key, frame);
  return frame;
}

// Frames by what they depend on, so that a width seen before (a resize back, a second map of the
// same kind) costs no fitting, and its paths none of projecting (see pathFor). A frame is
// shared: its projection must not be changed.
const frames = new Map<string, MapFrame>();
const FRAMES_KEPT = 8;
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (object: object) => ids.get(object) ?? (ids.set(object, ++lastId), lastId);

/** Whether the listed countries and focus points frame the map or turn the globe. */
const framedByPlaces = ({ projection, region }: FrameOptions) => region === 'contributors' || (projection === 'orthographic' && region !== 'middle-east');

/** What a frame depends on: the listed countries and focus only where they frame the map or turn the globe. */
function frameKey(options: FrameOptions): string {
  const { projection, region } = options;
  const width = Math.max(1, Math.round(options.width));
  if (!framedByPlaces(options)) return `${projection}|${region}|${width}`;
  return `${projection}|${region}|${width}|${(options.focus ?? []).join(';')}|${(options.contributors ?? []).map(idOf).join(',')}`;
}

function fitFrame(options: FrameOptions): MapFrame {
  const width = Math.max(1, Math.round(options.width));
  const projection = projectionByName(options.projection);
  const object = framedObject(options);
  if (options.projection === 'orthographic') {
    const [lon, lat] = globeCentre(options);
    projection.rotate([-lon, -lat]);
  }
  // The world's outline needs only room for its stroke; a region breathes a little.
  const pad = options.region === 'world' ? 1 : Math.round(Math.min(24, Math.max(8, width * 0.04)));
  const inner = Math.max(1, width - 2 * pad);
  projection.fitWidth(inner, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const natural = Number.isFinite(y1 - y0) ? y1 - y0 + 2 * pad : width / 2;
  const height = Math.round(Math.min(width * MAX_ASPECT, MAX_HEIGHT, Math.max(width * MIN_ASPECT, natural)));
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    object,
  );
  // One point, points a hair apart, a pole on Mercator: a frame without size fits at an
  // infinite, zero or astronomical scale, where paths are NaN or resample without end. The world then.
  const k = projection.scale();
  if (options.region !== 'world' && !(k > 0 && k < width * 64)) return fitFrame({ ...options, region: 'world' });
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  // The whole sphere fitted in a projection with no edge but the antimeridian: d3's clipping
  // leaves a country that does not cross it as it is (see directPath).
  const whole = options.region === 'world' && (options.projection === 'equal-earth' || options.projection === 'natural-earth');
  return { projection, width, height, whole };
}

const paths = new WeakMap<MapFrame, GeoPath>();

/**
 * A path generator in px for a frame, rounded to 1 decimal: smaller DOM, same picture. One per
 * frame, which remembers each shape's path that d3 draws: the world is projected once per frame
 * (but for what directPath draws faster than it could be looked up).
 */
export function pathFor(frame: MapFrame): GeoPath {
  let path = paths.get(frame);
  if (path) return path;
  const base = geoPath(frame.projection).digits(1);
  const drawn = new WeakMap<object, string | null>();
  const memo = ((object: GeoPermissibleObjects, ...rest: unknown[]) => {
    if (rest.length || typeof object !== 'object' || object === null) return (base as (...a: unknown[]) => string | null)(object, ...rest);
    let d = drawn.get(object);
    if (d !== undefined) return d;
    // In a whole frame, most countries are drawn point by point in a few µs: kept, their strings
    // would be most of a map's heap (a frame per width seen).
    const direct = frame.whole ? directPath(object, frame) : undefined;
    if (direct !== undefined) return direct;
    drawn.set(object, (d = base(object)));
    return d;
  }) as GeoPath;
  // The rest of the generator (area, bounds, centroid …) as d3 has it.
  path = Object.assign(memo, base);
  paths.set(frame, path);
  return path;
}

// d3's adaptive resampling (d3-geo's resample.js): a segment longer than 2 * sqrt(DELTA2) px is
// cut where the great circle between its ends strays more than sqrt(DELTA2) px from the straight
// line, where its middle is off-centre, or where its ends are more than 30° apart.
const DELTA2 = 0.5;
const COS_MIN_DISTANCE = Math.cos((30 * Math.PI) / 180);
const RADIANS = Math.PI / 180;

/**
 * Whether d3 might cut the segment between two points (x, y in px; λ the longitude in radians,
 * a, b, c the point on the unit sphere); near its thresholds, yes.
 */
function mightResample(
  projection: GeoProjection,
  x0: number,
  y0: number,
  l0: number,
  a0: number,
  b0: number,
  c0: number,
  x1: number,
  y1: number,
  l1: number,
  a1: number,
  b1: number,
  c1: number,
): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const d2 = dx * dx + dy * dy;
  if (d2 <= 4 * DELTA2 * 0.99) return false;
  const a = a0 + a1;
  const b = b0 + b1;
  const c = (c0 + c1) / Math.sqrt(a * a + b * b + (c0 + c1) * (c0 + c1));
  const lon = Math.abs(Math.abs(c) - 1) < 1e-6 || Math.abs(l0 - l1) < 1e-6 ? (l0 + l1) / 2 : Math.atan2(b, a);
  const middle = projection([lon / RADIANS, Math.asin(c) / RADIANS]);
  if (!middle) return true;
  const dx2 = middle[0] - x0;
  const dy2 = middle[1] - y0;
  const dz = dy * dx2 - dx * dy2;
  return (dz * dz) / d2 > DELTA2 * 0.9 || Math.abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.29 || a0 * a1 + b0 * b1 + c0 * c1 < COS_MIN_DISTANCE + 1e-6;
}

/**
 * A country's rings in a whole frame, each point projected as it is: the points d3's geoPath
 * hands its context and its measures (bounds, area, centroid), in the same order, where d3
 * would change nothing on the way (no ring crosses the antimeridian, every point is inside the
 * frame, no segment is resampled); undefined elsewhere (Russia, Canada above 1200 px), for d3.
 */
export function projectedRings(object: object, frame: MapFrame): ProjectedRings | undefined {
  const geometry = (object as Feature).type === 'Feature' ? (object as Feature).geometry : (object as Geometry);
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return undefined;
  const { projection, width, height } = frame;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: ProjectedRings = [];
  for (const polygon of polygons) {
    const rings: number[][] = [];
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r];
      const n = ring.length - 1;
      // A closed ring (its last point its first) of 3 points or more.
      if (n < 3 || ring[n][0] !== ring[0][0] || ring[n][1] !== ring[0][1]) return undefined;
      // Twice the ring's signed area in longitude and latitude: d3 takes a ring that runs the
      // other way (an outer ring anticlockwise, as RFC 7946 GeoJSON writes it; a hole clockwise)
      // for the rest of the sphere, and draws the sphere too. Left to d3.
      let area = 0;
      // The point before, in px, and in radians and on the unit sphere (for mightResample).
      let x0 = 0;
      let y0 = 0;
      let l0 = 0;
      let a0 = 0;
      let b0 = 0;
      let c0 = 0;
      const xy: number[] = [];
      for (let i = 0; i <= n; i++) {
        const point = ring[i];
        const lon = point[0];
        const lat = point[1];
        if (i) {
          const before = ring[i - 1];
          if (Math.abs(lon - before[0]) > 180) return undefined;
          area += before[0] * lat - lon * before[1];
        }
        const projected = projection(point as [number, number]);
        if (!projected) return undefined;
        const x = projected[0];
        const y = projected[1];
        if (!(x > 0 && x < width && y > 0 && y < height)) return undefined;
        const l = lon * RADIANS;
        const cos = Math.cos(lat * RADIANS);
        const a = cos * Math.cos(l);
        const b = cos * Math.sin(l);
        const c = Math.sin(lat * RADIANS);
        if (i && mightResample(projection, x0, y0, l0, a0, b0, c0, x, y, l, a, b, c)) return undefined;
        if (i < n) xy.push(x, y);
        x0 = x;
        y0 = y;
        l0 = l;
        a0 = a;
        b0 = b;
        c0 = c;
      }
      // (A ring of no area, an islet of two points at 110m, is no ring that runs either way.)
      if (r ? area < -1e-9 : area > 1e-9) return undefined;
      rings.push(xy);
    }
    out.push(rings);
  }
  return out;
}

/**
 * A country's path in a whole frame, each point projected as it is: the string d3's geoPath
 * writes for it (digits 1), at a tenth of the cost, where d3 would change nothing on the way
 * (see projectedRings); undefined elsewhere, for d3 to draw. The world's countries at every
 * width are compared with d3's in test/contributor-map/geometry.test.ts.
 */
export function directPath(object: object, frame: MapFrame): string | undefined {
  const rings = projectedRings(object, frame);
  return rings && pathOfRings(rings);
}

/** How many countries are projected between two pauses of projectInSteps: a few ms of work. */
const PROJECTED_PER_STEP = 6;

/**
 * Projects `features` in a frame ahead of drawing them (pathFor remembers the paths), a few
 * countries at a time: each `yield` is a place where the caller may let the page breathe.
 */
export function* projectInSteps(features: readonly CountryFeature[], frame: MapFrame): Generator<void> {
  // A whole frame's countries are drawn as they are needed, a few ms for the world (see pathFor).
  if (frame.whole) return;
  const path = pathFor(frame);
  for (let i = 0; i < features.length; i += PROJECTED_PER_STEP) {
    for (const feature of features.slice(i, i + PROJECTED_PER_STEP)) path(feature);
    yield;
  }
}

/** The SVG path data of the globe or world outline in a frame ('' where it has none). */
export function outlinePath(frame: MapFrame, path = pathFor(frame)): string {
  return path({ type: 'Sphere' }) ?? '';
}

/** A point in px, or null when the projection clips it (the far side of a globe, outside the frame). */
export function projectPoint(frame: MapFrame, lonLat: LonLat, path = geoPath(frame.projection)): [number, number] | null {
  const [x, y] = path.centroid({ type: 'Point', coordinates: lonLat });
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

/** Below this size in px (the longer side of its box) a country gets a marker as well. */
export const SMALL_COUNTRY_PX = 10;
/** And below this one on its shorter side: a sliver (Qatar, 5 × 12 px at 320 px) is as hard to see or to point at. */
export const NARROW_COUNTRY_PX = 8;

export interface CountryDrawing {
  id: string;
  /** SVG path data; '' when the country is outside the frame. */
  d: string;
  /** A marker's centre when the country is too small to see or to point at, else null. */
  marker: [number, number] | null;
  /** A point inside or at the country to anchor a tooltip; null when not drawn. */
  anchor: [number, number] | null;
  /** The country's box in px ([[x0, y0], [x1, y1]]); null when not drawn. */
  bounds: [[number, number], [number, number]] | null;
  /** The box of its largest part, where its name goes: the contiguous states, not Alaska to Florida. */
  mainBounds?: [[number, number], [number, number]] | null;
}

/**
 * The largest visible polygon of a country: the centroid of all of the United States (Alaska
 * and Hawaii included) falls in Canada; that of its largest part does not.
 */
function mainPart(country: CountryFeature, path: GeoPath): Polygon | MultiPolygon {
  const geometry = country.geometry;
  if (geometry.type !== 'MultiPolygon') return geometry;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = path.area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/**
 * A listed country as drawn in a frame: its path, and a marker at its centre when it would
 * otherwise be a few pixels (Qatar on a world map) or a sliver, so that it is never lost.
 */
export function drawCountry(country: CountryFeature, frame: MapFrame, path = pathFor(frame)): CountryDrawing {
  // Remembered per path generator (one per frame, see pathFor), like the paths: a map prepared
  // ahead (layout.ts prepareMap) finds its countries drawn. A drawing is shared: never changed.
  let drawn = drawings.get(path);
  if (!drawn) drawings.set(path, (drawn = new WeakMap()));
  let drawing = drawn.get(country);
  if (!drawing) drawn.set(country, (drawing = drawCountryAnew(country, frame, path)));
  return drawing;
}

const drawings = new WeakMap<GeoPath, WeakMap<CountryFeature, CountryDrawing>>();

/** What a drawing is made of: the path, the country's box, and its main part's centroid and box; undefined when nothing is drawn. */
interface Measured {
  d: string;
  bounds: PixelBounds;
  centroid: [number, number];
  mainBounds: PixelBounds;
}

/**
 * A country drawn and measured where d3 would draw its points as they are (see projectedRings):
 * from the points, once projected, rather than streamed through d3 again for its box, each
 * part's area, the main part's centroid and box: the same numbers in a third of the time (the six
 * listed countries at 1000 px, first run in Node: 8-10 ms through d3, 3-5 from their points).
 */
function measureRings(rings: ProjectedRings): Measured | undefined {
  const d = pathOfRings(rings);
  if (!d) return undefined;
  const bounds = boundsOfRings(rings);
  const main = rings.length > 1 ? largestPolygon(rings) : rings;
  return { d, bounds, centroid: centroidOfRings(main), mainBounds: main === rings ? bounds : boundsOfRings(main) };
}

/** A country drawn and measured by d3's geoPath, through its clipping and resampling. */
function measureByPath(country: CountryFeature, path: GeoPath): Measured | undefined {
  const d = path(country);
  if (!d) return undefined;
  const bounds = path.bounds(country) as PixelBounds;
  const main = mainPart(country, path);
  return { d, bounds, centroid: path.centroid(main), mainBounds: main === country.geometry ? bounds : (path.bounds(main) as PixelBounds) };
}

function drawCountryAnew(country: CountryFeature, frame: MapFrame, path: GeoPath): CountryDrawing {
  const rings = frame.whole ? projectedRings(country, frame) : undefined;
  const measured = rings ? measureRings(rings) : measureByPath(country, path);
  if (!measured) return { id: country.id, d: '', marker: null, anchor: null, bounds: null };
  const { d, bounds, centroid, mainBounds } = measured;
  const [[x0, y0], [x1, y1]] = bounds;
  const anchor: [number, number] = Number.isFinite(centroid[0]) ? [centroid[0], centroid[1]] : [(x0 + x1) / 2, (y0 + y1) / 2];
  const small = Math.max(x1 - x0, y1 - y0) < SMALL_COUNTRY_PX || Math.min(x1 - x0, y1 - y0) < NARROW_COUNTRY_PX;
  return { id: country.id, d, marker: small ? anchor : null, anchor, bounds, mainBounds: Number.isFinite(mainBounds[0][0]) ? mainBounds : bounds };
}
