import type { Text } from './schema.js';

/**
 * The string to show for a dataset text in a locale: the exact tag, then the same base
 * language ("fr" for "fr-CA" and the reverse), then the dataset's own language, then English,
 * then whatever the map has.
 */
export function resolveText(text: Text | undefined, locale: string, datasetLang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text);
  const lower = (tag: string) => tag.toLowerCase();
  const base = (tag: string) => lower(tag).split('-')[0];
  for (const want of [locale, datasetLang, 'en']) {
    const exact = entries.find(([tag]) => lower(tag) === lower(want));
    if (exact) return exact[1];
    const sameBase = entries.find(([tag]) => base(tag) === base(want));
    if (sameBase) return sameBase[1];
  }
  return entries[0]?.[1] ?? '';
}
