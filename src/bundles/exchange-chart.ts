// The entry of dist/exchange-chart.js: <exchange-chart> alone, for a page without a map, which
// so loads no world geometry and no d3-geo (two fifths of exchange-charts.js). It can share a
// page with the other bundles: the first to define a tag keeps it (src/internal/define.ts).
export { ExchangeChart, type ExchangeChartView } from '../exchange-chart/exchange-chart.js';
export * from './common.js';
