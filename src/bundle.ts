// The entry of dist/exchange-charts.js, the bundle a news page loads: what src/index.ts exports
// but the dataset's valibot schemas (DatasetSchema, TextSchema, …), which only a build step
// needs; npm users import them from 'exchange-charts' or 'exchange-charts/data.js'. Validation
// runs src/data/check.ts, so the bundle carries no schema library.
export { ExchangeChart, type ExchangeChartView } from './exchange-chart/exchange-chart.js';
export { ContributorMap, type CountriesTopology, type ProjectionName, type RegionName } from './contributor-map/contributor-map.js';
export { ExchangeElement, type Theme } from './internal/exchange-element.js';
export {
  ExchangeLoadEvent,
  ExchangeErrorEvent,
  type ExchangeLoadDetail,
  type ExchangeErrorDetail,
} from './internal/events.js';
export * from './data/helpers.js';
