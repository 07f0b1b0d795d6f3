import type { Dataset, ElementName, ScopedText, Source, Text, ViewKey } from './schema.js';

// What one drawing says around itself: the heading, notes and sources of exactly what it draws.
// A dataset holds the figures of an exchange and the contributors to a force; a chart of one
// figure must not carry a note about another, nor cite a source that backs only the map.

/** What an element draws: which view, which figures, which dated events, the contributors. */
export interface DrawnScope {
  element: ElementName;
  /** The view of <exchange-chart>, or `map` for <contributor-map>. */
  view: ViewKey;
  /** Ids of the figures drawn. */
  figures: readonly string[];
  /** Ids of sources cited by other things drawn, such as a timeline's dated events. */
  cites?: readonly string[];
  /** Whether the contributors are drawn. */
  contributors?: boolean;
}

/** A note or subtitle as its text and what it is about. */
export function scopedText(value: ScopedText): { text: Text; figures?: readonly string[]; element?: ElementName } {
  // A language map's keys are language tags, never "text".
  return typeof value === 'object' && 'text' in value ? (value as { text: Text; figures?: string[]; element?: ElementName }) : { text: value as Text };
}

function applies(value: ScopedText, scope: DrawnScope, every: boolean): boolean {
  const { figures, element } = scopedText(value);
  if (element && element !== scope.element) return false;
  if (!figures?.length) return true;
  const drawn = (id: string) => scope.figures.includes(id);
  return every ? figures.every(drawn) : figures.some(drawn);
}

/** The title and subtitle over a drawing: its view's own, else the dataset's (a subtitle only when every figure it names is drawn). */
export function headingFor(dataset: Dataset, scope: DrawnScope): { title: Text; subtitle?: Text } {
  const own = dataset.views?.[scope.view];
  const subtitle = own?.subtitle ?? dataset.subtitle;
  return {
    title: own?.title ?? dataset.title,
    subtitle: subtitle !== undefined && applies(subtitle, scope, true) ? scopedText(subtitle).text : undefined,
  };
}

/** The notes under a drawing: its view's own, else the dataset's; each only when what it is about is drawn. */
export function notesFor(dataset: Dataset, scope: DrawnScope): Text[] {
  const notes = dataset.views?.[scope.view]?.notes ?? dataset.notes ?? [];
  return notes.filter((note) => applies(note, scope, false)).map((note) => scopedText(note).text);
}

/** The sources that something drawn cites, in the dataset's order. */
export function sourcesFor(dataset: Dataset, scope: DrawnScope): Source[] {
  const cited = new Set<string>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  const drawn = (id: string) => scope.figures.includes(id);
  for (const figure of dataset.figures) {
    // A figure's earlier states are shown with it (tooltip, table): their sources too.
    if (drawn(figure.id)) [figure, ...(figure.revisions ?? [])].forEach((state) => cite(state.sources));
  }
  cite(scope.cites ?? []);
  // Annotations pinned to a figure drawn, and on a timeline those that name none.
  for (const note of dataset.annotations ?? []) {
    if (note.figures?.length ? note.figures.some(drawn) : note.date && scope.view === 'timeline') cite(note.sources ?? []);
  }
  if (scope.contributors) for (const country of dataset.contributors?.countries ?? []) [country, ...(country.revisions ?? [])].forEach((state) => cite(state.sources));
  return dataset.sources.filter((source) => cited.has(source.id));
}
