import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SEED } from '../../helpers/arbitraries.js';
import { anyNear, stepAfterSeries } from '../../../src/exchange-chart/layout/timeline.js';

/** The library's step path through points given in px (x in order): stepAfterSeries with the points as their own places. */
const stepAfterPath = (points: readonly { x: number; y: number }[]) =>
  stepAfterSeries(
    Float64Array.from(points, (p) => p.x),
    Float64Array.from(points, (p) => p.y),
    (x) => x,
    (y) => y,
  );

/**
 * The same path written point by point, the plain form stepAfterSeries must equal: through
 * (xs[i], ys[i]) and on to `end` at the last one's height when given; points less than half a
 * pixel from a group's first join it as one vertical stroke through their lowest and highest.
 */
function stepAfterColumns(xs: ArrayLike<number>, ys: ArrayLike<number>, end?: number): string {
  const n = xs.length;
  if (!n) return '';
  const xAt = (i: number) => (i < n ? xs[i] : end!);
  const yAt = (i: number) => (i < n ? ys[i] : ys[n - 1]);
  const count = end === undefined ? n : n + 1;
  let y = yAt(0);
  let d = `M${xAt(0)},${y}`;
  for (let i = 1; i < count; i++) {
    const x = xAt(i);
    let lo = Math.min(y, yAt(i));
    let hi = Math.max(y, yAt(i));
    while (i + 1 < count && Math.abs(xAt(i + 1) - x) < 0.5) {
      i++;
      lo = Math.min(lo, yAt(i));
      hi = Math.max(hi, yAt(i));
    }
    const last = yAt(i);
    d += `L${x},${y}`;
    if (lo < Math.min(y, last) || hi > Math.max(y, last)) d += `L${x},${lo}L${x},${hi}`;
    d += `L${x},${last}`;
    y = last;
  }
  return d;
}

/** The vertices of a path made of M and L commands. */
const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('stepAfterSeries() through points', () => {
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

describe('stepAfterSeries() with more points than pixels', () => {
  // 100,000 running totals over 600 px: ~170 per pixel.
  const points = Array.from({ length: 100_000 }, (_, i) => ({ x: Math.round((20 + (i * 600) / 100_000) * 100) / 100, y: 200 - Math.floor(i / 600) }));

  it('draws one vertical stroke per pixel, not 200,000 vertices', () => {
    const d = stepAfterPath(points);
    expect(vertices(d).length).to.be.below(4 * 600 + 2);
  });

  it('starts and ends where the line does, and covers every count it passes', () => {
    const v = vertices(stepAfterPath(points));
    expect(v[0]).to.deep.equal([points[0].x, points[0].y]);
    expect(v.at(-1)![1]).to.equal(points.at(-1)!.y);
    const ys = v.map(([, y]) => y);
    expect(Math.min(...ys)).to.equal(Math.min(...points.map((p) => p.y)));
    expect(Math.max(...ys)).to.equal(Math.max(...points.map((p) => p.y)));
    // Never backwards in time.
    for (let i = 1; i < v.length; i++) expect(v[i][0]).to.be.at.least(v[i - 1][0]);
  });

  it('keeps a dip within one pixel visible: down and back up is drawn through its lowest count', () => {
    const d = stepAfterPath([
      { x: 10, y: 100 },
      { x: 20, y: 80 },
      { x: 20.2, y: 120 },
      { x: 20.4, y: 90 },
      { x: 30, y: 90 },
    ]);
    expect(d).to.equal('M10,100L20,100L20,80L20,120L20,90L30,90L30,90');
  });
});

describe('stepAfterSeries()', () => {
  it('draws the path of the points it places, as written point by point, whatever the times and counts', () => {
    // Times in order (many sharing a day), counts that rise, hold or fall (a reported running
    // total), both axes either way round, with and without an end after the last event.
    const times = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 }).map((steps) => {
      let t = 0;
      return steps.map((s) => (t += s < 25 ? 0 : s));
    });
    const run = fc.record({ steps: times, counts: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 300, maxLength: 300 }), ltr: fc.boolean(), end: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) });
    fc.assert(
      fc.property(run, ({ steps, counts, ltr, end }) => {
        const ts = Float64Array.from(steps);
        const cs = Float64Array.from(counts.slice(0, steps.length));
        const last = ts.length ? ts[ts.length - 1] : 0;
        const xOf = (t: number) => Math.round((ltr ? 10 + t * 0.37 : 900 - t * 0.37) * 100) / 100;
        const yOf = (c: number) => Math.round((300 - c * 0.53) * 100) / 100;
        const endX = end === undefined ? undefined : xOf(last + end);
        expect(stepAfterSeries(ts, cs, xOf, yOf, endX)).to.equal(stepAfterColumns(Float64Array.from(ts, xOf), Float64Array.from(cs, yOf), endX));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('anyNear()', () => {
  it('finds a point near a box exactly when one of all the points is, looking at a few per run of a day', () => {
    const run = fc.record({
      steps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }),
      counts: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 200, maxLength: 200 }),
      reversed: fc.boolean(),
      box: fc.record({ x: fc.integer({ min: -20, max: 120 }), y: fc.integer({ min: -10, max: 70 }), w: fc.integer({ min: 0, max: 40 }), h: fc.integer({ min: 0, max: 20 }) }),
    });
    fc.assert(
      fc.property(run, ({ steps, counts, reversed, box }) => {
        let t = 0;
        const times = Float64Array.from(steps, (s) => (t += s < 25 ? 0 : s - 24));
        const cs = Float64Array.from(counts.slice(0, times.length));
        const xOf = (v: number) => Math.round((reversed ? 100 - v * 0.61 : v * 0.61) * 100) / 100;
        const yOf = (c: number) => Math.round((60 - c * 0.97) * 100) / 100;
        const b = { x0: box.x, x1: box.x + box.w, y0: box.y, y1: box.y + box.h };
        const brute = Array.from(times, (v, k) => {
          const [dx, dy] = [Math.max(b.x0 - xOf(v), 0, xOf(v) - b.x1), Math.max(b.y0 - yOf(cs[k]), 0, yOf(cs[k]) - b.y1)];
          return dx * dx + dy * dy < 144;
        }).some(Boolean);
        expect(anyNear({ times, counts: cs, xOf, yOf }, reversed, b, 12)).to.equal(brute);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
