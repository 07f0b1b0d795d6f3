import { expect } from '@open-wc/testing';
import { stepAfterPath } from '../../../src/exchange-chart/layout/timeline.js';

/** The vertices of a path made of M and L commands. */
const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('stepAfterPath() with more points than pixels', () => {
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
