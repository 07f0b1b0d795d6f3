export { ExchangeChart, type ExchangeChartView } from './exchange-chart/exchange-chart.js';
export { ContributorMap, type CountriesTopology, type ProjectionName, type RegionName } from './contributor-map/contributor-map.js';
export { ExchangeElement, type Theme } from './internal/exchange-element.js';
export {
  ExchangeLoadEvent,
  ExchangeErrorEvent,
  type ExchangeLoadDetail,
  type ExchangeErrorDetail,
} from './internal/events.js';
export * from './data/index.js';
