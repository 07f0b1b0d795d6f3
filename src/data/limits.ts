// What a dataset may hold at most. A news chart needs far less; the limits keep a hostile or
// mistaken dataset (a 5 MB file of 66,000 figures, a sparse list of ten million) from freezing
// the reader's page. They are checked before any work per item, they are in the published
// JSON Schema (maxItems, maxLength, maxProperties) and README.md lists them.

export const LIMITS = Object.freeze({
  /** Figures in `figures`. */
  figures: 500,
  /** Dated events in `events` (a daily count over a century is ~36,500). */
  events: 100_000,
  /** Countries in `contributors.countries` (there are 249 ISO 3166 countries). */
  countries: 250,
  /** Entries of `sources`. */
  sources: 200,
  /** Entries of `sides`. */
  sides: 20,
  /** Entries of `notes` and of `focus`. */
  notes: 50,
  /** Earlier states in one figure's or country's `revisions` (a daily count over half a year is ~180). */
  revisions: 200,
  /** Entries of `annotations`. */
  annotations: 100,
  /** Source ids a single figure, event or country names. */
  sourcesPerItem: 20,
  /** Characters in one text or one id. */
  textLength: 2_000,
  /** Fields in any one object of the dataset (known and unknown alike). */
  fields: 200,
  /** Problems listed in one error; the rest are counted ("… and 12 more"). */
  problems: 100,
});
