import { expect } from '@open-wc/testing';
import { BAR, layoutBars } from '../../../src/exchange-chart/layout/bars.js';
import { detainees, groups, living, measure, remains, textProblems } from './helpers.js';

const texts = (layout: ReturnType<typeof layoutBars>) => [...layout.groups.flatMap((g) => g.label), ...layout.marks.flatMap((m) => [...m.label, m.value])];

describe('layoutBars()', () => {
  it('puts every figure on one scale, so 20 is a hundredth of nearly 2,000', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure });
    const [a, , c] = layout.marks;
    const full = (m: (typeof layout.marks)[number]) => m.bar.width + m.fade.width;
    expect(full(a) / full(c)).to.be.closeTo(20 / 2000, 0.001);
    expect(layout.valuePlacement).to.equal('beside');
  });

  it('draws a total as a track behind the filled part (7 of 28)', () => {
    const layout = layoutBars([{ figures: [remains] }], { width: 600, rtl: false, measure });
    const [m] = layout.marks;
    expect(m.track!.width).to.be.closeTo(m.bar.width * 4, 0.02);
    expect(m.track!.x).to.equal(0);
    expect(m.value.text).to.equal('7 of 28');
    // The label sits after the track's end, not over it.
    expect(m.value.x).to.be.greaterThan(m.track!.width);
  });

  it('fades the end of an approximate bar, and only of an approximate one', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure });
    expect(layout.marks.map((m) => m.fade.width > 0)).to.deep.equal([false, false, true]);
    const d = layout.marks[2];
    expect(d.fade.x).to.be.closeTo(d.bar.x + d.bar.width, 0.01);
  });

  it('keeps a value above zero visible, however small', () => {
    const tiny = { ...living, value: 1 };
    const layout = layoutBars([{ figures: [tiny, { ...detainees, value: 100000 }] }], { width: 300, rtl: false, measure });
    expect(layout.marks[0].bar.width).to.be.at.least(1);
  });

  it('grows bars from the right in right-to-left languages, a mirror image of left-to-right', () => {
    const ltr = layoutBars(groups, { width: 500, rtl: false, measure });
    const rtl = layoutBars(groups, { width: 500, rtl: true, measure });
    rtl.marks.forEach((m, i) => {
      expect(m.bar.x + m.bar.width).to.be.closeTo(500, 0.01);
      expect(m.bar.x).to.be.closeTo(500 - ltr.marks[i].bar.x - ltr.marks[i].bar.width, 0.01);
      expect(m.label[0].x).to.equal(500);
    });
    expect(rtl.height).to.equal(ltr.height);
  });

  it('groups the two sides under their labels, with a gap between groups', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure });
    expect(layout.groups.map((g) => g.label[0].text)).to.deep.equal(['Side one', 'Side two']);
    expect(layout.groups[1].y).to.be.greaterThan(layout.marks[1].y + BAR.height + BAR.groupGap - 1);
  });

  it('moves values to the label line when narrow, and never lets text overlap or leave the width', () => {
    for (const width of [120, 280, 320, 1000, 1400]) {
      for (const rtl of [false, true]) {
        const layout = layoutBars(groups, { width, rtl, measure });
        expect(textProblems(texts(layout), width, rtl), `${width} ${rtl}`).to.deep.equal([]);
      }
    }
    expect(layoutBars(groups, { width: 120, rtl: false, measure }).valuePlacement).to.equal('above');
  });

  it('has a height that depends only on width and data', () => {
    const a = layoutBars(groups, { width: 280, rtl: false, measure });
    const b = layoutBars(groups, { width: 280, rtl: false, measure });
    expect(a.height).to.equal(b.height);
    // Narrow wraps the labels onto more lines: taller.
    expect(layoutBars(groups, { width: 150, rtl: false, measure }).height).to.be.greaterThan(layoutBars(groups, { width: 1000, rtl: false, measure }).height);
  });
});
