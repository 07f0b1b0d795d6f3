// The data API: the valibot schemas of the dataset (for a build step: JSON Schema, your own
// validation) and everything else (helpers.ts).
export {
  TextSchema,
  SourceSchema,
  SideSchema,
  FigureRevisionSchema,
  FigureSchema,
  EventSchema,
  ContributorFigureSchema,
  ContributorRevisionSchema,
  ContributorSchema,
  ContributorsSchema,
  ScopedTextSchema,
  ViewTextsSchema,
  AnnotationSchema,
  FocusSchema,
  DatasetSchema,
} from './schema.js';
export * from './helpers.js';
// Country names: apart from helpers.ts, so that the bundle of <exchange-chart> alone leaves
// their English table out (see src/bundles/).
export { countryName } from './countries.js';
