import { expect } from '@open-wc/testing';
import { cumulate, layoutTimeline, pointAt, stepAfterPath, type TimelineOptions, type TimelineSeries } from '../../../src/exchange-chart/layout/timeline.js';
import { textBox } from '../../../src/exchange-chart/layout/common.js';
import { measure, remains, textProblems } from './helpers.js';

const dates = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-17', '2025-11-02', '2026-01-26'];
const events = cumulate(dates.map((date, index) => ({ date, value: [4, 3, 2, 1, 3, 1][index], index })));
const series: TimelineSeries[] = [{ figure: { ...remains, value: 14, valueText: '14 of 28' }, events }];
const options = (more: Partial<TimelineOptions> = {}): TimelineOptions => ({
  width: 600,
  rtl: false,
  measure,
  locale: 'en',
  end: '2026-01-29',
  formatNumber: String,
  formatTotal: (n) => `Total: ${n}`,
  ...more,
});
const allText = (layout: ReturnType<typeof layoutTimeline>) =>
  layout.panels.flatMap((p) => [...p.label, p.value, ...p.yTicks.map((t) => t.label), ...p.xTicks.map((t) => t.label), ...(p.reference ? [p.reference.label] : [])]);

describe('cumulate()', () => {
  it('sorts events by date and keeps running totals, reported or summed', () => {
    const out = cumulate([
      { date: '2025-10-15', value: 2, index: 2 },
      { date: '2025-10-13', value: 4, cumulative: 4, index: 0 },
      { date: '2025-10-14', value: 3, index: 1 },
    ]);
    expect(out.map((e) => [e.date, e.cumulative])).to.deep.equal([
      ['2025-10-13', 4],
      ['2025-10-14', 7],
      ['2025-10-15', 9],
    ]);
  });
});

