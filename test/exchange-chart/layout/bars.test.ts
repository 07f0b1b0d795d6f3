import { expect } from '@open-wc/testing';
import { BAR, layoutBars, ownScaleFigures } from '../../../src/exchange-chart/layout/bars.js';
import { detainees, groups, living, measure, remains, textProblems } from './helpers.js';

const ownScale = (n: number) => `Own scale: full bar = ${n}`;

const texts = (layout: ReturnType<typeof layoutBars>) => [...layout.groups.flatMap((g) => g.label), ...layout.marks.flatMap((m) => [...m.label, ...m.value, ...(m.scale?.note ?? [])])];

describe('layoutBars()', () => {
  it('puts figures without a total on one scale, so 20 is a hundredth of nearly 2,000', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure, ownScale });
    const [a, , c] = layout.marks;
    const full = (m: (typeof layout.marks)[number]) => m.bar.width + m.fade.width;
    expect(full(a) / full(c)).to.be.closeTo(20 / 2000, 0.001);
    expect(layout.valuePlacement).to.equal('beside');
  });

  it('draws a total as a track behind the filled part (7 of 28)', () => {
    const layout = layoutBars([{ figures: [remains] }], { width: 600, rtl: false, measure, ownScale });
    const [m] = layout.marks;
    expect(m.track!.width).to.be.closeTo(m.bar.width * 4, 0.02);
    expect(m.track!.x).to.equal(0);
    expect(m.value[0].text).to.equal('7 of 28');
    // The label sits after the track's end, not over it.
    expect(m.value[0].x).to.be.greaterThan(m.track!.width);
  });

  it('fades the end of an approximate bar, and only of an approximate one', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure, ownScale });
    expect(layout.marks.map((m) => m.fade.width > 0)).to.deep.equal([false, false, true]);
    const d = layout.marks[2];
    expect(d.fade.x).to.be.closeTo(d.bar.x + d.bar.width, 0.01);
  });

  it('keeps a value above zero visible, however small', () => {
    const tiny = { ...living, value: 1 };
    const layout = layoutBars([{ figures: [tiny, { ...detainees, value: 100000 }] }], { width: 300, rtl: false, measure, ownScale });
    expect(layout.marks[0].bar.width).to.be.at.least(1);
  });

  it('grows bars from the right in right-to-left languages, a mirror image of left-to-right', () => {
    const ltr = layoutBars(groups, { width: 500, rtl: false, measure, ownScale });
    const rtl = layoutBars(groups, { width: 500, rtl: true, measure, ownScale });
    rtl.marks.forEach((m, i) => {
      expect(m.bar.x + m.bar.width).to.be.closeTo(500, 0.01);
      expect(m.bar.x).to.be.closeTo(500 - ltr.marks[i].bar.x - ltr.marks[i].bar.width, 0.01);
      expect(m.label[0].x).to.equal(500);
    });
    expect(rtl.height).to.equal(ltr.height);
  });

  it('groups the two sides under their labels, with a gap between groups', () => {
    const layout = layoutBars(groups, { width: 600, rtl: false, measure, ownScale });
    expect(layout.groups.map((g) => g.label[0].text)).to.deep.equal(['Side one', 'Side two']);
    expect(layout.groups[1].y).to.be.greaterThan(layout.marks[1].y + BAR.height + BAR.groupGap - 1);
  });

  it('moves values to the label line when narrow, and never lets text overlap or leave the width', () => {
    for (const width of [120, 280, 320, 1000, 1400]) {
      for (const rtl of [false, true]) {
        const layout = layoutBars(groups, { width, rtl, measure, ownScale });
        expect(textProblems(texts(layout), width, rtl), `${width} ${rtl}`).to.deep.equal([]);
      }
    }
    expect(layoutBars(groups, { width: 120, rtl: false, measure, ownScale }).valuePlacement).to.equal('above');
  });

  it('has a height that depends only on width and data', () => {
    const a = layoutBars(groups, { width: 280, rtl: false, measure, ownScale });
    const b = layoutBars(groups, { width: 280, rtl: false, measure, ownScale });
    expect(a.height).to.equal(b.height);
    // Narrow wraps the labels onto more lines: taller.
    expect(layoutBars(groups, { width: 150, rtl: false, measure, ownScale }).height).to.be.greaterThan(layoutBars(groups, { width: 1000, rtl: false, measure, ownScale }).height);
  });

  const WIDTHS = [280, 320, 375, 1000, 1400];
  const drawn = (m: ReturnType<typeof layoutBars>['marks'][number]) => m.bar.width + m.fade.width;

  it('keeps every mark readable at every width: no bar under 2 px, the whole of 7 of 28 at least 40 px', () => {
    for (const width of WIDTHS) {
      for (const rtl of [false, true]) {
        const layout = layoutBars(groups, { width, rtl, measure, ownScale });
        for (const m of layout.marks) {
          if (m.figure.value > 0) expect(drawn(m), `${m.figure.id} ${width}`).to.be.at.least(BAR.minMark);
          if (m.track) {
            expect(m.track.width, `${width}`).to.be.at.least(BAR.minWhole);
            // The part is told from the whole: a quarter of it.
            expect(drawn(m) / m.track.width).to.be.closeTo(7 / 28, 0.01);
          }
          for (const span of [m.bar, m.fade, ...(m.track ? [m.track] : [])]) {
            expect(span.x).to.be.at.least(-0.01);
            expect(span.x + span.width).to.be.at.most(width + 0.01);
          }
        }
      }
    }
  });

  it('keeps figures on one scale in true proportion, and says so under any bar on its own scale', () => {
    for (const width of WIDTHS) {
      const layout = layoutBars(groups, { width, rtl: false, measure, ownScale: (n) => `Own scale: ${n}` });
      const shared = layout.marks.filter((m) => !m.scale);
      // 20 and nearly 2,000 share a scale; 7 of 28 is drawn against its own total.
      expect(shared.map((m) => m.figure.id), `${width}`).to.deep.equal(['living', 'detainees']);
      const [a, c] = shared;
      expect(drawn(a) / drawn(c)).to.be.closeTo(20 / 2000, 0.002);
      const own = layout.marks.find((m) => m.scale)!;
      expect(own.scale!.whole).to.equal(28);
      expect(own.scale!.note.map((l) => l.text)).to.deep.equal(['Own scale: 28']);
      // The note sits under its bar, inside the mark's box.
      expect(own.scale!.note[0].y).to.be.at.least(own.y + own.height);
      expect(own.scale!.note[0].y + 15).to.be.at.most(own.box.y + own.box.height + 0.01);
    }
  });

  it('gives a figure its own scale only when one scale would make it unreadable', () => {
    const big = { ...detainees, value: 20_000 };
    expect([...ownScaleFigures([living, detainees], 280)]).to.deep.equal([]);
    // 20 beside 20,000 is 0.3 px at 280 px: each is drawn on its own scale, and says so.
    expect([...ownScaleFigures([living, big], 280)].map((f) => f.id).sort()).to.deep.equal(['detainees', 'living']);
    const layout = layoutBars([{ figures: [living, big] }], { width: 280, rtl: false, measure, ownScale });
    expect(layout.marks.every((m) => m.scale && drawn(m) >= BAR.minMark)).to.equal(true);
    // Two figures of a total alike: one scale, no note.
    const other = { ...remains, id: 'other', value: 10, total: 30, valueText: '10 of 30' };
    expect(layoutBars([{ figures: [remains, other] }], { width: 320, rtl: false, measure, ownScale }).marks.some((m) => m.scale)).to.equal(false);
  });

  it('wraps labels and a long value at word boundaries, and keeps them inside the width', () => {
    const unit = 'Palestinian detainees and prisoners held without charge or trials';
    expect(unit.length).to.equal(65);
    const long = { ...detainees, valueText: `nearly 2,000 ${unit}` };
    const input = [groups[0], { label: 'Side two', figures: [long] }];
    for (const width of [280, 320, 375, 1000]) {
      for (const rtl of [false, true]) {
        const layout = layoutBars(input, { width, rtl, measure, ownScale });
        expect(textProblems(texts(layout), width, rtl), `${width} ${rtl}`).to.deep.equal([]);
        for (const m of layout.marks) {
          const words = (lines: { text: string }[]) => lines.map((l) => l.text).join(' ');
          // Nothing broken inside a word: the lines put back together are the text.
          expect(words(m.label)).to.equal(m.figure.label);
          expect(words(m.value)).to.equal(m.figure.valueText);
          expect(m.label.length, `${m.figure.id} ${width}`).to.be.at.most(3);
          // Text above the bar stays above it.
          for (const l of [...m.label, ...m.value]) if (layout.valuePlacement === 'above') expect(l.y + 15).to.be.at.most(m.y);
        }
      }
    }
  });
});
