// What every bundle of dist/ exports beside its elements: their base class, their events and
// the data helpers (about 0.5 KB gzip: the elements use most of them already). So a page that
// swaps exchange-charts.js for the file of the one element it shows keeps its imports working,
// but for countryName, which only the map's bundles export: its English names are 1.5 KB.
export { ExchangeElement, type Theme } from '../internal/exchange-element.js';
export {
  ExchangeLoadEvent,
  ExchangeErrorEvent,
  type ExchangeLoadDetail,
  type ExchangeErrorDetail,
} from '../internal/events.js';
export * from '../data/helpers.js';
