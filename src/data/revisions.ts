import { formatDate, formatQuantity, formatTime, type Quantity } from './format.js';
import { message } from './messages.js';
import type { Dataset, Figure, Text } from './schema.js';
import { resolveText } from './text.js';

// A figure's history: the earlier states a dataset lists in `revisions`, and those the element
// saw arrive with a refresh, then the figure as it stands. Pure: no DOM, no clock.

/** One state of a figure: what it said, as of which day; `seen`, when a refresh brought it (ms). */
export interface FigureState extends Quantity {
  date: string;
  sources: string[];
  note?: Text;
  seen?: number;
}

/** A figure as drawn: its own revisions and those seen live; `seen`, when its current state arrived. */
type Shown = Figure & { seen?: number };

/** The figure's states, oldest first, ending with the current one; empty when it never changed. */
export function figureStates(figure: Figure, asOf: string): FigureState[] {
  const earlier = figure.revisions ?? [];
  if (!earlier.length) return [];
  return [...earlier, { ...figure, date: figure.asOf ?? asOf, seen: (figure as Shown).seen, note: undefined }];
}

/** "7 of 28 on Oct 16, 2025", or "9 of 28, seen Jan 29, 2:32 PM" for a state a refresh brought. */
export function stateText(state: FigureState, locale: string, unit = '', lang?: string): string {
  const value = formatQuantity(state, locale, unit);
  const text = state.seen !== undefined
    ? message(locale, 'stateSeen', { value, date: formatTime(state.seen, locale) })
    : message(locale, 'stateOn', { value, date: formatDate(state.date, locale, 'medium') });
  const note = resolveText(state.note, locale, lang);
  return note ? `${text} (${note})` : text;
}

/**
 * The history in one line, oldest first: "7 of 28 on Oct 16, 2025 → 28 of 28 on Jan 26, 2026"
 * (the arrow points the reader's way). With `max`, a long history keeps its first state and
 * its last ones, with "…" between: what a tooltip has room for.
 */
export function historyText(dataset: Dataset, figure: Figure, locale: string, max = Infinity): string {
  const states = figureStates(figure, dataset.asOf);
  const unit = resolveText(figure.unit, locale, dataset.lang);
  const words = states.map((s) => stateText(s, locale, unit, dataset.lang));
  const shown = words.length > max ? [words[0], '…', ...words.slice(words.length - (max - 1))] : words;
  return shown.join(message(locale, 'historyArrow'));
}

/** "Updated Jan 26, 2026" (or the time a refresh brought the change), for a figure that changed. */
export function updatedText(dataset: Dataset, figure: Figure, locale: string): string | undefined {
  const last = figureStates(figure, dataset.asOf).at(-1);
  if (!last) return undefined;
  return message(locale, 'updated', { date: last.seen !== undefined ? formatTime(last.seen, locale) : formatDate(last.date, locale, 'medium') });
}

/** "27 of 28 on Dec 3, 2025 → 28 of 28 on Jan 26, 2026": a figure's last change. */
export function lastChangeText(dataset: Dataset, figure: Figure, locale: string): string {
  const unit = resolveText(figure.unit, locale, dataset.lang);
  return figureStates(figure, dataset.asOf).slice(-2).map((s) => stateText(s, locale, unit, dataset.lang)).join(message(locale, 'historyArrow'));
}

/** Earlier states seen by the element, per figure id, and when the current one arrived. */
export type LiveLog = Map<string, { states: FigureState[]; seen: number }>;

const sameQuantity = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.qualifier === b.qualifier && a.approximation === b.approximation && a.total === b.total;

/**
 * Records, in `log`, each figure whose value a refresh changed: the state it had (dated as of
 * its day, or the time it was itself seen) becomes an earlier state, and the new one is seen
 * `now`. A state the new dataset already lists as its last revision is not recorded twice.
 */
export function recordChanges(previous: Dataset, next: Dataset, log: LiveLog, now: number): void {
  const before = new Map(previous.figures.map((f) => [f.id, f]));
  for (const figure of next.figures) {
    const old = before.get(figure.id);
    if (!old || sameQuantity(old, figure)) continue;
    const entry = log.get(figure.id) ?? { states: [], seen: now };
    const state: FigureState = {
      value: old.value,
      qualifier: old.qualifier,
      approximation: old.approximation,
      total: old.total,
      date: old.asOf ?? previous.asOf,
      sources: old.sources,
      seen: log.get(figure.id)?.seen,
    };
    const listed = figure.revisions?.at(-1);
    if (!(listed && sameQuantity(listed, state) && listed.date === state.date)) entry.states.push(state);
    entry.seen = now;
    log.set(figure.id, entry);
  }
}

/** The dataset with the changes seen live added to its figures' revisions: what is drawn. */
export function withLive(dataset: Dataset, log: LiveLog): Dataset {
  if (!log.size) return dataset;
  return {
    ...dataset,
    figures: dataset.figures.map((f) => {
      const entry = log.get(f.id);
      return entry ? ({ ...f, revisions: [...(f.revisions ?? []), ...entry.states], seen: entry.seen } as Figure) : f;
    }),
  };
}
