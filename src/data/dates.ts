// Dates in a dataset are calendar days written YYYY-MM-DD. One reading of them everywhere:
// validation, sorting, the timeline's scale and the words a reader sees all go through here,
// so that a day that does not exist ("2025-02-30") is refused rather than shown as another
// ("March 2"), and years below 100 are never read as 19xx.

/** The years a dataset's dates may fall in: a news chart has no need of others. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;


/** Year, month (1–12) and day of a YYYY-MM-DD text that names a day of the calendar. */
export function dateParts(iso: string): [number, number, number] | undefined {
  const day = dayNumber(iso);
  return Number.isNaN(day) ? undefined : [Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100];
}

/** The digits of iso[from..to) as a number, NaN if one is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A YYYY-MM-DD text that names a day of the calendar as the number YYYYMMDD, else NaN. By
 * character codes, and with nothing allocated: a timeline reads 100,000 of them.
 */
function dayNumber(iso: string): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (!(m >= 1 && m <= 12 && d >= 1) || Number.isNaN(y)) return NaN;
  const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days ? y * 10_000 + m * 100 + d : NaN;
}

/** Whether a text is a YYYY-MM-DD date that exists (no 30 February, no month 13). */
export function isCalendarDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

/** Whether a calendar date falls in the years a dataset may use. */
export function isInYearRange(iso: string): boolean {
  const day = dayNumber(iso);
  return day >= MIN_YEAR * 10_000 && day < (MAX_YEAR + 1) * 10_000;
}

/**
 * Milliseconds since the epoch at the start of that day, UTC. Years below 100 stay what they
 * are (Date.UTC would read 0099 as 1999). NaN for a text that is not a calendar date.
 */
export function dateTime(iso: string): number {
  const day = dayNumber(iso);
  return Number.isNaN(day) ? NaN : daysFromCivil(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100) * 86_400_000;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Date's), by arithmetic
 * (H. Hinnant's days_from_civil): no Date made for each of a timeline's 100,000 events.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years that start in March, so that a leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Orders two dates, earliest first: the one ordering of validation and drawing alike. For
 * calendar dates written YYYY-MM-DD (all a valid dataset holds) the order of the text is the
 * order of the days, so no date is parsed to sort 50,000 events.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
