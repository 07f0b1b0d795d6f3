import { englishListWords, isPlainEnglish } from './english.js';
import { message } from './messages.js';

// Lists in the reader's language: "A, B and C" by Intl.ListFormat, or the locale's separator
// ("؛" in Arabic) for names that hold commas themselves (sources). Each item is isolated so
// that an English name inside an Arabic list keeps its own direction, and the list words ("و")
// do not stick to it.

/** A list's pieces in reading order: items (by index) and the words between them. */
export type ListPart = { item: number } | { literal: string };

/** `and`: "A, B and C" (Intl.ListFormat); `separator`: "A; B; C" with the locale's separator. */
export type ListKind = 'and' | 'separator';

/** First strong isolate and pop directional isolate: <bdi> for plain text. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** A text isolated in plain text (an accessible name, a summary): a <bdi> where no markup goes. */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** `count` items with the words before each but the first. */
const interleave = (count: number, before: (i: number) => string): ListPart[] =>
  Array.from({ length: count }, (_, i): ListPart[] => (i ? [{ literal: before(i) }, { item: i }] : [{ item: i }])).flat();

/**
 * The pieces of a list of `count` items in a locale.
 *
 * @example
 * listParts(2, 'ar'); // [{ item: 0 }, { literal: ' و' }, { item: 1 }]
 */
export function listParts(count: number, locale: string, kind: ListKind = 'and'): ListPart[] {
  if (kind === 'separator') {
    const separator = message(locale, 'separator');
    return interleave(count, () => separator);
  }
  if (isPlainEnglish(locale)) {
    const words = englishListWords(count);
    return interleave(count, (i) => words[i - 1]);
  }
  // Items are formatted as placeholders: ListFormat keeps their order, and the words it puts
  // around them are then known whatever the items hold.
  let index = 0;
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
    .formatToParts(Array.from({ length: count }, (_, i) => String(i)))
    .map((part): ListPart => (part.type === 'element' ? { item: index++ } : { literal: part.value }));
}

/**
 * A list as plain text, each item isolated (U+2068 … U+2069), for an accessible name or a
 * summary. Contexts that are not read as bidirectional text (CSV) join the names as they are.
 */
export function joinList(items: readonly string[], locale: string, kind: ListKind = 'and'): string {
  return listParts(items.length, locale, kind)
    .map((part) => ('item' in part ? isolate(items[part.item]) : part.literal))
    .join('');
}
