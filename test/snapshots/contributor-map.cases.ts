import { DEFAULT_DATASET } from './datasets.js';
import type { SnapshotCase } from './index.js';

// World maps carry the whole world's path data, so the goldens are kept to a few cases, most
// of them narrow (coordinates are rounded to 1 decimal); zoomed-in regions are clipped small.
/** Snapshot cases of <contributor-map>: projections, regions, themes and directions. */
export const contributorMapCases: SnapshotCase[] = [
  { name: 'contributor-map-equal-earth-world-1000', tag: 'contributor-map', width: 1000, src: DEFAULT_DATASET },
  { name: 'contributor-map-equal-earth-world-320', tag: 'contributor-map', width: 320, src: DEFAULT_DATASET },
  {
    name: 'contributor-map-natural-earth-contributors-320',
    tag: 'contributor-map',
    width: 320,
    attributes: { projection: 'natural-earth', region: 'contributors' },
    src: DEFAULT_DATASET,
  },
  {
    name: 'contributor-map-mercator-middle-east-1000-ar',
    tag: 'contributor-map',
    width: 1000,
    attributes: { projection: 'mercator', region: 'middle-east', locale: 'ar' },
    src: DEFAULT_DATASET,
  },
  {
    name: 'contributor-map-orthographic-world-320-fr',
    tag: 'contributor-map',
    width: 320,
    attributes: { projection: 'orthographic', locale: 'fr' },
    src: DEFAULT_DATASET,
  },
];
