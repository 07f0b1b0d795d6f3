import type { SnapshotCase } from './index.js';

/** Snapshot cases of <exchange-chart>: every view, theme and direction, narrow and wide. */
export const exchangeChartCases: SnapshotCase[] = [];
