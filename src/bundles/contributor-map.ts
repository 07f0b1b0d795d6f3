// The entry of dist/contributor-map.js: <contributor-map> alone, for a page without a chart of
// the figures. It can share a page with the other bundles: the first to define a tag keeps it
// (src/internal/define.ts).
export { ContributorMap, type CountriesTopology, type ProjectionName, type RegionName } from '../contributor-map/contributor-map.js';
export * from './common.js';
export { countryName } from '../data/countries.js';
