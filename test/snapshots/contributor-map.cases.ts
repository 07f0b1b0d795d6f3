import type { SnapshotCase } from './index.js';

/** Snapshot cases of <contributor-map>: projections, regions, themes and directions. */
export const contributorMapCases: SnapshotCase[] = [];
