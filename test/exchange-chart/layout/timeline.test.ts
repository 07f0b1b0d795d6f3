import { expect } from '@open-wc/testing';
import { cumulateAt, layoutTimeline, pointAt, type TimelineOptions, type TimelineSeries } from '../../../src/exchange-chart/layout/timeline.js';
import { drawTimeline } from '../../../src/exchange-chart/views/timeline.js';
import { scaleLinear, scaleUtc } from '../../../src/internal/scale.js';
import { round } from '../../../src/exchange-chart/layout/common.js';
import { compareDates, dateTime } from '../../../src/data/dates.js';
import { textBox } from '../../../src/exchange-chart/layout/common.js';
import { cumulateAll, measure, remains, textProblems } from './helpers.js';

const dates = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-17', '2025-11-02', '2026-01-26'];
const events = cumulateAll(dates.map((date, index) => ({ date, value: [4, 3, 2, 1, 3, 1][index] })));
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

describe('cumulateAt()', () => {
  it('sorts events by date and keeps running totals, reported or summed', () => {
    const list = [
      { date: '2025-10-15', value: 2 },
      { date: '2025-10-13', value: 4, cumulative: 4 },
      { date: '2025-10-14', value: 3 },
    ];
    expect(cumulateAt(list, [0, 1, 2]).map((e) => [e.date, e.cumulative, e.index])).to.deep.equal([
      ['2025-10-13', 4, 1],
      ['2025-10-14', 7, 2],
      ['2025-10-15', 9, 0],
    ]);
  });

  // The plain form: copied, sorted by date then position, summed.
  const cumulate = (events: { date: string; value: number; cumulative?: number; index: number }[]) => {
    let sum = 0;
    return [...events]
      .sort((a, b) => compareDates(a.date, b.date) || a.index - b.index)
      .map((e) => ({ date: e.date, value: e.value, cumulative: (sum = e.cumulative ?? sum + e.value), index: e.index }));
  };

  it('gives what cumulate() gives for the events at those positions, in date order or not', () => {
    const list = [
      { date: '2025-10-15', value: 2, figure: 'a' },
      { date: '2025-10-13', value: 4, cumulative: 4, figure: 'b' },
      { date: '2025-10-13', value: 1, figure: 'a' },
      { date: '2025-10-14', value: 3, figure: 'a' },
      { date: '2025-10-14', value: 5, figure: 'a' },
    ];
    const of = (indices: number[]) => cumulate(indices.map((index) => ({ ...list[index], index })));
    for (const indices of [[0, 2, 3, 4], [2, 3, 4], [1], [], [0, 1, 2, 3, 4]]) expect(cumulateAt(list, indices), `${indices}`).to.deep.equal(of(indices));
    expect(cumulateAt(list, [0, 2, 3, 4]).map((e) => e.index)).to.deep.equal([2, 3, 4, 0]);
  });
});

describe('layoutTimeline()', () => {
  it('holds each event\'s time in a column, placed when read as a point', () => {
    const layout = layoutTimeline(series, options({ width: 1000 }));
    const [panel] = layout.panels;
    expect(panel.times.length).to.equal(6);
    // Where a d3-style scale puts them: the time axis from the first event to the as-of date, the count axis from 0 to 28.
    const x = scaleUtc().domain([dateTime(dates[0]), dateTime('2026-01-29')]).range([layout.x0, layout.x1]);
    const y = scaleLinear().domain([0, 28]).nice(4).range([panel.bottom, panel.top]);
    events.forEach((e, k) => {
      expect(panel.point(k)).to.deep.equal({ ...e, time: dateTime(e.date), x: round(x(dateTime(e.date))), y: round(y(e.cumulative)) });
      expect(panel.times[k]).to.equal(panel.point(k).time);
    });
    expect(panel.points).to.deep.equal(events.map((_, k) => panel.point(k)));
  });


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
    const many = cumulateAll(Array.from({ length: 100_000 }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10), value: 1 })));
    const layout = layoutTimeline([{ figure: { ...remains, total: undefined }, events: many }], options());
    expect(layout.showPoints).to.equal(false);
    expect(layout.panels[0].times.length).to.equal(100_000);
    expect(layoutTimeline(series, options()).showPoints).to.equal(true);
  });

  it('is drawn at 100,000 events from its columns: one path, one mark made, the others when read', () => {
    const many = cumulateAll(Array.from({ length: 100_000 }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10), value: 1 })));
    const layout = layoutTimeline([{ figure: { ...remains, total: undefined }, events: many }], options());
    const [panel] = layout.panels;
    const read: number[] = [];
    const point = panel.point;
    Object.assign(panel, { point: (k: number) => (read.push(k), point(k)) });
    // No object per event: the points as a list are never read.
    Object.defineProperty(panel, 'points', { get: () => expect.fail('every point read') });
    const drawn = drawTimeline(layout, { active: -1, rtl: false, locale: 'en', pointValue: String });
    expect(read, 'the cursor\'s point').to.deep.equal([0]);
    expect(drawn.count).to.equal(100_000);
    expect(drawn.mark(99_999)!.name).to.equal(`Remains returned, ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2011, 4, 29))}: 100000`);
    expect(drawn.mark(100_000)).to.equal(undefined);
    expect(read).to.deep.equal([0, 99_999]);
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
    const full = cumulateAll(dates.map((date, index) => ({ date, value: [4, 3, 2, 1, 3, 15][index] })));
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
