import * as v from 'valibot';
import { isCalendarDate, isInYearRange, MAX_YEAR, MIN_YEAR } from './dates.js';
import { APPROXIMATIONS, CONTRIBUTOR_STATUSES, ELEMENTS, QUALIFIERS, VIEW_KEYS } from './choices.js';
import { LIMITS } from './limits.js';

// The one source of truth for the dataset: the TypeScript types (InferOutput), the runtime
// validation (validate.ts) and the published JSON Schema (scripts/build-schema.js) all come
// from these definitions. Messages are written to follow a JSON path: "figures[2].value: …".

const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A text: a plain string, or a map from BCP 47 language tag to string. */
const TEXT_MESSAGE = 'must be a non-empty text, or a map from language tag to text such as {"en": "…", "ar": "…"}';
const TEXT_TOO_LONG = `must be at most ${LIMITS.textLength} characters long`;
export const TextSchema = v.pipe(
  v.union(
    [
      v.pipe(v.string(TEXT_MESSAGE), v.minLength(1, TEXT_MESSAGE), v.maxLength(LIMITS.textLength, TEXT_TOO_LONG)),
      v.pipe(
        v.record(
          v.pipe(v.string(TEXT_MESSAGE), v.regex(LANG_TAG, TEXT_MESSAGE)),
          v.pipe(v.string(TEXT_MESSAGE), v.minLength(1, TEXT_MESSAGE), v.maxLength(LIMITS.textLength, TEXT_TOO_LONG)),
          TEXT_MESSAGE,
        ),
        v.check((map) => Object.keys(map).length > 0, TEXT_MESSAGE),
      ),
    ],
    TEXT_MESSAGE,
  ),
  v.description('Text, or a map from BCP 47 language tag to text: {"en": "Sources", "fr": "Sources"}.'),
);

const IsoDateSchema = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.isoDate('must be a date written YYYY-MM-DD'),
  // Each says one thing: a text that is not YYYY-MM-DD at all has its problem named above.
  v.check((text) => !v.ISO_DATE_REGEX.test(text) || isCalendarDate(text), 'must be a date that exists in the calendar, written YYYY-MM-DD'),
  v.check((text) => !isCalendarDate(text) || isInYearRange(text), `must be a date between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`),
);

