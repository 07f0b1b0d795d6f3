// The builder's editing of a figure's updates and of annotations: pure changes to the dataset's
// JSON (an object as parsed), which the editor then sees and validates like any other edit.

type Json = Record<string, any>;

export interface UpdateInput {
  figure: string;
  value: number;
  /** The new state's as-of date. */
  date: string;
  /** Source ids of the new value; the figure's own when empty. */
  sources?: string[];
  /** How exact the new value is; the figure's own when not given. */
  qualifier?: string;
}

/**
 * Records a new value for a figure: its current state becomes its latest revision (dated as
 * of its day), and the figure takes the new value, date, qualifier and sources. The total
 * stays as it was.
 */
export function recordUpdate(json: Json, input: UpdateInput): Json {
  const out = structuredClone(json);
  const figure = (out.figures ?? []).find((f: Json) => f.id === input.figure);
  if (!figure) return out;
  const { id: _id, label: _label, unit: _unit, side: _side, note: _note, revisions = [], asOf, ...state } = figure;
  figure.revisions = [...revisions, { date: asOf ?? out.asOf, ...state }];
  figure.value = input.value;
  figure.asOf = input.date;
  if (input.qualifier) figure.qualifier = input.qualifier;
  // "nearly" belongs to an approximate value only.
  if (figure.qualifier !== 'approximate') delete figure.approximation;
  if (input.sources?.length) figure.sources = input.sources;
  // The dataset is as of its latest figure.
  if (out.asOf < input.date) out.asOf = input.date;
  return out;
}

/** Adds a note: drawn at its date on the timeline, and under the figures it names. */
export function addAnnotation(json: Json, note: { text: string; date?: string; figures?: string[]; sources?: string[] }): Json {
  const out = structuredClone(json);
  const clean = Object.fromEntries(Object.entries(note).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
  out.annotations = [...(out.annotations ?? []), clean];
  return out;
}

/** One line per figure that changed and per note, for the builder to list what the dataset holds. */
export function describeUpdates(json: Json): string[] {
  const lines: string[] = [];
  for (const f of json.figures ?? []) {
    if (f.revisions?.length) lines.push(`${f.id}: ${[...f.revisions.map((r: Json) => `${r.value} (${r.date})`), `${f.value} (${f.asOf ?? json.asOf})`].join(' → ')}`);
  }
  for (const a of json.annotations ?? []) lines.push(`Note${a.date ? ` ${a.date}` : ''}${a.figures?.length ? ` on ${a.figures.join(', ')}` : ''}: ${typeof a.text === 'string' ? a.text : JSON.stringify(a.text)}`);
  return lines;
}
