// The data API but for the valibot schemas: what src/bundles/ (the bundles a news page loads)
// exports beside the elements. src/data/index.ts adds the schemas for npm users; validation
// never needs them (src/data/check.ts).
export { QUALIFIERS, APPROXIMATIONS, CONTRIBUTOR_STATUSES, ELEMENTS, VIEW_KEYS } from './choices.js';
export type {
  Text,
  Qualifier,
  Approximation,
  ContributorStatus,
  Source,
  Side,
  Figure,
  ExchangeEvent,
  Contributor,
  ContributorFigure,
  Contributors,
  FigureRevision,
  ContributorRevision,
  Annotation,
  FocusPoint,
  ScopedText,
  ViewTexts,
  ViewKey,
  ElementName,
  Dataset,
} from './schema.js';
export { validateDataset, formatPath, type Problem, type ValidationResult } from './validate.js';
export { LIMITS } from './limits.js';
export { isCalendarDate, compareDates, MIN_YEAR, MAX_YEAR } from './dates.js';
export { parseDataset, fetchDatasetText, LoadError, type FetchOptions } from './load.js';
export { formatNumber, formatDate, formatQuantity, isApproximate, type Quantity } from './format.js';
export { resolveText, localText, type LocalText } from './text.js';
export { sourceById, sourceName } from './sources.js';
export { joinList, listParts, isolate, type ListPart, type ListKind } from './list.js';
export { resolveLocale, isRtl, canonicalLocale } from './locale.js';
export { message, messagesFor, MESSAGES, type MessageKey, type Messages } from './messages.js';
export { countryByAlpha3 } from './countries.js';
