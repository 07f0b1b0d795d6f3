import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../data/format.js';
import { message } from '../data/messages.js';
import type { Dataset, Source } from '../data/schema.js';
import { lastChangeText } from '../data/revisions.js';
import { headingFor, notesFor, sourcesFor, type DrawnScope } from '../data/scope.js';
import { localText, type LocalText } from '../data/text.js';
import type { ExchangeErrorDetail } from './events.js';
import { renderList, renderText } from './text.js';

// The HTML around every chart and map: title, subtitle, footer, error. Plain HTML text so that
// it wraps, translates and reaches screen readers. Dataset texts sit in a <bdi> with their
// language: an English note inside an Arabic chart keeps its own direction and punctuation,
// while its paragraph keeps the chart's, so it aligns (and keeps its bullet) with the rest.

const MAX_LISTED_PROBLEMS = 8;

// One template per level rather than lit/static-html, which costs more in the bundle than these.
const HEADINGS: ((title: TemplateResult) => TemplateResult)[] = [
  (t) => html`<h1 class="title" part="title">${t}</h1>`,
  (t) => html`<h2 class="title" part="title">${t}</h2>`,
  (t) => html`<h3 class="title" part="title">${t}</h3>`,
  (t) => html`<h4 class="title" part="title">${t}</h4>`,
  (t) => html`<h5 class="title" part="title">${t}</h5>`,
  (t) => html`<h6 class="title" part="title">${t}</h6>`,
];

/** A heading level from an attribute: 1 to 6, else 2 (a chart is usually a section of an article). */
export function headingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return level >= 1 && level <= 6 ? level : 2;
}

export function renderHeader(dataset: Dataset, locale: string, scope: DrawnScope, level = 2): TemplateResult {
  const text = (t: Dataset['title'] | undefined) => renderText(localText(t, locale, dataset.lang));
  const { title, subtitle } = headingFor(dataset, scope);
  // Divs, not <header>/<footer>: those would add a banner and a contentinfo landmark to the page.
  return html`<div class="header" part="header">
    ${HEADINGS[headingLevel(level) - 1](text(title))}
    ${subtitle ? html`<p class="subtitle" part="subtitle">${text(subtitle)}</p>` : nothing}
  </div>`;
}

/** A source's name, linked when it has a URL, with its date (in the reader's language). */
export function renderSource(source: Source, dataset: Dataset, locale: string): TemplateResult {
  const name = renderText(localText(source.name, locale, dataset.lang));
  const date = source.date ? html` <span class="date">(${formatDate(source.date, locale, 'medium')})</span>` : nothing;
  const link = source.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${name}</a>` : name;
  // The whole entry in the chart's direction, isolated from its neighbours: the date's
  // parentheses stay beside the name they belong to, on the side the reader expects.
  return html`<span class="source">${link}${date}</span>`;
}

/** A line of the footer's updates: what changed ("Remains returned", "Qatar"), and its last change. */
export interface Update {
  name: LocalText;
  change: string;
}

/** When the dataset asks (`showUpdates`): the last change of each figure drawn that has one. */
export function figureUpdates(dataset: Dataset, locale: string, scope: DrawnScope): Update[] {
  if (!dataset.showUpdates) return [];
  return dataset.figures
    .filter((f) => f.revisions?.length && scope.figures.includes(f.id))
    .map((f) => ({ name: localText(f.label, locale, dataset.lang), change: lastChangeText(dataset, f, locale) }));
}

/**
 * Notes, sources and date of what is drawn (see DrawnScope): nothing about what is not; first
 * the line of `updates` (by default the figures', with `showUpdates`).
 */
export function renderFooter(dataset: Dataset, locale: string, scope: DrawnScope, updated = figureUpdates(dataset, locale, scope)): TemplateResult {
  const text = (t: Dataset['title'] | undefined) => renderText(localText(t, locale, dataset.lang));
  const notes = notesFor(dataset, scope);
  const sources = sourcesFor(dataset, scope);
  return html`<div class="footer" part="footer">
    ${updated.length
      ? html`<p class="updates" part="updates">
          <span class="updates-label">${message(locale, 'updates')}:</span>
          ${renderList(
            updated.map((u) => html`<span class="listed">${renderText(u.name)}: ${u.change}</span>`),
            locale,
            'separator',
          )}
        </p>`
      : nothing}
    ${notes.length
      ? html`<ul class="notes" part="notes">
          ${notes.map((note) => html`<li>${text(note)}</li>`)}
        </ul>`
      : nothing}
    ${sources.length
      ? html`<p class="sources" part="sources">
          <span class="sources-label">${message(locale, sources.length === 1 ? 'source' : 'sources')}:</span>
          ${renderList(sources.map((source) => renderSource(source, dataset, locale)), locale, 'separator')}
        </p>`
      : nothing}
    <p class="meta">
      <span class="as-of" part="as-of">${message(locale, 'asOf', { date: formatDate(dataset.asOf, locale) })}</span>
      ${dataset.credit ? html`<span class="credit" part="credit">${text(dataset.credit)}</span>` : nothing}
    </p>
  </div>`;
}

/** A visible, readable error; `above` when the last good data stays drawn beneath it. */
export function renderError(error: ExchangeErrorDetail, locale: string): TemplateResult {
  const listed = error.problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = error.problems.length - listed.length;
  return html`<div class="error" part="error" role="alert">
    <p class="error-title">${message(locale, 'errorTitle')}</p>
    <p class="error-message" lang="en" dir="ltr">${error.message}</p>
    <ul class="problems" lang="en" dir="ltr">
      ${listed.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      ${more > 0 ? html`<li>… and ${more} more</li>` : nothing}
    </ul>
  </div>`;
}
