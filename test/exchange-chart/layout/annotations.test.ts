import { expect } from '@open-wc/testing';
import { placeAnnotations, type AnnotationItem, type AnnotationPlacement } from '../../../src/exchange-chart/layout/annotations.js';
import { textBox } from '../../../src/exchange-chart/layout/common.js';
import { layoutTimeline, type TimelineAnnotationInput, type TimelineSeries } from '../../../src/exchange-chart/layout/timeline.js';
import { cumulateAll, measure, remains, textProblems } from './helpers.js';

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** What must never happen in a placement: labels that overlap, leave the width, or that a rule runs through. */
function placementProblems(p: AnnotationPlacement, width: number): string[] {
  const problems: string[] = [];
  p.placed.forEach((a, i) => {
    if (a.box.x0 < 0 || a.box.x1 > width) problems.push(`"${a.item.text}" leaves the width`);
    for (const b of p.placed.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`"${a.item.text}" overlaps "${b.item.text}"`);
    // Every rule runs from its own label's top downwards.
    for (const b of p.placed) {
      if (b !== a && b.item.x >= a.box.x0 && b.item.x <= a.box.x1 && b.box.y0 < a.box.y1) problems.push(`the rule of "${b.item.text}" crosses "${a.item.text}"`);
    }
  });
  return problems;
}

