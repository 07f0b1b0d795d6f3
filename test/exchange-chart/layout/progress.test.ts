import { expect } from '@open-wc/testing';
import { layoutProgress, PROGRESS } from '../../../src/exchange-chart/layout/progress.js';
import { detainees, groups, measure, remains, textProblems } from './helpers.js';

describe('layoutProgress()', () => {
  it('draws 28 marks with the 7 returned filled, and leaves out figures without a total', () => {
    const layout = layoutProgress(groups, { width: 600, rtl: false, measure });
    expect(layout.items.map((i) => i.figure.id)).to.deep.equal(['remains']);
    const cells = layout.items[0].cells!;
    expect(cells.length).to.equal(28);
    expect(cells.filter((c) => c.kind === 'filled').length).to.equal(7);
    expect(cells.filter((c) => c.kind === 'track').length).to.equal(21);
    expect(layout.groups.map((g) => g.label[0].text)).to.deep.equal(['Side one']);
  });

  it('wraps the marks onto more rows when narrow, never past the width', () => {
    const layout = layoutProgress([{ figures: [{ ...remains, total: 90, value: 40 }] }], { width: 280, rtl: false, measure });
    const cells = layout.items[0].cells!;
    expect(new Set(cells.map((c) => c.y)).size).to.be.greaterThan(1);
    for (const c of cells) expect(c.x + c.size).to.be.at.most(280);
  });

  it('fills from the right in right-to-left languages', () => {
    const layout = layoutProgress([{ figures: [remains] }], { width: 600, rtl: true, measure });
    const first = layout.items[0].cells![0];
    expect(first.kind).to.equal('filled');
    expect(first.x).to.be.greaterThan(600 - PROGRESS.maxCell);
  });

  it('uses a bar over a track when the total is too large to count by eye', () => {
    const layout = layoutProgress([{ figures: [{ ...detainees, total: 5000 }] }], { width: 500, rtl: false, measure });
    const bar = layout.items[0].bar!;
    expect(layout.items[0].cells).to.equal(undefined);
    expect(bar.track.width).to.equal(500);
    expect(bar.filled.width + bar.faded.width).to.be.closeTo(200, 0.02);
    expect(bar.faded.width).to.be.greaterThan(0);
  });

  it('keeps texts apart and inside the width', () => {
    for (const width of [280, 1400]) {
      for (const rtl of [false, true]) {
        const layout = layoutProgress(groups, { width, rtl, measure });
        expect(textProblems([...layout.groups.flatMap((g) => g.label), ...layout.items.flatMap((i) => [...i.label, ...i.value])], width, rtl)).to.deep.equal([]);
      }
    }
  });
});
