export * from './schema.js';
export { validateDataset, formatPath, type Problem, type ValidationResult } from './validate.js';
export { parseDataset, fetchDatasetText, LoadError, type FetchOptions } from './load.js';
export { formatNumber, formatDate, formatQuantity, isApproximate, type Quantity } from './format.js';
export { resolveText } from './text.js';
export { resolveLocale, isRtl, canonicalLocale } from './locale.js';
export { message, messagesFor, MESSAGES, type MessageKey, type Messages } from './messages.js';
export { countryByAlpha3, countryName } from './countries.js';
