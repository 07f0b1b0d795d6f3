import { countryName } from '../data/countries.js';
import { formatQuantity } from '../data/format.js';
import { joinList } from '../data/list.js';
import { message } from '../data/messages.js';
import { CONTRIBUTOR_STATUSES } from '../data/choices.js';
import type { Contributor, ContributorStatus, Dataset } from '../data/schema.js';
import { contributorHistory, historyLine, lastChangeLine, updatedLine } from '../data/revisions.js';
import { sourceName } from '../data/sources.js';
import { localText, resolveText, type LocalText } from '../data/text.js';
import { rowsOf, type DataColumn, type RowSource } from '../internal/data-table.js';
import { summarizeContributors } from './summary.js';

// From a dataset to what the map says, in the reader's language: names, figures, notes, the
// summary and the table. Pure: no DOM, no projection.

/** A contributor's name with its language: the dataset's own (in its language), else the country's in the reader's. */
export function contributorNameText(contributor: Contributor, dataset: Dataset, locale: string): LocalText {
  return contributor.name ? localText(contributor.name, locale, dataset.lang) : { text: countryName(contributor.country, locale) };
}

/** A contributor's name: the dataset's own, else the country's name in the locale. */
export function contributorName(contributor: Contributor, dataset: Dataset, locale: string): string {
  return contributorNameText(contributor, dataset, locale).text;
}

/** A contributor's figure with its qualifier and unit ("up to 200 troops"); '' without one. */
export function contributorFigure(contributor: Contributor, dataset: Dataset, locale: string): string {
  const { figure } = contributor;
  return figure ? formatQuantity(figure, locale, resolveText(figure.unit, locale, dataset.lang)) : '';
}

/** What a country's label on the map says: its name, and its figure when it has one ("United States: up to 200 troops"). */
export function labelText(contributor: Contributor, dataset: Dataset, locale: string): LocalText {
  const name = contributorNameText(contributor, dataset, locale);
  const figure = contributorFigure(contributor, dataset, locale);
  return figure ? { text: message(locale, 'map.count', { label: name.text, n: figure }) } : name;
}

/** What a country's mark is read as: "United States; Supporting, not deploying; up to 200 troops". */
export function markName(contributor: Contributor, dataset: Dataset, locale: string): string {
  // Not a comma: statuses hold commas ("Supporting, not deploying"), and Arabic writes "،".
  return [contributorName(contributor, dataset, locale), statusText(contributor.status, locale), contributorFigure(contributor, dataset, locale)]
    .filter(Boolean)
    .join(message(locale, 'separator'));
}

export const statusText = (status: ContributorStatus, locale: string): string => message(locale, `status.${status}`);

/** The names of a contributor's sources, each in its own language. */
export const sourceNames = (contributor: Contributor, dataset: Dataset, locale: string): LocalText[] =>
  contributor.sources.map((id) => sourceName(dataset, id, locale));

/** The statuses the key explains: those of the countries drawn, in the fixed order. */
export function keyedStatuses(drawn: readonly Contributor[]): ContributorStatus[] {
  return CONTRIBUTOR_STATUSES.filter((s) => drawn.some((c) => c.status === s));
}

/**
 * The map in a sentence, after "Map:": the dataset's description, else the counts by status
 * and the points marked. Not the note that the list is incomplete: it is read where it is shown.
 */
