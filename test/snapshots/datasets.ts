// The shipped datasets' URLs for snapshot cases, in a file of their own so that the case files
// and the registry (index.ts) can all import them without an import cycle.
export const DEFAULT_DATASET = '/data/gaza-exchange-2025-10-16.json';
export const TIMELINE_DATASET = '/data/gaza-remains-timeline.json';
