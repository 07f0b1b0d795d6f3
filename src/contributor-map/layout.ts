import { countryByAlpha3 } from '../data/countries.js';
import type { Contributor } from '../data/schema.js';
import type { LocalText } from '../data/text.js';
import { countryFeatures, drawCountry, frameMap, outlinePath, pathFor, projectInSteps, projectPoint, type CountryDrawing, type CountryFeature, type LonLat, type MapFrame } from './geometry.js';
import { placeLabels, spreadMarkers, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import type { CountriesTopology, ProjectionName, RegionName } from './options.js';
import { finish } from '../internal/slices.js';

// The map laid out, with no DOM: the projection fitted to the width, each listed country's
// path, marker and label, the focus points and theirs. Given the same input (and the same
// `measure`), the same drawing: the height is known before anything is drawn.

/** A topology's countries, and those with an id by id. */
export interface WorldIndex {
  features: CountryFeature[];
  byId: Map<string, CountryFeature>;
}

const worlds = new WeakMap<object, WorldIndex>();

/** A topology's countries as features, indexed once per topology (it throws on one without countries). */
export function indexWorld(topology: CountriesTopology): WorldIndex {
  let world = worlds.get(topology);
  if (!world) {
    const features = countryFeatures(topology);
    world = { features, byId: new Map(features.filter((f) => f.id).map((f) => [f.id, f])) };
    worlds.set(topology, world);
    // The countries hold their own points: a topology that decodes its arcs on demand (the
    // bundled world) lets them go, a sixth of a map's heap.
    if (Object.getOwnPropertyDescriptor(topology, 'arcs')?.set) topology.arcs = undefined as unknown as CountriesTopology['arcs'];
  }
  return world;
}

/** The first of the topologies given that has countries, else the fallback, indexed; `onRefused` hears why one was passed over. */
export function worldOf(topologies: readonly (CountriesTopology | undefined)[], fallback: CountriesTopology, onRefused: (error: Error) => void): WorldIndex {
  for (const topology of topologies) {
    try {
      if (topology) return indexWorld(topology);
    } catch (error) {
      onRefused(error as Error);
    }
  }
  return indexWorld(fallback);
}

/** The kinds of text the map writes on itself: the focus's name, and the countries' names. */
export type MapTextKind = 'focus' | 'country';

/** Their size in px at a text zoom of 1, and weight (the stylesheet draws them so). */
export const MAP_TEXT: Readonly<Record<MapTextKind, { size: number; weight: number }>> = {
  focus: { size: 12, weight: 600 },
  country: { size: 11, weight: 400 },
};

/** The CSS font a kind of map text is drawn in, at a text zoom, in a family. */
export const mapFont = (kind: MapTextKind, family: string, zoom = 1): string => `${MAP_TEXT[kind].weight} ${MAP_TEXT[kind].size * zoom}px ${family}`;

// A label's box: its font's ascent and descent, which are taller in Arabic and Hebrew faces.
const LINE_HEIGHT = 1.4;
/** The focus's ring, as a label keeps clear of it, and the room between it and its label. */
const FOCUS_RADIUS = 7.5;
const FOCUS_GAP = 10;
/** A callout's number badge, across. */
const BADGE = 14;

export interface MapInput {
  world: WorldIndex;
  projection: ProjectionName;
  region: RegionName;
  width: number;
  rtl: boolean;
  /** The reader's text zoom: labels are this much larger than MAP_TEXT, and placed at that size. */
  zoom: number;
  /** The listed countries in the dataset's order, with what their labels say. */
  countries: readonly { contributor: Contributor; label: LocalText; short: string; updated?: string }[];
  /** Points of focus (Gaza), with their names. */
  focus: readonly (LocalText & { lonLat: LonLat })[];
  /** Width in px of a line of map text of a kind, at the zoom. */
  measure: (text: string, kind: MapTextKind) => number;
}

export interface MapMark {
  /** Position in the dataset's list. */
  index: number;
  contributor: Contributor;
  drawing: CountryDrawing;
  /** The marker's centre, moved apart from its neighbours' (Qatar and the UAE at 320 px). */
  marker: [number, number] | null;
  label: PlacedLabel;
  /** What the label or callout key says: the name, and the figure with its qualifier. */
  text: LocalText;
  /** "Updated Nov 2, 2025" for a country that changed: under its label where there is room, in the callout key. */
  updated?: string;
}

export interface MapFocus extends LocalText {
  x: number;
  y: number;
  /** The centre of its label. */
  labelX: number;
  labelY: number;
  box: Box;
}

export interface MapLayout {
  zoom: number;
  width: number;
  height: number;
  sphere: string;
  /** Every country not listed, as one path. */
  land: string;
  /** Drawn contributors, west to east, then north to south (the order of the arrow keys). */
  marks: MapMark[];
  /** Contributors the map cannot show: not in the topology, clipped, or on a globe's far side. */
  hidden: Contributor[];
  focus: MapFocus[];
  markerRadius: number;
  /** The countries whose names are keyed under the map, in the order of their numbers. */
  callouts: MapMark[];
}

/** What fixes a map's frame: layoutMap's input without its words. */
export type MapFrameInput = Pick<MapInput, 'world' | 'projection' | 'region' | 'width' | 'countries' | 'focus'>;

/** The listed countries' shapes (undefined where the topology has none), and the one projection of this drawing, fitted to its width. */
function framed(input: MapFrameInput): { features: (CountryFeature | undefined)[]; frame: MapFrame } {
  const features = input.countries.map((c) => input.world.byId.get(countryByAlpha3(c.contributor.country)?.numeric ?? ''));
  const frame = frameMap({
    projection: input.projection,
    region: input.region,
    width: input.width,
    contributors: features.filter((f): f is CountryFeature => !!f),
    focus: input.focus.map((f) => f.lonLat),
  });
  return { features, frame };
}

/**
 * The costly part of layoutMap, ahead of it and in steps (each `yield` a place to pause, a few
 * ms apart): the frame fitted, every country of the world projected, then each listed
 * country's drawing. The frame, paths and drawings are remembered (geometry.ts), so layoutMap
 * on the same input then has only the labels to place.
 */
export function* prepareMap(input: MapFrameInput): Generator<void> {
  const { features, frame } = framed(input);
  yield;
  yield* projectInSteps(input.world.features, frame);
  yield* landInSteps(input.world, frame, features);
  for (const feature of features) {
    if (!feature) continue;
    drawCountry(feature, frame);
    yield;
  }
}

// The land (every country not listed, as one path) by frame, world and listed countries: a
// whole frame keeps no country's path (see pathFor), so the land is drawn once, in steps.
const lands = new WeakMap<MapFrame, WeakMap<WorldIndex, Map<string, string>>>();
/** How many countries of the land are drawn between two pauses: a few ms of work. */
const LAND_PER_STEP = 30;

/** The land of a frame: every country of the world but the listed ones, in steps of a few countries; remembered. */
function* landInSteps(world: WorldIndex, frame: MapFrame, listed: readonly (CountryFeature | undefined)[]): Generator<void, string> {
  let byWorld = lands.get(frame);
  if (!byWorld) lands.set(frame, (byWorld = new WeakMap()));
  let byListed = byWorld.get(world);
  if (!byListed) byWorld.set(world, (byListed = new Map()));
  const ids = new Set(listed.map((f) => f?.id));
  const key = [...ids].join(',');
  const known = byListed.get(key);
  if (known !== undefined) return known;
  const path = pathFor(frame);
  const parts: string[] = [];
  for (const [i, feature] of world.features.entries()) {
    if (!feature.id || !ids.has(feature.id)) parts.push(path(feature) ?? '');
    if (i % LAND_PER_STEP === LAND_PER_STEP - 1) yield;
  }
  const land = parts.join('');
  byListed.set(key, land);
  return land;
}

const square = ([x, y]: readonly number[], r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });

