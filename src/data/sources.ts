import type { Dataset, Source } from './schema.js';
import { localText, type LocalText } from './text.js';

/** The dataset's source with this id, if it lists one. */
export function sourceById(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}

/**
 * A source's name as shown, in the reader's language when the dataset gives one; the id itself
 * when the dataset lists no such source, so that a citation never silently disappears.
 *
 * @example
 * sourceName(dataset, 'article-2025-10-16', 'ar'); // { text: 'News article, "By Staff, Agencies"', lang: 'en' }
 */
export function sourceName(dataset: Dataset, id: string, locale: string): LocalText {
  const source = sourceById(dataset, id);
  const name = source ? localText(source.name, locale, dataset.lang) : { text: '' };
  return name.text ? name : { text: id };
}
