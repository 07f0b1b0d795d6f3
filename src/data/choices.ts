// The closed lists of the dataset's fields, apart from schema.ts so that code that needs only
// them (the elements, check.ts) does not bring valibot into the bundle.

export const QUALIFIERS = ['exact', 'approximate', 'up-to', 'at-least'] as const;
export const APPROXIMATIONS = ['about', 'nearly', 'over'] as const;
export const CONTRIBUTOR_STATUSES = ['confirmed', 'in-talks', 'supporting', 'declined'] as const;
export const ELEMENTS = ['exchange-chart', 'contributor-map'] as const;
/** The keys of `views`: the four views of <exchange-chart>, and `map` for <contributor-map>. */
export const VIEW_KEYS = ['bars', 'units', 'progress', 'timeline', 'map'] as const;
