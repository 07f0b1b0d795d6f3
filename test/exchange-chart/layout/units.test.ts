import { expect } from '@open-wc/testing';
import { cellRuns, fadedCount, layoutUnits } from '../../../src/exchange-chart/layout/units.js';
import { detainees, groups, living, measure, remains, textProblems } from './helpers.js';

const count = (rects: { width: number; height: number }[], cell: number) => rects.reduce((n, r) => n + (r.width / cell) * (r.height / cell), 0);

describe('cellRuns()', () => {
  it('covers a run of cells with at most three rectangles: partial row, full rows, partial row', () => {
    expect(cellRuns(0, 25, 10)).to.deep.equal([
      { col: 0, row: 0, cols: 10, rows: 2 },
      { col: 0, row: 2, cols: 5, rows: 1 },
    ]);
    expect(cellRuns(7, 25, 10)).to.deep.equal([
      { col: 7, row: 0, cols: 3, rows: 1 },
      { col: 0, row: 1, cols: 10, rows: 2 },
      { col: 0, row: 3, cols: 2, rows: 1 },
    ]);
    expect(cellRuns(3, 2, 10)).to.deep.equal([{ col: 3, row: 0, cols: 2, rows: 1 }]);
    expect(cellRuns(0, 0, 10)).to.deep.equal([]);
  });
});

describe('layoutUnits()', () => {
  it('draws one cell per person, the same size for every figure', () => {
    const layout = layoutUnits(groups, { width: 600, rtl: false, measure });
    const [a, b, c] = layout.blocks;
    expect(count(a.rects, layout.cell)).to.equal(20);
    expect(count(b.rects.filter((r) => r.kind !== 'track'), layout.cell)).to.equal(7);
    expect(count(b.rects.filter((r) => r.kind === 'track'), layout.cell)).to.equal(21);
    expect(count(c.rects, layout.cell)).to.equal(2000);
  });

  it('draws an approximate figure with a faded last run of 1 in 20, the same at every width', () => {
    for (const width of [280, 320, 600, 1000, 1400]) {
      const layout = layoutUnits(groups, { width, rtl: false, measure });
      const rects = layout.blocks[2].rects;
      expect(count(rects.filter((r) => r.kind === 'filled'), layout.cell), `${width}`).to.equal(1900);
      expect(count(rects.filter((r) => r.kind === 'faded'), layout.cell), `${width}`).to.equal(100);
      expect(layout.blocks[0].rects.some((r) => r.kind === 'faded')).to.equal(false);
    }
    expect(fadedCount({ value: 20, approximate: false })).to.equal(0);
    expect(fadedCount({ value: 3, approximate: true })).to.equal(1);
    expect(fadedCount({ value: 0, approximate: true })).to.equal(0);
  });

  it('draws exactly as many marks as an exact figure counts, at every width', () => {
    for (const width of [280, 320, 375, 1000, 1400]) {
      const layout = layoutUnits(groups, { width, rtl: width === 375, measure });
      const [a, b] = layout.blocks;
      expect(count(a.rects, layout.cell), `${width}`).to.equal(20);
      expect(count(b.rects.filter((r) => r.kind === 'filled'), layout.cell), `${width}`).to.equal(7);
      expect(count(b.rects.filter((r) => r.kind === 'track'), layout.cell), `${width}`).to.equal(21);
    }
  });

  it('wraps a long value at word boundaries, inside the width', () => {
    const unit = 'Palestinian detainees and prisoners held without charge or trials';
    const long = { ...detainees, valueText: `nearly 2,000 ${unit}` };
    for (const width of [280, 320]) {
      for (const rtl of [false, true]) {
        const layout = layoutUnits([{ figures: [living, long] }], { width, rtl, measure });
        const value = layout.blocks[1].value;
        expect(value.length).to.be.above(1);
        expect(value.map((l) => l.text).join(' ')).to.equal(long.valueText);
        const lines = layout.blocks.flatMap((b) => [...b.label, ...b.value]);
        expect(textProblems(lines, width, rtl)).to.deep.equal([]);
        // The cells start under the last line of the value.
        const last = value[value.length - 1];
        expect(layout.blocks[1].y).to.be.at.least(last.y + 19);
      }
    }
  });

  // How long it takes is a figure of `npm run bench` (units, 20,000 marks).
  it('stays O(1) in nodes at 20,000 units: at most seven rectangles per figure', () => {
    const layout = layoutUnits([{ figures: [{ ...detainees, value: 20_000 }] }], { width: 280, rtl: false, measure });
    expect(layout.blocks[0].rects.length).to.be.at.most(7);
    expect(count(layout.blocks[0].rects, layout.cell)).to.equal(20_000);
    expect(layout.cell).to.equal(2);
  });

  it('shrinks cells as the largest figure grows, between 2 and 14 px', () => {
    const small = layoutUnits([{ figures: [living] }], { width: 1000, rtl: false, measure });
    const large = layoutUnits(groups, { width: 1000, rtl: false, measure });
    expect(small.cell).to.equal(14);
    expect(large.cell).to.be.below(small.cell);
  });

  it('fills from the right in right-to-left languages', () => {
    const layout = layoutUnits([{ figures: [living] }], { width: 300, rtl: true, measure });
    const [block] = layout.blocks;
    const [run] = block.rects;
    expect(block.x + run.x + run.width).to.equal(block.x + layout.columns * layout.cell);
    expect(block.x + layout.columns * layout.cell).to.be.at.most(300);
    expect(block.x + layout.columns * layout.cell).to.be.above(300 - layout.cell);
  });

  it('keeps texts apart and inside the width, at any width and direction', () => {
    for (const width of [280, 320, 1000, 1400]) {
      for (const rtl of [false, true]) {
        const layout = layoutUnits(groups, { width, rtl, measure });
        const lines = [...layout.groups.flatMap((g) => g.label), ...layout.blocks.flatMap((b) => [...b.label, ...b.value])];
        expect(textProblems(lines, width, rtl)).to.deep.equal([]);
        for (const b of layout.blocks) for (const r of b.rects) expect(b.x + r.x + r.width).to.be.at.most(width);
      }
    }
  });

  it('has a block for the total even when nothing is counted yet', () => {
    const layout = layoutUnits([{ figures: [{ ...remains, value: 0 }] }], { width: 300, rtl: false, measure });
    expect(count(layout.blocks[0].rects, layout.cell)).to.equal(28);
  });
});
