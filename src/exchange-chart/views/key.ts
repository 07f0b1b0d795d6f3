import { html, nothing, type TemplateResult } from 'lit';
import { message } from '../../data/messages.js';
import type { ChartFigure } from '../layout/figures.js';
import { sideClass } from './draw.js';

/** What a swatch of the key shows: a solid mark, or the faded end of an approximate figure. */
export type KeyKind = 'filled' | 'faded';

export interface KeyEntry {
  kind: KeyKind;
  /** The figure whose colour the swatch takes. */
  figure: ChartFigure;
  text: string;
}

/**
 * The key of the bars and units views: only what is drawn. Units always say what a square is;
 * both say what the faded part of an approximate figure means, so that it is not read as a
 * count. (The open places of a total are told by their outline and the value "7 of 28".)
 */
export function keyEntries(figures: ChartFigure[], locale: string, units: boolean): KeyEntry[] {
  const entries: KeyEntry[] = [];
  if (units && figures.length) entries.push({ kind: 'filled', figure: figures[0], text: message(locale, 'unitKey') });
  const approximate = figures.find((f) => f.approximate && f.value > 0);
  if (approximate) entries.push({ kind: 'faded', figure: approximate, text: message(locale, 'keyFaded') });
  return entries;
}

/** The key above the drawing, one swatch and its words per entry; nothing when there is none. */
export function renderKey(entries: KeyEntry[]): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<p class="key" part="key">
    ${entries.map(
      (e) => html`<span class="key-entry key-${e.kind} ${sideClass(e.figure)}"><span class="key-swatch" aria-hidden="true"></span>${e.text}</span>`,
    )}
  </p>`;
}
