import { PROJECTIONS, REGIONS } from '../../src/contributor-map/options.js';
import { DEFAULT_DATASET } from './datasets.js';
import type { SnapshotCase } from './index.js';

// Every region the map frames in every projection it offers, narrow and wide, in English and
// in Arabic (right to left, the library's words and the countries' names in Arabic): where
// labels, short names and callouts go is the geometry a golden holds. The theme is CSS, not
// geometry (see exchange-chart.cases.ts), so only the light one is drawn. A world golden carries
// the whole world's path data (~40 KB), a region only what its frame keeps.
const WIDTHS = [320, 1000] as const;
const LOCALES = ['en', 'ar'] as const;

/** Snapshot cases of <contributor-map>: every projection × region × width × direction, and one in French. */
export const contributorMapCases: SnapshotCase[] = [
  ...PROJECTIONS.flatMap((projection) =>
    REGIONS.flatMap((region) =>
      WIDTHS.flatMap((width) =>
        LOCALES.map(
          (locale): SnapshotCase => ({
            name: `contributor-map-${projection}-${region}-${width}-${locale}`,
            tag: 'contributor-map',
            width,
            attributes: { projection, region, locale },
            src: DEFAULT_DATASET,
          }),
        ),
      ),
    ),
  ),
  // French names are longer ("Émirats arabes unis"): more of them shortened or keyed.
  {
    name: 'contributor-map-orthographic-world-320-fr',
    tag: 'contributor-map',
    width: 320,
    attributes: { projection: 'orthographic', locale: 'fr' },
    src: DEFAULT_DATASET,
  },
];
