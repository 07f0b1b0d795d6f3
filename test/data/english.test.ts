import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { englishDate, englishListWords, englishNumber, isPlainEnglish } from '../../src/data/english.js';
import { formatDate, formatNumber } from '../../src/data/format.js';
import { listParts } from '../../src/data/list.js';

// English is written without Intl (no ICU start before an English chart's first paint): the
// same text as Intl, for every case the fast path takes, over thousands of values.
describe('English numbers, dates and lists without Intl', () => {
  const SEED = 20261128;
  const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'negative' });
  const dates = { long: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }), medium: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }) };
  const day = 86_400_000;

  it('writes whole numbers as Intl.NumberFormat("en") does', () => {
    for (const n of [0, -0, 1, -1, 999, 1000, -1000, 1968, 2000, 100_000, 1_000_000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      expect(englishNumber(n), String(n)).to.equal(numbers.format(n));
    }
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e6, max: 1e6 })), (n) => englishNumber(n) === numbers.format(n)),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('declines what it does not write: fractions, unsafe integers, NaN, infinities', () => {
    for (const n of [0.5, 1.005, -2.25, 2 ** 53, NaN, Infinity, -Infinity]) expect(englishNumber(n), String(n)).to.equal(undefined);
    // …which formatNumber hands to Intl.
    for (const n of [0.5, 1.005, 2 ** 53, 12.345]) expect(formatNumber(n, 'en')).to.equal(numbers.format(n));
  });

  it('writes days of the years 1000 to 9999 as Intl.DateTimeFormat("en", { dateStyle }) does in UTC', () => {
    const first = Date.UTC(1000, 0, 1);
    const last = Date.UTC(9999, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: first / day, max: last / day }), fc.constantFrom('long' as const, 'medium' as const), (d, style) => englishDate(d * day, style) === dates[style].format(d * day)),
      { seed: SEED, numRuns: 5000 },
    );
    expect(englishDate(Date.UTC(2025, 9, 16), 'long')).to.equal('October 16, 2025');
    expect(formatDate('2025-10-16', 'en')).to.equal(dates.long.format(Date.UTC(2025, 9, 16)));
    expect(formatDate('2024-02-29', 'en-US', 'medium')).to.equal(dates.medium.format(Date.UTC(2024, 1, 29)));
  });

  it("writes a timeline axis's days as Intl does: { day, month: 'short' } with and without the year, at any hour", () => {
    const withYear = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dayMonth = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (t) => englishDate(t, 'medium') === withYear.format(t) && englishDate(t, 'day-month') === dayMonth.format(t)),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('declines short dates and years outside 1000 to 9999, which formatDate hands to Intl', () => {
    expect(englishDate(Date.UTC(2025, 9, 16), 'short')).to.equal(undefined);
    expect(englishDate(Date.UTC(999, 0, 1), 'long')).to.equal(undefined);
    const short = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeZone: 'UTC' });
    expect(formatDate('2025-10-16', 'en', 'short')).to.equal(short.format(Date.UTC(2025, 9, 16)));
    expect(formatDate('0999-01-01', 'en')).to.equal(dates.long.format(new Date('0999-01-01T00:00:00Z')));
  });

  it('puts the words of a list where Intl.ListFormat("en") puts them', () => {
    const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (let count = 0; count <= 12; count++) {
      const items = Array.from({ length: count }, (_, i) => `item${i}`);
      const written = listParts(count, 'en').map((p) => ('item' in p ? items[p.item] : p.literal)).join('');
      expect(written, `${count} items`).to.equal(list.format(items));
      expect(englishListWords(count).length).to.equal(Math.max(0, count - 1));
    }
  });

  it('takes only English as the library defaults to it: en and en-US', () => {
    expect(['en', 'en-US', 'en-GB', 'en-IN', 'fr', 'ar'].map(isPlainEnglish)).to.deep.equal([true, true, false, false, false, false]);
    // British English stays Intl's: "16 October 2025".
    expect(formatDate('2025-10-16', 'en-GB')).to.equal('16 October 2025');
  });
});
