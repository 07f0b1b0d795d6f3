import type { Dataset } from '../../src/data/schema.js';
import { DEFAULT_DATASET, TIMELINE_DATASET } from './datasets.js';
import type { SnapshotCase } from './index.js';

const VIEWS = ['bars', 'units', 'progress', 'timeline'] as const;
// Arabic for right to left; the dataset's texts stay English, the library's words and the
// direction change.
const DIRECTIONS = [
  ['ltr', 'en'],
  ['rtl', 'ar'],
] as const;
const WIDTHS = [320, 1000] as const;

// One golden per geometry. The theme is CSS (custom properties on :host), not geometry: the
// dark goldens were byte for byte their light twins, all sixteen of them, so they said nothing
// a light one does not. Dark is tested where it shows, in the computed colours and contrast
// (test/exchange-chart/), not here. The names keep "light" to say which theme is drawn.

/** Every view in both directions, narrow and wide, in the light theme. */
const grid: SnapshotCase[] = VIEWS.flatMap((view) =>
  DIRECTIONS.flatMap(([dir, locale]) =>
    WIDTHS.map(
      (width): SnapshotCase => ({
        name: `exchange-chart-${view}-light-${dir}-${width}`,
        tag: 'exchange-chart',
        width,
        attributes: { view, theme: 'light', locale },
        src: view === 'timeline' ? TIMELINE_DATASET : DEFAULT_DATASET,
      }),
    ),
  ),
);

/** A unit of 65 characters: the value must wrap inside the element, never leave it. */
export const LONG_UNIT = 'detainees and prisoners held in Israeli jails and detention camps';
const longUnit = (dataset: Dataset) => {
  dataset.figures.find((f) => f.id === 'detainees-released')!.unit = LONG_UNIT;
};

// The dataset's texts in Arabic as well as English, so that an Arabic reader sees Arabic
// labels (not only the library's words) in a right-to-left chart.
const ARABIC: Record<string, string> = {
  'held-in-gaza': 'الأسرى المحتجزون في غزة',
  'held-by-israel': 'المعتقلون الفلسطينيون لدى إسرائيل',
  'living-captives-released': 'الأسرى الأحياء المفرج عنهم',
  'remains-returned': 'رفات الأسرى المتوفين التي أعيدت',
  'detainees-released': 'المعتقلون الفلسطينيون المفرج عنهم',
};
const arabic = (dataset: Dataset) => {
  for (const item of [...dataset.sides!, ...dataset.figures]) {
    const en = item.label as string;
    if (ARABIC[item.id]) item.label = { en, ar: ARABIC[item.id] };
  }
};

const variant = (view: 'bars' | 'units', name: string, width: number, rest: Partial<SnapshotCase>): SnapshotCase => ({
  name: `exchange-chart-${view}-${name}-${width}`,
  tag: 'exchange-chart',
  width,
  src: DEFAULT_DATASET,
  ...rest,
  attributes: { view, theme: 'light', ...rest.attributes },
});

/** The narrowest column (280 px) with a long unit and in Arabic, and subsets of the figures. */
const variants: SnapshotCase[] = (['bars', 'units'] as const).flatMap((view) => [
  variant(view, 'long-unit', 280, { edit: longUnit }),
  variant(view, 'long-unit-rtl', 280, { edit: longUnit, attributes: { locale: 'ar' } }),
  variant(view, 'arabic', 280, { edit: arabic, attributes: { locale: 'ar' } }),
  // One figure alone: its own scale, no other figure's key or note.
  variant(view, 'series-remains', 320, { attributes: { series: 'remains-returned' } }),
  // Without the detainees: one side only, no approximate figure.
  variant(view, 'series-no-detainees', 320, { attributes: { series: 'living-captives-released,remains-returned' } }),
]);

/** Snapshot cases of <exchange-chart>: every view and direction, narrow and wide, and variants at 280 px. */
export const exchangeChartCases: SnapshotCase[] = [...grid, ...variants];
