// The entry of dist/exchange-charts.js, the bundle for a page that shows both elements: what
// src/index.ts exports but the dataset's valibot schemas (DatasetSchema, TextSchema, …), which
// only a build step needs; npm users import them from 'exchange-charts' or
// 'exchange-charts/data.js'. Validation runs src/data/check.ts, so the bundle carries no schema
// library. A page with one kind of element loads exchange-chart.js or contributor-map.js instead.
export { ExchangeChart, type ExchangeChartView } from '../exchange-chart/exchange-chart.js';
export { ContributorMap, type CountriesTopology, type ProjectionName, type RegionName } from '../contributor-map/contributor-map.js';
export * from './common.js';
export { countryName } from '../data/countries.js';
