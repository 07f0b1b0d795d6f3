import type { Text } from './schema.js';

/** A dataset text as shown to a reader, and the language to mark it with. */
export interface LocalText {
  text: string;
  /**
   * The text's language when it is known and differs from the reader's locale (an English
   * label in an Arabic chart): what `lang` says so that it is read and hyphenated in its own
   * language (WCAG 3.1.2). Undefined when it is the reader's language or not known.
   */
  lang?: string;
}

const lower = (tag: string) => tag.toLowerCase();
const base = (tag: string) => lower(tag).split('-')[0];

/**
 * The entry to show for a dataset text in a locale: the exact tag, then the same base
 * language ("fr" for "fr-CA" and the reverse), then the dataset's own language, then English,
 * then whatever the map has. A plain string is in the dataset's language, if it gives one.
 */
function pick(text: Text | undefined, locale: string, datasetLang: string | undefined): [tag: string | undefined, text: string] {
  if (text === undefined) return [undefined, ''];
  if (typeof text === 'string') return [datasetLang, text];
  const entries = Object.entries(text);
  for (const want of [locale, datasetLang ?? 'en', 'en']) {
    const found = entries.find(([tag]) => lower(tag) === lower(want)) ?? entries.find(([tag]) => base(tag) === base(want));
    if (found) return found;
  }
  return entries[0] ?? [undefined, ''];
}

/**
 * The string to show for a dataset text in a locale: the exact tag, then the same base
 * language ("fr" for "fr-CA" and the reverse), then the dataset's own language, then English,
 * then whatever the map has.
 */
export function resolveText(text: Text | undefined, locale: string, datasetLang = 'en'): string {
  return pick(text, locale, datasetLang)[1];
}

/**
 * A dataset text in a locale with its language, marked only when it is not the reader's.
 *
 * @example
 * localText('Living captives released', 'ar', 'en'); // { text: 'Living captives released', lang: 'en' }
 * localText({ en: 'Sources', ar: 'المصادر' }, 'ar'); // { text: 'المصادر' }
 */
export function localText(text: Text | undefined, locale: string, datasetLang?: string): LocalText {
  const [tag, value] = pick(text, locale, datasetLang);
  return tag && base(tag) !== base(locale) ? { text: value, lang: tag } : { text: value };
}

/** A text in the reader's language (the library's own words): no language to mark. */
export const ownText = (text: string): LocalText => ({ text });
