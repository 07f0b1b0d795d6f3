// The fixed font metrics of the goldens are the package's own, shared with static rendering.
export * from '../../src/static/metrics.js';