const IdSchema = v.pipe(
  v.string('must be an id (letters, digits, "-" or "_")'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be an id (letters, digits, "-" or "_")'),
  v.maxLength(100, 'must be an id of at most 100 characters'),
);

/** A list of at most `max` items, with a message that says so. */
const list = <T extends v.GenericSchema>(item: T, what: string, max: number) =>
  v.pipe(v.array(item, `must be a list of ${what}`), v.maxLength(max, `must have at most ${max} ${what}`));

const IdListSchema = list(IdSchema, 'source ids', LIMITS.sourcesPerItem);

const CountSchema = v.pipe(
  v.number('must be a number ≥ 0'),
  v.finite('must be a number ≥ 0'),
  v.minValue(0, 'must be a number ≥ 0'),
);

export { QUALIFIERS, APPROXIMATIONS, CONTRIBUTOR_STATUSES, ELEMENTS, VIEW_KEYS };

const QualifierSchema = v.pipe(
  v.picklist(QUALIFIERS, `must be one of ${QUALIFIERS.join(', ')}`),
  v.description('How exact the value is: "exact", "approximate", "up-to" (a maximum) or "at-least" (a minimum).'),
);

const ApproximationSchema = v.pipe(
  v.picklist(APPROXIMATIONS, `must be one of ${APPROXIMATIONS.join(', ')}`),
  v.description(
    'For an approximate value, how the source words it: "about" (default), "nearly" (just under) or "over".',
  ),
);

export const SourceSchema = v.looseObject({
  id: IdSchema,
  name: TextSchema,
  url: v.optional(
    v.pipe(
      v.string('must be a web address starting with https:// or http://'),
      v.maxLength(LIMITS.textLength, TEXT_TOO_LONG),
      v.regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with https:// or http://'),
    ),
  ),
  date: v.optional(IsoDateSchema),
  note: v.optional(TextSchema),
});

export const SideSchema = v.looseObject({
  id: IdSchema,
  label: TextSchema,
});

const RevisionNoteSchema = v.pipe(TextSchema, v.description('Why the figure changed: "corrected", "updated count".'));
const RevisionDateSchema = v.pipe(IsoDateSchema, v.description('The day this earlier state was reported (its as-of date); in order, and before the current one.'));

/** An earlier state of a figure: what it was, on what day, on whose word. */
export const FigureRevisionSchema = v.looseObject({
  date: RevisionDateSchema,
  value: CountSchema,
  qualifier: QualifierSchema,
  approximation: v.optional(ApproximationSchema),
  total: v.optional(CountSchema),
  sources: IdListSchema,
  note: v.optional(RevisionNoteSchema),
});

const revisions = <T extends v.GenericSchema>(item: T) =>
  v.optional(
    v.pipe(
      list(item, 'revisions', LIMITS.revisions),
      v.description('Earlier states, oldest first, each before the current as-of date: the current value is the latest state.'),
    ),
  );

export const FigureSchema = v.looseObject({
  id: IdSchema,
  label: TextSchema,
  value: CountSchema,
  qualifier: QualifierSchema,
  approximation: v.optional(ApproximationSchema),
  total: v.optional(
    v.pipe(CountSchema, v.description('The known total the value is part of: 7 returned "of 28".')),
  ),
  unit: v.optional(TextSchema),
  side: v.optional(IdSchema),
  sources: IdListSchema,
  asOf: v.optional(IsoDateSchema),
  note: v.optional(TextSchema),
  revisions: revisions(FigureRevisionSchema),
});

export const EventSchema = v.looseObject({
  date: IsoDateSchema,
  figure: IdSchema,
  value: v.pipe(CountSchema, v.description('The amount handed over on that date (not the running total).')),
  cumulative: v.optional(
    v.pipe(CountSchema, v.description('The running total reported on that date, checked against the sum.')),
  ),
  sources: IdListSchema,
  note: v.optional(TextSchema),
});

export const ContributorFigureSchema = v.looseObject({
  value: CountSchema,
  qualifier: QualifierSchema,
  approximation: v.optional(ApproximationSchema),
  unit: v.optional(TextSchema),
});

const StatusSchema = v.pipe(
  v.picklist(CONTRIBUTOR_STATUSES, `must be one of ${CONTRIBUTOR_STATUSES.join(', ')}`),
  v.description('"confirmed", "in-talks", "supporting" (supporting without deploying) or "declined".'),
);

/** An earlier state of a contributor: its status (and figure) on a day, on whose word. */
export const ContributorRevisionSchema = v.looseObject({
  date: RevisionDateSchema,
  status: StatusSchema,
  figure: v.optional(ContributorFigureSchema),
  sources: IdListSchema,
  note: v.optional(RevisionNoteSchema),
});

export const ContributorSchema = v.looseObject({
  country: v.pipe(
    v.string('must be an ISO 3166 alpha-3 country code such as "IDN"'),
    v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 country code such as "IDN"'),
  ),
  name: v.optional(TextSchema),
  status: StatusSchema,
  figure: v.optional(ContributorFigureSchema),
  note: v.optional(TextSchema),
  sources: IdListSchema,
  revisions: revisions(ContributorRevisionSchema),
});

export const ContributorsSchema = v.looseObject({
  complete: v.pipe(
    v.boolean('must be true or false'),
    v.description('false when the reporting names only some contributors ("among others").'),
  ),
  note: v.optional(TextSchema),
  countries: list(ContributorSchema, 'contributors', LIMITS.countries),
});

const LongitudeSchema = v.pipe(
  v.number('must be a longitude between -180 and 180'),
  v.minValue(-180, 'must be a longitude between -180 and 180'),
  v.maxValue(180, 'must be a longitude between -180 and 180'),
);
const LatitudeSchema = v.pipe(
  v.number('must be a latitude between -90 and 90'),
  v.minValue(-90, 'must be a latitude between -90 and 90'),
  v.maxValue(90, 'must be a latitude between -90 and 90'),
);

/**
 * A note or subtitle, as a text, or as a text with what it is about: `figures` (a note is shown
 * when any of them is drawn; a subtitle when all of them are) and `element`.
 */
export const ScopedTextSchema = v.union(
  [
    v.looseObject({
      text: TextSchema,
      figures: v.optional(
        v.pipe(
          list(IdSchema, 'figure ids', LIMITS.figures),
          v.description('The figures this text is about: a note is shown when any of them is drawn, a subtitle when all are.'),
        ),
      ),
      element: v.optional(
        v.pipe(
          v.picklist(ELEMENTS, `must be one of ${ELEMENTS.join(', ')}`),
          v.description('The element this text belongs to; both when absent.'),
        ),
      ),
    }),
    TextSchema,
  ],
  'must be a text, or {"text": …, "figures": [ids], "element": "exchange-chart" or "contributor-map"}',
);

/** What one view (or the map) says over and under its drawing, instead of the dataset's own texts. */
export const ViewTextsSchema = v.looseObject({
  title: v.optional(TextSchema),
  subtitle: v.optional(ScopedTextSchema),
  notes: v.optional(list(ScopedTextSchema, 'notes', LIMITS.notes)),
});

/**
 * A note drawn in the chart: on the timeline at its date (a labelled rule), and under the
 * marks of the figures it names in the other views.
 */
export const AnnotationSchema = v.looseObject({
  text: TextSchema,
  date: v.optional(v.pipe(IsoDateSchema, v.description('Drawn on the timeline at this date.'))),
  figures: v.optional(
    v.pipe(
      list(IdSchema, 'figure ids', LIMITS.figures),
      v.description('Pinned to these figures: under their marks, and on the timeline only in their panels.'),
    ),
  ),
  sources: v.optional(IdListSchema),
});

export const FocusSchema = v.looseObject({
  name: TextSchema,
  longitude: LongitudeSchema,
  latitude: LatitudeSchema,
});

export const DatasetSchema = v.pipe(
  v.looseObject({
    $schema: v.optional(v.string()),
    lang: v.optional(
      v.pipe(
        v.string('must be a language tag such as "en" or "ar"'),
        v.regex(LANG_TAG, 'must be a language tag such as "en" or "ar"'),
        v.description('The language of plain-string texts.'),
      ),
    ),
    title: TextSchema,
    subtitle: v.optional(ScopedTextSchema),
    description: v.optional(
      v.pipe(TextSchema, v.description('Replaces the generated one-sentence summary read by screen readers.')),
    ),
    notes: v.optional(list(ScopedTextSchema, 'notes', LIMITS.notes)),
    views: v.optional(
      v.pipe(
        v.looseObject(Object.fromEntries(VIEW_KEYS.map((key) => [key, v.optional(ViewTextsSchema)])) as Record<(typeof VIEW_KEYS)[number], v.OptionalSchema<typeof ViewTextsSchema, undefined>>),
        v.description('Title, subtitle and notes for one view (bars, units, progress, timeline) or for the map, in place of the dataset\'s own.'),
      ),
    ),
    credit: v.optional(TextSchema),
    asOf: IsoDateSchema,
    sources: list(SourceSchema, 'sources', LIMITS.sources),
    sides: v.optional(list(SideSchema, 'sides', LIMITS.sides)),
    figures: list(FigureSchema, 'figures', LIMITS.figures),
    events: v.optional(list(EventSchema, 'events', LIMITS.events)),
    contributors: v.optional(ContributorsSchema),
    focus: v.optional(list(FocusSchema, 'focus points', LIMITS.notes)),
    annotations: v.optional(list(AnnotationSchema, 'annotations', LIMITS.annotations)),
    showUpdates: v.optional(
      v.pipe(
        v.boolean('must be true or false'),
        v.description('true: a line under the chart lists the last update of each figure drawn that has revisions (under the map, of each country listed).'),
      ),
    ),
  }),
  v.title('exchange-charts dataset'),
  v.description('Figures of an exchange, with qualifiers, dates and sources, for <exchange-chart> and <contributor-map>.'),
);

export type Text = v.InferOutput<typeof TextSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Approximation = (typeof APPROXIMATIONS)[number];
export type ContributorStatus = (typeof CONTRIBUTOR_STATUSES)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Side = v.InferOutput<typeof SideSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type ExchangeEvent = v.InferOutput<typeof EventSchema>;
export type Contributor = v.InferOutput<typeof ContributorSchema>;
export type ContributorFigure = v.InferOutput<typeof ContributorFigureSchema>;
export type Contributors = v.InferOutput<typeof ContributorsSchema>;
export type FigureRevision = v.InferOutput<typeof FigureRevisionSchema>;
export type ContributorRevision = v.InferOutput<typeof ContributorRevisionSchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type FocusPoint = v.InferOutput<typeof FocusSchema>;
export type ScopedText = v.InferOutput<typeof ScopedTextSchema>;
export type ViewTexts = v.InferOutput<typeof ViewTextsSchema>;
export type ViewKey = (typeof VIEW_KEYS)[number];
export type ElementName = (typeof ELEMENTS)[number];
/** A validated dataset. */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
