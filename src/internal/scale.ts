import { bisector, nice, tickStep, ticks } from 'd3-array';
import { unixDay, utcMonth, utcSunday, utcYear, type CountableTimeInterval } from 'd3-time';

// Linear and UTC time scales with the part of d3-scale's API our layouts use (domain, range,
// nice, ticks, invert, call). d3-scale itself brings d3-interpolate, d3-color, d3-format and
// d3-time-format for colour interpolation and tick formatting we never use (we format with
// Intl): about 10 KB gzip of a 60 KB budget. The maths is d3's: d3-array's ticks and nice,
// d3-time's calendar intervals, chosen the way d3-scale's utc ticks choose them.

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number]): LinearScale;
  /** Extends the domain to round values, as d3-scale's linear.nice(count). */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
  invert(value: number): number;
}

/** The maths of a linear scale from [d0, d1] onto [r0, r1]: the timeline places 100,000 points with it, without a scale's calls between. */
export function linear(d0: number, d1: number, r0: number, r1: number) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return {
    // Divided first: over a tiny domain (5e-324) the factor k itself overflows to Infinity.
    map: (v: number) => (k === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)),
    invert: (v: number) => (k === 0 ? d0 : d0 + (v - r0) / k),
  };
}

/** A linear scale, domain and range [0, 1] until set. */
export function scaleLinear(): LinearScale {
  let domain: [number, number] = [0, 1];
  let range: [number, number] = [0, 1];
  let f = linear(0, 1, 0, 1);
  const rescale = () => (f = linear(domain[0], domain[1], range[0], range[1]));
  const scale = ((value: number) => f.map(value)) as LinearScale;
  scale.domain = ((d?: readonly [number, number]) => {
    if (!d) return [...domain];
    domain = [+d[0], +d[1]];
    rescale();
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((r?: readonly [number, number]) => {
    if (!r) return [...range];
    range = [+r[0], +r[1]];
    rescale();
    return scale;
  }) as LinearScale['range'];
  scale.nice = (count = 10) => {
    const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
    const [n0, n1] = nice(lo, hi, count);
    domain = domain[0] <= domain[1] ? [n0, n1] : [n1, n0];
    rescale();
    return scale;
  };
  scale.ticks = (count = 10) => ticks(domain[0], domain[1], count);
  scale.invert = (value: number) => f.invert(value);
  return scale;
}

export interface TimeScale {
  (value: Date | number): number;
  domain(): [Date, Date];
  domain(domain: readonly [Date | number, Date | number]): TimeScale;
  range(): [number, number];
  range(range: readonly [number, number]): TimeScale;
  /** Calendar-aligned UTC dates (days, weeks, months, quarters, years), about `count` of them. */
  ticks(count?: number): Date[];
  invert(value: number): Date;
}

const DAY = 864e5;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
// d3-time 3.1's table (its utcTicks) from a day up. Days are unixDay, counted from the epoch:
// utcDay.every(2) counts by day of month, so it steps one day at most month ends (31, 1).
const INTERVALS: [CountableTimeInterval, number, number][] = [
  [unixDay, 1, DAY],
  [unixDay, 2, 2 * DAY],
  [utcSunday, 1, WEEK],
  [utcMonth, 1, MONTH],
  [utcMonth, 3, 3 * MONTH],
  [utcYear, 1, YEAR],
];
const byDuration = bisector((i: (typeof INTERVALS)[number]) => i[2]).right;

/**
 * The calendar interval d3-scale's utc ticks would use for `count` ticks over a span, or a day
 * where d3 would step in hours or less: the axis labels dates, and hourly ticks would repeat
 * one date. (d3-time's own utcTicks would tick hours, and cost ~150 bytes gzip more.)
 */
function tickInterval(start: number, stop: number, count: number) {
  const target = Math.abs(stop - start) / count;
  const i = byDuration(INTERVALS, target);
  if (i === INTERVALS.length) return utcYear.every(tickStep(start / YEAR, stop / YEAR, count));
  if (i === 0) return unixDay;
  const [interval, step] = target / INTERVALS[i - 1][2] < INTERVALS[i][2] / target ? INTERVALS[i - 1] : INTERVALS[i];
  return interval.every(step);
}

/** A UTC time scale: dates map linearly onto the range. */
export function scaleUtc(): TimeScale {
  const inner = scaleLinear().domain([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]);
  const scale = ((value: Date | number) => inner(+value)) as TimeScale;
  scale.domain = ((d?: readonly [Date | number, Date | number]) => {
    if (!d) return inner.domain().map((t) => new Date(t)) as [Date, Date];
    inner.domain([+d[0], +d[1]]);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly [number, number]) => {
    if (!r) return inner.range();
    inner.range(r);
    return scale;
  }) as TimeScale['range'];
  scale.ticks = (count = 10) => {
    let [start, stop] = inner.domain();
    const reverse = stop < start;
    if (reverse) [start, stop] = [stop, start];
    const interval = tickInterval(start, stop, count);
    const dates = interval ? interval.range(new Date(start), new Date(stop + 1)) : [];
    return reverse ? dates.reverse() : dates;
  };
  scale.invert = (value: number) => new Date(inner.invert(value));
  return scale;
}
