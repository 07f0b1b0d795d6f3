import { html, nothing, type TemplateResult } from 'lit';
import { message } from '../../data/messages.js';
import type { ContributorStatus } from '../../data/schema.js';
import type { LocalText } from '../../data/text.js';
import { renderList, renderMessage, renderText } from '../../internal/text.js';
import type { ContributorDetails } from '../model.js';

// What the map's words under it say, and its tooltip: HTML, read by screen readers.

/** The callout numbers' key: "1 Qatar", in the order of the numbers; "· Updated Nov 2, 2025" after one that changed. */
export function renderCalloutKey(entries: readonly { text: LocalText; updated?: string }[]): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<ol class="callout-key" part="callout-key">
    ${entries.map(
      (e, i) =>
        html`<li><span class="callout-number">${i + 1}</span>\u00a0 ${renderText(e.text)}${e.updated ? html` <span class="key-updated">· ${e.updated}</span>` : nothing}</li>`,
    )}
  </ol>`;
}

/** The key to the statuses drawn, each with its pattern's swatch. */
export function renderLegend(statuses: readonly ContributorStatus[], patternId: (s: ContributorStatus) => string, locale: string): TemplateResult | typeof nothing {
  if (!statuses.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${message(locale, 'map.colStatus')}>
    ${statuses.map(
      (s) => html`<li class="legend-item" data-status=${s}>
        <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <rect class="swatch-shape status-${s}" x="0.5" y="0.5" width="15" height="15" fill="url(#${patternId(s)})"></rect>
        </svg>
        <span>${message(locale, `status.${s}`)}</span>
      </li>`,
    )}
  </ul>`;
}

/** The note that the list is incomplete. */
export function renderIncomplete(note: LocalText | string | undefined): TemplateResult | typeof nothing {
  return note ? html`<p class="incomplete" part="incomplete">${typeof note === 'string' ? note : renderText(note)}</p>` : nothing;
}

/** The countries the map cannot show, with their statuses: "Not visible on this map: Indonesia (In talks)". */
export function renderNotVisible(hidden: readonly { name: LocalText; status: string }[], locale: string): TemplateResult | typeof nothing {
  if (!hidden.length) return nothing;
  return html`<p class="not-visible">
    ${renderMessage(locale, 'map.notVisible', {
      label: renderList(
        hidden.map((c) => html`<span class="listed">${renderText(c.name)} (${c.status})</span>`),
        locale,
        'separator',
      ),
    })}
  </p>`;
}

/** A country's tooltip: name, status, figure with its qualifier, note, source. */
export function renderDetails(d: ContributorDetails, locale: string): TemplateResult {
  return html`<strong class="tooltip-name">${renderText(d.name)}</strong>
    <span class="tooltip-status">${d.status}</span>
    ${d.figure ? html`<span class="tooltip-figure">${d.figure}</span>` : nothing}
    ${d.updated ? html`<span class="tooltip-history"><b>${d.updated}:</b> ${d.history}</span>` : nothing}
    ${d.note.text ? html`<span class="tooltip-note">${renderText(d.note)}</span>` : nothing}
    <span class="tooltip-source muted">${message(locale, d.sources.length === 1 ? 'source' : 'sources')}:
      ${renderList(d.sources, locale, 'separator')}</span>`;
}
