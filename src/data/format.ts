import { dateTime } from './dates.js';
import { englishDate, englishNumber, isPlainEnglish } from './english.js';
import { message } from './messages.js';
import type { Approximation, Qualifier } from './schema.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A number written the way the locale writes it: "2,000", "2 000", "٢٬٠٠٠". */
export function formatNumber(value: number, locale: string): string {
  const english = isPlainEnglish(locale) ? englishNumber(value) : undefined;
  if (english !== undefined) return english;
  let format = numberFormats.get(locale);
  // signDisplay "negative": -0, and what rounds to 0, is written "0", never "-0".
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'negative' })));
  return format.format(value);
}

/** A YYYY-MM-DD date written in the locale ("16 October 2025"), read as a calendar day. */
export function formatDate(isoDate: string, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const time = dateTime(isoDate);
  // Never another day in place of one that does not exist: the text as given.
  if (Number.isNaN(time)) return isoDate;
  const english = isPlainEnglish(locale) ? englishDate(time, style) : undefined;
  if (english !== undefined) return english;
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(time);
}

/** A moment (ms) written in the locale with its day: "Jan 29, 2:32 PM", for a change seen live. */
export function formatTime(ms: number, locale: string): string {
  const key = `${locale}|time`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })));
  return format.format(ms);
}

/** What a figure or a contributor's figure needs to be written with its qualifier. */
export interface Quantity {
  value: number;
  qualifier: Qualifier;
  approximation?: Approximation;
  total?: number;
}

/** Whether a quantity must never be drawn as exact. */
export function isApproximate(quantity: Pick<Quantity, 'qualifier'>): boolean {
  return quantity.qualifier !== 'exact';
}

/**
 * A value with its qualifier and total, in the locale's words: "nearly 2,000", "up to 200",
 * "at least 5", "7 of 28". A unit, when given, follows: "up to 200 troops".
 *
 * @example
 * formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'nearly' }, 'en') // "nearly 2,000"
 */
export function formatQuantity(quantity: Quantity, locale: string, unit = ''): string {
  let n = formatNumber(quantity.value, locale);
  if (quantity.total !== undefined) {
    n = message(locale, 'ofTotal', { n, total: formatNumber(quantity.total, locale) });
  }
  if (unit) n = `${n} ${unit}`;
  switch (quantity.qualifier) {
    case 'approximate':
      return message(locale, quantity.approximation ?? 'about', { n });
    case 'up-to':
      return message(locale, 'upTo', { n });
    case 'at-least':
      return message(locale, 'atLeast', { n });
    default:
      return n;
  }
}
