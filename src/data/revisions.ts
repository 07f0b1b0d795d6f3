import { formatDate, formatQuantity, formatTime, type Quantity } from './format.js';
import { message } from './messages.js';
import type { Contributor, ContributorFigure, ContributorStatus, Dataset, Figure, Text } from './schema.js';
import { resolveText } from './text.js';

// What changed, and when: the earlier states a dataset lists in `revisions` (of a figure, or of a
// contributor's status and figure), and those the element saw arrive with a refresh, then the
// state as it stands. Pure: no DOM, no clock.

/** When a state was reported, on whose word, and why it changed; `seen`, when a refresh brought it (ms). */
interface Dated {
  date: string;
  sources: string[];
  note?: Text;
  seen?: number;
}

/** One state of a figure: what it said, as of which day. */
export interface FigureState extends Quantity, Dated {}

/** One state of a contributor: its status (and figure), as of which day. */
export interface ContributorState extends Dated {
  status: ContributorStatus;
  figure?: ContributorFigure;
}

/** A figure or a contributor as drawn: its own revisions and those seen live; `seen`, when its current state arrived. */
type Revised<S> = { revisions?: S[]; seen?: number };

/** Earlier states, then the current one; empty when it never changed. */
const statesOf = <S extends Dated>(item: Revised<S>, current: S): S[] =>
  item.revisions?.length ? [...item.revisions, { ...current, seen: item.seen, note: undefined }] : [];

/** The figure's states, oldest first, ending with the current one; empty when it never changed. */
export const figureStates = (figure: Figure, asOf: string): FigureState[] =>
  statesOf<FigureState>(figure as Revised<FigureState>, { ...figure, date: figure.asOf ?? asOf });

/** The contributor's states, oldest first, ending with the current one (as of the dataset's day). */
export const contributorStates = (contributor: Contributor, asOf: string): ContributorState[] =>
  statesOf<ContributorState>(contributor as Revised<ContributorState>, { ...contributor, date: asOf });

/** A history in the reader's words: its states, and what one of them says ("7 of 28", "In talks"). */
export interface History<S extends Dated = Dated> {
  states: S[];
  say: (state: S) => string;
  /** The dataset's language, for the states' notes. */
  lang?: string;
}

export function figureHistory(dataset: Dataset, figure: Figure, locale: string): History<FigureState> {
  const unit = resolveText(figure.unit, locale, dataset.lang);
  return { states: figureStates(figure, dataset.asOf), say: (s) => formatQuantity(s, locale, unit), lang: dataset.lang };
}

/** "In talks", or "Confirmed: up to 200 troops" when the state has a figure. */
export function contributorHistory(dataset: Dataset, contributor: Contributor, locale: string): History<ContributorState> {
  const say = ({ status, figure }: ContributorState) => {
    const label = message(locale, `status.${status}`);
    return figure ? message(locale, 'map.count', { label, n: formatQuantity(figure, locale, resolveText(figure.unit, locale, dataset.lang)) }) : label;
  };
  return { states: contributorStates(contributor, dataset.asOf), say, lang: dataset.lang };
}

/** "7 of 28 on Oct 16, 2025", or "9 of 28, seen Jan 29, 2:32 PM" for a state a refresh brought. */
function stateText<S extends Dated>(history: History<S>, state: S, locale: string): string {
  const value = history.say(state);
  const text = state.seen !== undefined
    ? message(locale, 'stateSeen', { value, date: formatTime(state.seen, locale) })
    : message(locale, 'stateOn', { value, date: formatDate(state.date, locale, 'medium') });
  const note = resolveText(state.note, locale, history.lang);
  return note ? `${text} (${note})` : text;
}

/**
 * The history in one line, oldest first: "7 of 28 on Oct 16, 2025 → 28 of 28 on Jan 26, 2026"
 * (the arrow points the reader's way). With `max`, a long history keeps its first state and
 * its last ones, with "…" between: what a tooltip has room for.
 */
export function historyLine<S extends Dated>(history: History<S>, locale: string, max = Infinity): string {
  const words = history.states.map((s) => stateText(history, s, locale));
  const shown = words.length > max ? [words[0], '…', ...words.slice(words.length - (max - 1))] : words;
  return shown.join(message(locale, 'historyArrow'));
}

