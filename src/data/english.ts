// English ("en", "en-US") numbers, dates and lists written without Intl: the first Intl
// formatter in a page starts ICU (20 to 40 ms on a 2-core machine), which an English chart of
// whole numbers and dates then never needs. Each writes exactly what Intl writes for the
// cases it takes (test/data/english.test.ts holds them to Intl over thousands of values), and
// declines (undefined) the others, for Intl to write.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a locale is written by this file: English as the library defaults to it. */
export const isPlainEnglish = (locale: string): boolean => locale === 'en' || locale === 'en-US';

/** A safe integer as Intl.NumberFormat('en') writes it ("2,000", "-5", "0" for -0); else undefined. */
export function englishNumber(value: number): string | undefined {
  if (!Number.isSafeInteger(value)) return undefined;
  const digits = String(Math.abs(value));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return value < 0 ? `-${out}` : out;
}

/**
 * A moment (ms) as Intl.DateTimeFormat('en', { dateStyle }) writes its day in UTC: "October
 * 16, 2025" (long), "Oct 16, 2025" (medium, and { day, month: 'short', year }); "day-month":
 * "Oct 16" ({ day, month: 'short' }). Years 1000 to 9999 only, else undefined.
 */
export function englishDate(time: number, style: 'long' | 'medium' | 'short' | 'day-month'): string | undefined {
  if (style === 'short') return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const month = MONTHS[date.getUTCMonth()];
  const day = `${style === 'long' ? month : month.slice(0, 3)} ${date.getUTCDate()}`;
  return style === 'day-month' ? day : `${day}, ${year}`;
}

/** The words of an English list of `count` items, as Intl.ListFormat('en', { type: 'conjunction' }) puts them: "A, B, and C". */
export function englishListWords(count: number): string[] {
  if (count < 2) return [];
  if (count === 2) return [' and '];
  return Array.from({ length: count - 1 }, (_, i) => (i === count - 2 ? ', and ' : ', '));
}
