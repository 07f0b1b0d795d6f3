import { expect } from '@open-wc/testing';
import { scaleLinear, scaleUtc } from '../../src/internal/scale.js';

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
});
