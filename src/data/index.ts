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
