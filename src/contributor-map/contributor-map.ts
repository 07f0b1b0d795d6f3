import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../data/countries.js';
import { formatQuantity } from '../data/format.js';
import { message } from '../data/messages.js';
import type { Contributor, Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { defineElement } from '../internal/define.js';
import { ExchangeElement } from '../internal/exchange-element.js';
import { contributorMapStyles } from './contributor-map.styles.js';

/** A contributor's name: the dataset's own, else the country's name in the locale. */
export function contributorName(contributor: Contributor, dataset: Dataset, locale: string): string {
  return contributor.name ? resolveText(contributor.name, locale, dataset.lang) : countryName(contributor.country, locale);
}

/**
 * Maps the countries reported as contributors (or in talks) to an international force, with
 * each country's status, figure and source.
 *
 * @example
 * <contributor-map src="gaza-exchange-2025-10-16.json"></contributor-map>
 *
 * @tagname contributor-map
 * @csspart map - The drawing of the contributors.
 * @csspart country - One contributor.
 */
export class ContributorMap extends ExchangeElement {
  static override styles = [...ExchangeElement.styles, contributorMapStyles];

  protected override renderBody(dataset: Dataset, locale: string): TemplateResult {
    const text = (t: Contributor['note']) => resolveText(t, locale, dataset.lang);
    const contributors = dataset.contributors;
    const sourceName = (id: string) => text(dataset.sources.find((s) => s.id === id)?.name);
    return html`<div class="map" part="map">
      <ul class="countries">
        ${(contributors?.countries ?? []).map(
          (c) => html`<li class="country" part="country" data-country=${c.country}>
            <span class="country-name">${contributorName(c, dataset, locale)}</span>
            <span class="status">${message(locale, `status.${c.status}`)}${c.figure
              ? html` · <span class="figure">${formatQuantity(c.figure, locale, text(c.figure.unit))}</span>`
              : nothing}</span>
            ${c.note ? html`<span class="note">${text(c.note)}</span>` : nothing}
            <span class="country-meta">${message(locale, c.sources.length === 1 ? 'source' : 'sources')}:
              ${c.sources.map(sourceName).join('; ')}</span>
          </li>`,
        )}
      </ul>
      ${contributors && !contributors.complete
        ? html`<p class="incomplete">${contributors.note ? text(contributors.note) : message(locale, 'othersNotNamed')}</p>`
        : nothing}
    </div>`;
  }
}

defineElement('contributor-map', ContributorMap);

declare global {
  interface HTMLElementTagNameMap {
    'contributor-map': ContributorMap;
  }
}
