import { expect } from '@open-wc/testing';
import { scaleUtc as d3ScaleUtc } from 'd3-scale';
import { utcDay, utcTickInterval } from 'd3-time';
import fc from 'fast-check';
import { scaleLinear, scaleUtc } from '../../src/internal/scale.js';
import { SEED, withCause } from '../helpers/arbitraries.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe('scaleLinear()', () => {
  it('maps the domain onto the range and back, also reversed (right to left)', () => {
    const x = scaleLinear().domain([0, 2000]).range([10, 410]);
    expect([x(0), x(1000), x(2000)]).to.deep.equal([10, 210, 410]);
    expect(x.invert(210)).to.equal(1000);
    const rtl = scaleLinear().domain([0, 28]).range([300, 0]);
    expect([rtl(0), rtl(7), rtl(28)]).to.deep.equal([300, 225, 0]);
  });

  it('nices and ticks as d3-scale does', () => {
    const y = scaleLinear().domain([0, 28]).nice(4);
    expect(y.domain()).to.deep.equal([0, 30]);
    expect(y.ticks(4)).to.deep.equal([0, 10, 20, 30]);
    expect(scaleLinear().domain([0, 1968]).nice(5).domain()).to.deep.equal([0, 2000]);
    expect(scaleLinear().domain([0, 2000]).ticks(5)).to.deep.equal([0, 500, 1000, 1500, 2000]);
  });

  it('maps a zero-width domain to the middle of the range instead of NaN', () => {
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).to.equal(50);
  });
});

describe('scaleUtc()', () => {
  it('maps dates linearly, in UTC', () => {
    const x = scaleUtc().domain([new Date('2025-10-13'), new Date('2025-10-23')]).range([0, 100]);
    expect(x(new Date('2025-10-18'))).to.equal(50);
    expect(x.invert(50).toISOString()).to.equal('2025-10-18T00:00:00.000Z');
  });

  it('ticks on calendar boundaries: days, weeks, months as the span grows', () => {
    const ticks = (from: string, to: string, n: number) => iso(scaleUtc().domain([new Date(from), new Date(to)]).ticks(n));
    expect(ticks('2025-10-13', '2025-10-17', 5)).to.deep.equal(['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-16', '2025-10-17']);
    expect(ticks('2025-10-13', '2025-11-10', 4)).to.deep.equal(['2025-10-19', '2025-10-26', '2025-11-02', '2025-11-09']);
    expect(ticks('2025-10-13', '2026-01-26', 4)).to.deep.equal(['2025-11-01', '2025-12-01', '2026-01-01']);
    expect(ticks('2000-01-01', '2024-12-31', 5)).to.deep.equal(['2000-01-01', '2005-01-01', '2010-01-01', '2015-01-01', '2020-01-01']);
  });

  it('ticks in reading order of a reversed range too', () => {
    const x = scaleUtc().domain([new Date('2025-10-13'), new Date('2025-10-15')]).range([100, 0]);
    expect(iso(x.ticks(3))).to.deep.equal(['2025-10-13', '2025-10-14', '2025-10-15']);
    expect(x(new Date('2025-10-13'))).to.equal(100);
  });

  describe('ticks as d3-scale scaleUtc().ticks() does', () => {
    const DAY = 864e5;
    // Where d3 steps in hours or finer, ours steps in days (the axis labels dates): there it is
    // d3's own ticks at utcDay.
    const d3Ticks = (start: number, stop: number, count: number) => {
      const interval = utcTickInterval(new Date(Math.min(start, stop)), new Date(Math.max(start, stop)), count);
      const subDay = interval !== null && +interval.offset(new Date(0), 1) < DAY;
      const x = d3ScaleUtc().domain([start, stop]);
      return subDay ? x.ticks(utcDay) : x.ticks(count);
    };
    const ours = (start: number, stop: number, count: number) => scaleUtc().domain([start, stop]).ticks(count);
    const at = (date: string) => Date.parse(date);

    it('every other day across a month end, counted from the epoch as d3-time 3.1 does, not by day of month', () => {
      const ticks = iso(scaleUtc().domain([new Date('2025-10-20'), new Date('2025-11-10')]).ticks(10));
      expect(ticks).to.deep.equal([
        '2025-10-21', '2025-10-23', '2025-10-25', '2025-10-27', '2025-10-29', '2025-10-31',
        '2025-11-02', '2025-11-04', '2025-11-06', '2025-11-08', '2025-11-10',
      ]);
    });

    it('the same dates as d3 over month, leap-day and year ends, for every count a width gives', () => {
      const domains = [
        ['2025-10-20', '2025-11-10'],
        ['2025-10-13', '2026-01-26'],
        ['2025-10-31', '2025-12-01'],
        ['2024-02-20', '2024-03-12'],
        ['2025-02-20', '2025-03-12'],
        ['2025-12-24', '2026-01-14'],
        ['1969-12-20', '1970-01-10'],
        ['2025-10-13', '2025-10-15'],
      ];
      for (const [from, to] of domains) {
        // The timeline asks for width / 90 ticks, then fewer until the labels fit.
        for (let count = 1; count <= 24; count++) {
          for (const [start, stop] of [[at(from), at(to)], [at(to), at(from)]]) {
            expect(iso(ours(start, stop, count)), `${from}..${to} (${start > stop ? 'reversed' : 'forward'}), ${count} ticks`).to.deep.equal(iso(d3Ticks(start, stop, count)));
          }
        }
      }
    });

    it('the same instants as d3 over 5000 random domains, from a moment to a century', () => {
      const domain = fc.record({
        start: fc.integer({ min: at('1900-01-01'), max: at('2100-01-01') }),
        // Spans spread evenly over their orders of magnitude: minutes to a hundred years.
        span: fc.double({ min: 4, max: 12.5, noNaN: true }).map((e) => Math.round(10 ** e)),
        count: fc.integer({ min: 1, max: 40 }),
        reverse: fc.boolean(),
      });
      try {
        fc.assert(
          fc.property(domain, ({ start, span, count, reverse }) => {
            const [a, b] = reverse ? [start + span, start] : [start, start + span];
            expect(ours(a, b, count).map(Number)).to.deep.equal(d3Ticks(a, b, count).map(Number));
          }),
          { seed: SEED, numRuns: 5000 },
        );
      } catch (error) {
        throw withCause(error);
      }
    });
  });
});
