import { DEFAULT_DATASET, TIMELINE_DATASET } from './datasets.js';
import type { SnapshotCase } from './index.js';

const VIEWS = ['bars', 'units', 'progress', 'timeline'] as const;
const THEMES = ['light', 'dark'] as const;
// Arabic for right to left; the dataset's texts stay English, the library's words and the
// direction change.
const DIRECTIONS = [
  ['ltr', 'en'],
  ['rtl', 'ar'],
] as const;
const WIDTHS = [320, 1000] as const;

/** Snapshot cases of <exchange-chart>: every view, theme and direction, narrow and wide. */
export const exchangeChartCases: SnapshotCase[] = VIEWS.flatMap((view) =>
  THEMES.flatMap((theme) =>
    DIRECTIONS.flatMap(([dir, locale]) =>
      WIDTHS.map(
        (width): SnapshotCase => ({
          name: `exchange-chart-${view}-${theme}-${dir}-${width}`,
          tag: 'exchange-chart',
          width,
          attributes: { view, theme, locale },
          src: view === 'timeline' ? TIMELINE_DATASET : DEFAULT_DATASET,
        }),
      ),
    ),
  ),
);