describe('layoutTimeline()', () => {
  it('runs time left to right, with a step line rising at each event and the total as a reference', () => {
    const layout = layoutTimeline(series, options());
    const [panel] = layout.panels;
    const xs = panel.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    const ys = panel.points.map((p) => p.y);
    expect([...ys].sort((a, b) => b - a)).to.deep.equal(ys);
    // A step after each event: every segment is level or upright, never sloped.
    const vertices = panel.path.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((v) => v.split(',').map(Number));
    expect(vertices[0]).to.deep.equal([xs[0], ys[0]]);
    vertices.slice(1).forEach(([x, y], i) => expect(x === vertices[i][0] || y === vertices[i][1], panel.path).to.equal(true));
    expect(panel.reference!.label.text).to.equal('Total: 28');
    expect(panel.reference!.y).to.be.below(ys[ys.length - 1]);
    // The line holds its last count until the as-of date: the right end of the axis.
    expect(vertices[vertices.length - 1]).to.deep.equal([layout.x1, ys[ys.length - 1]]);
  });

  it('runs right to left in right-to-left languages, unless time-direction is ltr', () => {
    const rtl = layoutTimeline(series, options({ rtl: true }));
    expect(rtl.reversed).to.equal(true);
    expect(rtl.panels[0].points[0].x).to.be.greaterThan(rtl.panels[0].points[5].x);
    const ltr = layoutTimeline(series, options({ rtl: true, timeDirection: 'ltr' }));
    expect(ltr.reversed).to.equal(false);
    expect(ltr.panels[0].points[0].x).to.be.below(ltr.panels[0].points[5].x);
  });

  it('pointAt() answers which point is at x, numbered across panels, in either direction', () => {
    for (const rtl of [false, true]) {
      const layout = layoutTimeline([...series, ...series], options({ rtl }));
      const [first, second] = layout.panels;
      expect(first.points.length).to.equal(6);
      first.points.forEach((p, i) => expect(pointAt(layout, 0, p.x), `${rtl} ${i}`).to.equal(i));
      // Halfway between two points but nearer the second: the second.
      const [a, b] = [first.points[2].x, first.points[3].x];
      expect(pointAt(layout, 0, a + (b - a) * 0.6)).to.equal(3);
      expect(pointAt(layout, 1, second.points[2].x)).to.equal(6 + 2);
      // Beyond the last event (towards the as-of date): the last event.
      expect(pointAt(layout, 0, rtl ? layout.x0 : layout.x1)).to.equal(5);
    }
    expect(pointAt(layoutTimeline([], options()), 0, 10)).to.equal(-1);
  });

  // How long it takes is a figure of `npm run bench` (timeline, 100,000 events).
  it('draws the line but no circle per event at 100,000 events', () => {
    const many = cumulate(Array.from({ length: 100_000 }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10), value: 1, index: i })));
    const layout = layoutTimeline([{ figure: { ...remains, total: undefined }, events: many }], options());
    expect(layout.showPoints).to.equal(false);
    expect(layout.panels[0].points.length).to.equal(100_000);
    expect(layoutTimeline(series, options()).showPoints).to.equal(true);
  });

  it('keeps axis labels and titles apart and inside the width, from 280 to 1400 px', () => {
    for (const width of [280, 320, 1000, 1400]) {
      for (const rtl of [false, true]) {
        const layout = layoutTimeline(series, options({ width, rtl }));
        expect(layout.panels[0].xTicks.length, `${width}`).to.be.greaterThan(0);
        expect(textProblems(allText(layout), width, rtl), `${width} ${rtl}`).to.deep.equal([]);
      }
    }
  });

  it('writes "Total: 28" clear of every point, also when the count reaches the total at the end', () => {
    const full = cumulate(dates.map((date, index) => ({ date, value: [4, 3, 2, 1, 3, 15][index], index })));
    const reached: TimelineSeries[] = [{ figure: { ...remains, value: 28, valueText: '28 of 28' }, events: full }];
    for (const width of [280, 320, 1000, 1400]) {
      for (const [rtl, end] of [[false, '2026-01-29'], [true, '2026-01-29'], [false, '2026-01-26']] as const) {
        const [panel] = layoutTimeline(reached, options({ width, rtl, end })).panels;
        const b = textBox(panel.reference!.label, rtl);
        for (const p of panel.points) {
          // The point's circle and the focus ring around it (radius 9), plus a gap.
          const dx = Math.max(b.x0 - p.x, 0, p.x - b.x1);
          const dy = Math.max(b.y0 - p.y, 0, p.y - b.y1);
          expect(Math.hypot(dx, dy), `${width} ${rtl} ${end} ${p.date}`).to.be.at.least(11);
        }
        expect(textProblems(allText({ panels: [panel] } as ReturnType<typeof layoutTimeline>), width, rtl)).to.deep.equal([]);
      }
    }
  });

  it('writes the year on the first date label and whenever it changes', () => {
    const [panel] = layoutTimeline(series, options({ width: 1000 })).panels;
    const labels = panel.xTicks.map((t) => t.label.text);
    expect(labels[0]).to.match(/2025/);
    expect(labels.filter((l) => /2026/.test(l)).length).to.equal(1);
  });
});

describe('stepAfterPath()', () => {
  it('is the same path as d3-shape line().curve(curveStepAfter)', async () => {
    const { line, curveStepAfter } = await import('d3-shape');
    const d3 = line<{ x: number; y: number }>((p) => p.x, (p) => p.y).curve(curveStepAfter);
    const points = [
      { x: 20, y: 220.67 },
      { x: 29, y: 201.67 },
      { x: 38, y: 189 },
      { x: 992, y: 68.67 },
      { x: 992.5, y: 68.67 },
    ];
    for (let n = 2; n <= points.length; n++) expect(stepAfterPath(points.slice(0, n))).to.equal(d3(points.slice(0, n)));
    expect(stepAfterPath([])).to.equal('');
  });
});