/**
 * The map for a width: the frame, every country's shape, markers for the small ones moved
 * apart, the focus with its label, and each country's label, short name or numbered callout.
 *
 * @example
 * const layout = layoutMap({ world: indexWorld(world110m), projection: 'equal-earth', region: 'world', width: 640,
 *   rtl: false, zoom: 1, countries, focus: [], measure: (text) => text.length * 6 });
 */
export function layoutMap(input: MapInput): MapLayout {
  const { world, width, rtl, zoom, measure } = input;
  const { features, frame } = framed(input);
  const path = pathFor(frame);
  const { height } = frame;

  const drawn: { index: number; contributor: Contributor; drawing: CountryDrawing; text: LocalText; short: string; updated?: string }[] = [];
  const hidden: Contributor[] = [];
  input.countries.forEach(({ contributor, label, short, updated }, index) => {
    const feature = features[index];
    const drawing = feature ? drawCountry(feature, frame, path) : undefined;
    if (drawing?.d && drawing.anchor) drawn.push({ index, contributor, drawing, text: label, short, updated });
    else hidden.push(contributor);
  });

  const points = input.focus.flatMap((f) => {
    const point = projectPoint(frame, f.lonLat);
    return point ? [{ text: f.text, lang: f.lang, x: point[0], y: point[1] }] : [];
  });
  // 8 px across at the least (DESK: small countries are visible), 12 px on wide maps.
  const markerRadius = Math.round(Math.min(6, Math.max(4, width / 160)));
  const r = markerRadius + 1;
  const small = drawn.filter((m) => m.drawing.marker);
  const rings = points.map((f) => square([f.x, f.y], FOCUS_RADIUS));
  const lineHeight = MAP_TEXT.focus.size * zoom * LINE_HEIGHT;
  /**
   * The focus's label on one side of its marker (east, or west when it would leave the map
   * there), the markers moved off it, then every country's label or callout.
   */
  const attempt = (west: boolean) => {
    const focus = points.map((f): MapFocus => {
      const w = measure(f.text, 'focus') + 2;
      const x = !west && f.x + FOCUS_GAP + w <= width - 2 ? f.x + FOCUS_GAP : f.x - FOCUS_GAP - w;
      const box = { x, y: f.y - lineHeight / 2, width: w, height: lineHeight };
      return { ...f, box, labelX: x + w / 2, labelY: f.y };
    });
    // Markers apart from each other (Qatar and the UAE at 320 px), the focus, and its label,
    // which stands in as a row of circles.
    const spread = spreadMarkers(
      small.map((m) => m.drawing.marker!),
      r,
      {
        width,
        height,
        fixed: [
          ...points.map((f) => ({ x: f.x, y: f.y, radius: FOCUS_RADIUS })),
          ...focus.flatMap(({ box: b }) => {
            const n = Math.ceil((2 * b.width) / b.height);
            return Array.from({ length: n + 1 }, (_, k) => ({ x: b.x + (b.width * k) / n, y: b.y + b.height / 2, radius: b.height / 2 }));
          }),
        ],
      },
    );
    const markers = new Map(small.map((m, i) => [m, spread[i]]));
    const requests = drawn.map((m): LabelRequest => {
      const marker = markers.get(m);
      // Beside its largest part: a name by Alaska's box corner lands over Greenland.
      const [[x0, y0], [x1, y1]] = m.drawing.mainBounds ?? m.drawing.bounds!;
      return {
        anchor: marker ?? m.drawing.anchor!,
        clearance: marker ? markerRadius + 1 : 2,
        shape: marker ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
        full: m.text.text,
        short: m.short,
        note: m.updated,
      };
    });
    const labels = placeLabels(requests, {
      width,
      height,
      rtl,
      measure: (text) => measure(text, 'country'),
      lineHeight: MAP_TEXT.country.size * zoom * LINE_HEIGHT,
      // The focus's ring and label: no label covers them, and no callout's line crosses them.
      obstacles: [...focus.map((f) => f.box), ...rings],
      marks: spread.map((p) => square(p, r)),
      badge: BADGE,
    });
    const crowded = labels.filter((l) => l.kind === 'callout' && l.crowded).length;
    return { focus, markers, labels, crowded };
  };
  // The other side when the first leaves a badge with nowhere to go (a globe's crowded Gulf at 280 px).
  let placed = attempt(false);
  if (placed.crowded && points.length) {
    const other = attempt(true);
    if (other.crowded < placed.crowded) placed = other;
  }
  const { focus, markers, labels } = placed;
  const marks: MapMark[] = drawn.map(({ short: _, ...m }, i) => ({ ...m, marker: markers.get(drawn[i]) ?? null, label: labels[i] }));
  // Callouts are numbered in the dataset's order, the order of the key under the map.
  const callouts = marks.filter((m) => m.label.kind === 'callout');
  // West to east, then north to south: the order in which the arrow keys visit countries.
  marks.sort((a, b) => a.drawing.anchor![0] - b.drawing.anchor![0] || a.drawing.anchor![1] - b.drawing.anchor![1]);
  return {
    zoom,
    width: frame.width,
    height,
    sphere: outlinePath(frame, path),
    land: finish(landInSteps(world, frame, features)),
    marks,
    hidden,
    focus,
    markerRadius,
    callouts,
  };
}