export function mapSummary(dataset: Dataset, focusNames: readonly string[], locale: string): string {
  if (dataset.description) return resolveText(dataset.description, locale, dataset.lang);
  const listed = dataset.contributors?.countries ?? [];
  return [
    summarizeContributors(listed.map((c) => c.status), locale),
    focusNames.length ? message(locale, 'map.focus', { label: joinList(focusNames, locale, 'separator') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The note under the key when the list is incomplete: the dataset's words (with their language), else ours ("and others not named"). */
export function incompleteNote(dataset: Dataset, locale: string): LocalText | string | undefined {
  const contributors = dataset.contributors;
  if (!contributors || contributors.complete) return undefined;
  return contributors.note ? localText(contributors.note, locale, dataset.lang) : message(locale, 'othersNotNamed');
}

/** What a country's tooltip tells: name, status, figure with its qualifier, note, sources; for one that changed, "Updated …" and its history. */
export interface ContributorDetails {
  name: LocalText;
  status: string;
  figure: string;
  note: LocalText;
  sources: LocalText[];
  updated?: string;
  history?: string;
}

/** States a tooltip shows of a long history: the first, "…", the last three (as the chart's). */
const TIP_STATES = 4;

export function contributorDetails(contributor: Contributor, dataset: Dataset, locale: string): ContributorDetails {
  const history = contributorHistory(dataset, contributor, locale);
  const updated = updatedLine(history, locale);
  return {
    name: contributorNameText(contributor, dataset, locale),
    status: statusText(contributor.status, locale),
    figure: contributorFigure(contributor, dataset, locale),
    note: localText(contributor.note, locale, dataset.lang),
    sources: sourceNames(contributor, dataset, locale),
    ...(updated && { updated, history: historyLine(history, locale, TIP_STATES) }),
  };
}

/** What a country's mark is described by, after its name: "Updated Nov 2, 2025. In talks on Oct 16, 2025 → Confirmed on Nov 2, 2025." */
export function markDescription(contributor: Contributor, dataset: Dataset, locale: string): string {
  const history = contributorHistory(dataset, contributor, locale);
  const updated = updatedLine(history, locale);
  return updated ? `${updated}. ${historyLine(history, locale)}.` : '';
}

/** With `showUpdates`: each listed country that changed, with its last change ("Qatar: In talks on … → Confirmed on …"). */
export function contributorUpdates(dataset: Dataset, locale: string): { name: LocalText; change: string }[] {
  if (!dataset.showUpdates) return [];
  return (dataset.contributors?.countries ?? [])
    .filter((c) => c.revisions?.length)
    .map((c) => ({ name: contributorNameText(c, dataset, locale), change: lastChangeLine(contributorHistory(dataset, c, locale), locale) }));
}

/** Each listed country as an announcement names it: "Qatar: now Confirmed" when a refresh changes its status. */
export function contributorsSaid(dataset: Dataset, locale: string): { id: string; label: string; value: string }[] {
  return (dataset.contributors?.countries ?? []).map((c) => ({
    id: c.country,
    label: contributorName(c, dataset, locale),
    value: contributorHistory(dataset, c, locale).say({ ...c, date: dataset.asOf }),
  }));
}

/**
 * What the layout places: each listed country with its label and short name, and the points
 * of focus with theirs. (Typed here, not from layout.ts: the element's typings reach this file,
 * and an app type-checking against them must need no d3-geo or GeoJSON types.)
 */
export interface MapPlaces {
  /** `updated`: "Updated Nov 2, 2025", written under the label where there is room. */
  countries: { contributor: Contributor; label: LocalText; short: string; updated?: string }[];
  focus: (LocalText & { lonLat: [number, number] })[];
}

export function mapPlaces(dataset: Dataset, locale: string): MapPlaces {
  return {
    countries: (dataset.contributors?.countries ?? []).map((contributor) => ({
      contributor,
      label: labelText(contributor, dataset, locale),
      short: contributorName(contributor, dataset, locale),
      updated: updatedLine(contributorHistory(dataset, contributor, locale), locale),
    })),
    focus: (dataset.focus ?? []).map((f) => ({ ...localText(f.name, locale, dataset.lang), lonLat: [f.longitude, f.latitude] })),
  };
}

/**
 * The "Show data" table: every listed country, those off this map included, in the dataset's
 * order; a History column with every state only when one of them changed.
 */
export function contributorTable(dataset: Dataset, locale: string): { columns: DataColumn[]; rows: RowSource } {
  const m = (key: Parameters<typeof message>[1]) => message(locale, key);
  const countries = dataset.contributors?.countries ?? [];
  const history = countries.some((c) => c.revisions?.length);
  return {
    columns: [
      { label: m('map.colCountry') },
      { label: m('map.colStatus') },
      { label: m('colFigure') },
      { label: m('colNote') },
      { label: m('sources') },
      ...(history ? [{ label: m('colHistory'), wide: true }] : []),
    ],
    rows: rowsOf(
      countries.map((c) => {
        const d = contributorDetails(c, dataset, locale);
        return [d.name, d.status, d.figure, d.note, d.sources, ...(history ? [historyLine(contributorHistory(dataset, c, locale), locale)] : [])];
      }),
    ),
  };
}
