import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../data/format.js';
import { message } from '../data/messages.js';
import type { Dataset, Source } from '../data/schema.js';
import { localText } from '../data/text.js';
import type { ExchangeErrorDetail } from './events.js';
import { renderList, renderText } from './text.js';

// The HTML around every chart and map: title, subtitle, footer, error. Plain HTML text so that
// it wraps, translates and reaches screen readers. Dataset texts sit in a <bdi> with their
// language: an English note inside an Arabic chart keeps its own direction and punctuation,
// while its paragraph keeps the chart's, so it aligns (and keeps its bullet) with the rest.

const MAX_LISTED_PROBLEMS = 8;

export function renderHeader(dataset: Dataset, locale: string): TemplateResult {
  const text = (t: Dataset['title'] | undefined) => renderText(localText(t, locale, dataset.lang));
  // Divs, not <header>/<footer>: those would add a banner and a contentinfo landmark to the page.
  return html`<div class="header" part="header">
    <h2 class="title" part="title">${text(dataset.title)}</h2>
    ${dataset.subtitle ? html`<p class="subtitle" part="subtitle">${text(dataset.subtitle)}</p>` : nothing}
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

export function renderFooter(dataset: Dataset, locale: string): TemplateResult {
  const text = (t: Dataset['title'] | undefined) => renderText(localText(t, locale, dataset.lang));
  const sources = dataset.sources;
  return html`<div class="footer" part="footer">
    ${dataset.notes?.length
      ? html`<ul class="notes" part="notes">
          ${dataset.notes.map((note) => html`<li>${text(note)}</li>`)}
        </ul>`
      : nothing}
    <p class="sources" part="sources">
      <span class="sources-label">${message(locale, sources.length === 1 ? 'source' : 'sources')}:</span>
      ${renderList(sources.map((source) => renderSource(source, dataset, locale)), locale, 'separator')}
    </p>
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