/** "Updated Jan 26, 2026" (or the time a refresh brought the change), for something that changed. */
export function updatedLine<S extends Dated>(history: History<S>, locale: string): string | undefined {
  const last = history.states.at(-1);
  if (!last) return undefined;
  return message(locale, 'updated', { date: last.seen !== undefined ? formatTime(last.seen, locale) : formatDate(last.date, locale, 'medium') });
}

/** "27 of 28 on Dec 3, 2025 → 28 of 28 on Jan 26, 2026": the last change. */
export const lastChangeLine = <S extends Dated>(history: History<S>, locale: string): string =>
  historyLine({ ...history, states: history.states.slice(-2) }, locale);

/** A figure's history in one line (see historyLine). */
export const historyText = (dataset: Dataset, figure: Figure, locale: string, max = Infinity): string =>
  historyLine(figureHistory(dataset, figure, locale), locale, max);

/** "Updated Jan 26, 2026", for a figure that changed. */
export const updatedText = (dataset: Dataset, figure: Figure, locale: string): string | undefined =>
  updatedLine(figureHistory(dataset, figure, locale), locale);

/** A figure's last change. */
export const lastChangeText = (dataset: Dataset, figure: Figure, locale: string): string => lastChangeLine(figureHistory(dataset, figure, locale), locale);

/** Earlier states seen by the element, by figure id and by country, and when the current one arrived. */
export interface LiveLog {
  figures: Map<string, { states: FigureState[]; seen: number }>;
  countries: Map<string, { states: ContributorState[]; seen: number }>;
}

export const liveLog = (): LiveLog => ({ figures: new Map(), countries: new Map() });

const sameQuantity = (a: Quantity | undefined, b: Quantity | undefined) =>
  a === b || (!!a && !!b && a.value === b.value && a.qualifier === b.qualifier && a.approximation === b.approximation && a.total === b.total);

/**
 * Each item whose state a refresh changed: the state it had (dated as of its day, or the time it
 * was itself seen) becomes an earlier state, and the new one is seen `now`. A state the new
 * dataset already lists as its last revision is not recorded twice.
 */
function record<T extends Revised<S>, S extends Dated>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  stateOf: (item: T) => S,
  same: (a: S, b: S) => boolean,
  log: Map<string, { states: S[]; seen: number }>,
  now: number,
): void {
  const old = new Map(before.map((item) => [key(item), item]));
  for (const item of after) {
    const id = key(item);
    const was = old.get(id);
    if (!was || same(stateOf(was), stateOf(item))) continue;
    const prior = log.get(id);
    const entry = prior ?? { states: [], seen: now };
    const state = { ...stateOf(was), seen: prior?.seen };
    const listed = item.revisions?.at(-1);
    if (!(listed && same(listed, state) && listed.date === state.date)) entry.states.push(state);
    entry.seen = now;
    log.set(id, entry);
  }
}

/** Records, in `log`, each figure and each contributor whose state a refresh changed (see record). */
export function recordChanges(previous: Dataset, next: Dataset, log: LiveLog, now: number): void {
  const figure = (f: Figure): FigureState => ({
    value: f.value,
    qualifier: f.qualifier,
    approximation: f.approximation,
    total: f.total,
    date: f.asOf ?? previous.asOf,
    sources: f.sources,
  });
  record(previous.figures, next.figures, (f) => f.id, figure, sameQuantity, log.figures, now);
  const country = (c: Contributor): ContributorState => ({ status: c.status, figure: c.figure, date: previous.asOf, sources: c.sources });
  const sameCountry = (a: ContributorState, b: ContributorState) => a.status === b.status && sameQuantity(a.figure, b.figure);
  record(previous.contributors?.countries ?? [], next.contributors?.countries ?? [], (c) => c.country, country, sameCountry, log.countries, now);
}

const withStates = <T extends Revised<S>, S>(item: T, entry: { states: S[]; seen: number } | undefined): T =>
  entry ? { ...item, revisions: [...(item.revisions ?? []), ...entry.states], seen: entry.seen } : item;

/** The dataset with the changes seen live added to its figures' and contributors' revisions: what is drawn. */
export function withLive(dataset: Dataset, log: LiveLog): Dataset {
  if (!log.figures.size && !log.countries.size) return dataset;
  const { contributors } = dataset;
  return {
    ...dataset,
    figures: dataset.figures.map((f) => withStates(f as Figure & Revised<FigureState>, log.figures.get(f.id))),
    ...(contributors && {
      contributors: { ...contributors, countries: contributors.countries.map((c) => withStates(c as Contributor & Revised<ContributorState>, log.countries.get(c.country))) },
    }),
  };
}