/** A small deterministic generator, so that a failure can be run again. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('placeAnnotations()', () => {
  it('puts a label beside its rule, on the side it reads from first, at the top of the band', () => {
    const p = placeAnnotations([{ x: 100, text: 'Ceasefire takes effect' }], { width: 600, rtl: false, measure });
    expect(p.placed[0].box).to.deep.equal({ x0: 104, x1: 104 + 22 * 6, y0: 0, y1: 15 });
    expect(p.height).to.equal(19);
    const rtl = placeAnnotations([{ x: 500, text: 'Ceasefire takes effect' }], { width: 600, rtl: true, measure });
    expect(rtl.placed[0].box.x1, 'in right-to-left, to the left of its rule').to.equal(496);
  });

  it('turns a label to the other side of its rule near the edge', () => {
    const p = placeAnnotations([{ x: 590, text: 'Last remains recovered' }], { width: 600, rtl: false, measure });
    expect(p.placed[0].box.x1).to.equal(586);
  });

  it('never breaks a number held together by no-break spaces: a side too narrow for it is not taken', () => {
    // "12 000 000" (60 px) is wider than the 36 px right of the rule, though each of its parts fits.
    const text = 'About 12\u00a0000\u00a0000';
    const p = placeAnnotations([{ x: 100, text }], { width: 140, rtl: false, measure });
    expect(p.placed).to.have.length(1);
    expect(p.placed[0].box.x1, 'on the left of its rule').to.equal(96);
    expect(p.placed[0].lines.map((l) => l.text).join(' ')).to.equal(text);
  });

  it('stacks labels that would overlap, and wraps a long one', () => {
    const p = placeAnnotations(
      [
        { x: 100, text: 'Four coffins handed over; the remains in one were not those of a captive' },
        { x: 110, text: 'Ceasefire takes effect' },
      ],
      { width: 600, rtl: false, measure },
    );
    expect(p.placed[0].lines.length).to.be.greaterThan(1);
    expect(placementProblems(p, 600)).to.deep.equal([]);
  });

  it('no label overlaps another, leaves the width or is crossed by a rule, whatever the notes (300 random cases)', () => {
    const next = random(15);
    const texts = ['Ceasefire takes effect', 'Four coffins handed over', 'The last remains were recovered by Israeli forces, not handed over', 'Talks', 'Exchange begins'];
    for (let n = 0; n < 300; n++) {
      const width = [280, 320, 1000, 1400][n % 4];
      const rtl = n % 3 === 0;
      const items: AnnotationItem[] = Array.from({ length: 1 + Math.floor(next() * 8) }, () => ({ x: Math.round(next() * width), text: texts[Math.floor(next() * texts.length)] }));
      const p = placeAnnotations(items, { width, rtl, measure });
      expect(placementProblems(p, width), `case ${n}`).to.deep.equal([]);
      expect(p.placed.length + p.unplaced.length).to.equal(items.length);
    }
  });

  it('leaves for the list below a note with no room beside its rule', () => {
    const p = placeAnnotations([{ x: 140, text: 'Unbreakablewordthatfillsthewholeband' }], { width: 280, rtl: false, measure });
    expect(p.placed).to.deep.equal([]);
    expect(p.unplaced.map((u) => u.text)).to.deep.equal(['Unbreakablewordthatfillsthewholeband']);
    expect(p.height).to.equal(0);
  });
});

describe('layoutTimeline() with annotations', () => {
  const dates = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-17', '2025-10-18', '2025-10-20', '2025-10-21', '2025-10-30', '2025-11-02', '2025-12-03', '2026-01-26'];
  const events = cumulateAll(dates.map((date, index) => ({ date, value: index ? 2 : 4 })));
  const series: TimelineSeries[] = [{ figure: { ...remains, value: 24, valueText: '24 of 28', total: 28, updated: 'Updated Jan 26, 2026' }, events }];
  const notes: TimelineAnnotationInput[] = [
    { date: '2025-10-14', text: 'Four coffins handed over; the remains in one were not those of a captive', said: '' },
    { date: '2025-10-10', text: 'Ceasefire takes effect', said: '' },
    { date: '2026-01-26', text: 'The last remains were recovered by Israeli forces, not handed over', said: '' },
    { date: '2025-11-02', text: 'Three handed over', figures: ['other'], said: '' },
  ];

  for (const width of [280, 320, 1000, 1400]) {
    for (const rtl of [false, true]) {
      it(`${width} px${rtl ? ', right to left' : ''}: labels and rules meet no mark, no text and no other label`, () => {
        const layout = layoutTimeline(series, { width, rtl, measure, locale: 'en', end: '2026-01-29', formatNumber: String, formatTotal: (n) => `Total: ${n}`, annotations: notes });
        const [panel] = layout.panels;
        expect(panel.annotations, 'only the notes of this figure, and those of none').to.have.length(3);
        const labels = panel.annotations.flatMap((a) => a.label);
        const words = [...panel.label, panel.value, ...panel.notes, ...panel.below, ...panel.yTicks.map((t) => t.label), ...panel.xTicks.map((t) => t.label), ...(panel.reference ? [panel.reference.label] : [])];
        expect(textProblems([...words, ...labels], width, rtl)).to.deep.equal([]);
        const r = 4.5;
        for (const l of labels) {
          const b = textBox(l, rtl);
          for (const p of panel.points) expect(overlap(b, { x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r }), `"${l.text}" over a point`).to.equal(false);
        }
        for (const a of panel.annotations) {
          // A rule crosses no text (its own label sits beside it) and stops short of every point.
          for (const l of [...words, ...labels]) {
            const b = textBox(l, rtl);
            expect(a.x > b.x0 && a.x < b.x1 && a.y2 > b.y0 && a.y1 < b.y1, `a rule through "${l.text}"`).to.equal(false);
          }
          for (const p of panel.points) expect(Math.abs(p.x - a.x) < r && p.y + r > a.y1 && p.y - r < a.y2, 'a rule through a point').to.equal(false);
          expect(a.y1 >= panel.box.y && a.y2 <= panel.bottom).to.equal(true);
        }
        // The time axis reaches back to a note dated before the first event.
        expect(layout.t0).to.equal(Date.UTC(2025, 9, 10));
      });
    }
  }

  it('a rule points at the count that held on its date: it ends just above the line there', () => {
    const layout = layoutTimeline(series, { width: 1000, rtl: false, measure, locale: 'en', end: '2026-01-29', formatNumber: String, formatTotal: (n) => `Total: ${n}`, annotations: [{ date: '2025-11-20', text: 'Between handovers', said: '' }] });
    const [panel] = layout.panels;
    const level = panel.points.find((p) => p.date === '2025-11-02')!.y;
    expect(panel.annotations[0].y2).to.equal(level - 2);
  });
});
