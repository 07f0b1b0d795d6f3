import { html, nothing, type TemplateResult } from 'lit';
import { listParts, type ListKind } from '../data/list.js';
import { message, type MessageKey } from '../data/messages.js';
import type { LocalText } from '../data/text.js';

/**
 * A dataset text inside the library's HTML: isolated in a <bdi> (its own direction, so an
 * English label's punctuation stays in place in an Arabic chart, and a stray U+202E inside it
 * ends with it) and marked with its language when it is not the reader's. The element around
 * it keeps the chart's direction, so the text lines up with the library's own words.
 */
export function renderText(text: LocalText | string): TemplateResult {
  const { text: value, lang } = typeof text === 'string' ? { text, lang: undefined } : text;
  return html`<bdi lang=${lang ?? nothing}>${value}</bdi>`;
}

/** A list of dataset texts joined in the reader's language, each item in its own <bdi>. */
export function renderList(items: readonly (LocalText | TemplateResult)[], locale: string, kind: ListKind = 'and'): TemplateResult {
  return html`${listParts(items.length, locale, kind).map((part) => {
    if (!('item' in part)) return part.literal;
    const item = items[part.item];
    return 'text' in item ? renderText(item) : item;
  })}`;
}

/**
 * One of the library's messages with markup in its placeholders (a list of isolated names):
 * the words stay the locale's, in its order.
 */
export function renderMessage(locale: string, key: MessageKey, params: Record<string, TemplateResult | string>): TemplateResult {
  const pieces = message(locale, key).split(/(\{\w+\})/);
  return html`${pieces.map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in params ? params[name] : piece;
  })}`;
}
