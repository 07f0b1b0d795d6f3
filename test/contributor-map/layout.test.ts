import { expect } from '@open-wc/testing';
import { indexWorld, layoutMap, mapFont, prepareMap, worldOf, type MapInput } from '../../src/contributor-map/layout.js';
import { mapPlaces } from '../../src/contributor-map/model.js';
import { intersects } from '../../src/contributor-map/labels.js';
import { world110m } from '../../src/contributor-map/world-110m.js';
import type { Dataset } from '../../src/data/schema.js';
import { DEFAULT_DATASET } from '../snapshots/datasets.js';

// layoutMap() with no DOM: a width, the places and a `measure` in, coordinates out.

let shipped: Dataset;
before(async () => {
  shipped = (await (await fetch(DEFAULT_DATASET)).json()) as Dataset;
});
// 6 px a character: placement without a font.
const input = (more: Partial<MapInput> = {}): MapInput => ({
  world: indexWorld(world110m),
  projection: 'equal-earth',
  region: 'world',
  width: 296,
  rtl: false,
  zoom: 1,
  ...mapPlaces(shipped, 'en'),
  measure: (text) => text.length * 6,
  ...more,
});

describe('layoutMap()', () => {
  it('gives the same layout for the same input, and asks `measure` for every name it places', () => {
    const asked: string[] = [];
    const a = layoutMap(input({ measure: (text, kind) => (asked.push(`${kind}:${text}`), text.length * 6) }));
    expect(JSON.stringify(layoutMap(input()))).to.equal(JSON.stringify(a));
    expect(asked).to.include('focus:Gaza Strip');
    expect(asked).to.include('country:Qatar');
  });

  for (const region of ['world', 'middle-east', 'contributors'] as const) {
    it(`region "${region}" at 296 px: the small countries marked 8 px across or more, nothing on anything`, () => {
      const layout = layoutMap(input({ region }));
      expect(layout.markerRadius * 2).to.be.at.least(8);
      const qatar = layout.marks.find((m) => m.contributor.country === 'QAT')!;
      const [[x0, y0], [x1, y1]] = qatar.drawing.bounds!;
      expect(qatar.marker !== null || Math.min(x1 - x0, y1 - y0) >= 8, 'Qatar marked or 8 × 8 px').to.equal(true);
      const markers = layout.marks.flatMap((m) => (m.marker ? [m.marker] : []));
      for (const [i, [x, y]] of markers.entries())
        for (const [x2, y2] of markers.slice(i + 1)) expect(Math.hypot(x - x2, y - y2), 'markers apart').to.be.at.least(2 * layout.markerRadius);
      const boxes = [...layout.marks.map((m) => m.label.box), ...layout.focus.map((f) => f.box)];
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).to.equal(false);
    });
  }

  it('lists what a globe facing the Gulf cannot show, and orders the rest west to east', () => {
    const layout = layoutMap(input({ projection: 'orthographic', region: 'middle-east' }));
    expect(layout.hidden.map((c) => c.country)).to.deep.equal(['IDN', 'USA']);
    const xs = layout.marks.map((m) => m.drawing.anchor![0]);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
  });

  it('sizes its labels by the text zoom: mapFont() at 2 is twice the px', () => {
    expect(mapFont('country', 'Georgia')).to.equal('400 11px Georgia');
    expect(mapFont('focus', 'Georgia', 2)).to.equal('600 24px Georgia');
  });
});

describe('prepareMap()', () => {
  for (const [projection, region] of [['equal-earth', 'world'], ['orthographic', 'contributors'], ['mercator', 'middle-east']] as const) {
    // The whole world in Equal Earth is drawn point by point (see directPath): fewer, larger steps.
    const whole = region === 'world';
    it(`${projection} ${region}: does the projecting in ${whole ? 'a few' : 'many'} small steps, after which layoutMap() draws the same map`, () => {
      // A world of its own, so that nothing is remembered from other tests: the map from scratch.
      const fresh = () => indexWorld(JSON.parse(JSON.stringify(world110m)));
      const expected = JSON.stringify(layoutMap(input({ world: fresh(), projection, region, width: 333 })));
      const world = fresh();
      let steps = 0;
      for (const _ of prepareMap(input({ world, projection, region, width: 333 }))) steps++;
      if (whole) expect(steps, 'steps: the frame, the land 30 countries at a time, each listed country').to.be.within(world.features.length / 30, 20);
      else expect(steps, 'steps: a few countries each').to.be.greaterThan(world.features.length / 10);
      expect(JSON.stringify(layoutMap(input({ world, projection, region, width: 333 })))).to.equal(expected);
    });
  }
});

describe('indexWorld()', () => {
  it('lets a topology that decodes its arcs on demand (the bundled world) let them go once its countries are made; keeps a plain one whole', () => {
    let decoded: unknown;
    const lazy = {
      type: 'Topology',
      transform: world110m.transform,
      objects: world110m.objects,
      get arcs() {
        return (decoded ??= JSON.parse(JSON.stringify(world110m.arcs)));
      },
      set arcs(value) {
        decoded = value;
      },
    } as typeof world110m;
    const world = indexWorld(lazy);
    expect(world.byId.get('360')?.geometry.type).to.equal('MultiPolygon');
    expect(decoded, 'decoded arcs kept').to.equal(undefined);
    // Asked again, they come back.
    expect(lazy.arcs).to.deep.equal(world110m.arcs);
    const plain = JSON.parse(JSON.stringify(world110m)) as typeof world110m;
    indexWorld(plain);
    expect(plain.arcs).to.have.length(world110m.arcs.length);
  });
});

describe('worldOf()', () => {
  it('takes the first topology with countries, says why it passed over one, else the fallback', () => {
    const refused: string[] = [];
    const broken = { type: 'Topology', arcs: [], objects: {} } as never;
    expect(worldOf([undefined, broken], world110m, (e) => refused.push(e.message))).to.equal(indexWorld(world110m));
    expect(refused).to.deep.equal(['the topology has no "countries" GeometryCollection']);
  });
});
