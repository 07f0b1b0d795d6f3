import { expect } from '@open-wc/testing';
import { intersects, LABEL_GAP, placeLabels, spreadMarkers, type Box, type LabelOptions, type LabelRequest } from '../../src/contributor-map/labels.js';

// 6 px a character, 14 px a line: placement without a font.
const options = (more: Partial<LabelOptions> = {}): LabelOptions => ({
  width: 320,
  height: 160,
  rtl: false,
  measure: (text) => text.length * 6,
  lineHeight: 14,
  obstacles: [],
  ...more,
});
const request = (x: number, y: number, full: string, short = full, more: Partial<LabelRequest> = {}): LabelRequest => ({
  anchor: [x, y],
  clearance: 4,
  full,
  short,
  ...more,
});
const inside = (b: Box, width: number, height: number) => b.x >= LABEL_GAP && b.y >= LABEL_GAP && b.x + b.width <= width - LABEL_GAP && b.y + b.height <= height - LABEL_GAP;

describe('placeLabels()', () => {
  it('writes a label’s note ("Updated …") on the line under it where there is room, else over it, else not at all', () => {
    const [under] = placeLabels([request(100, 60, 'Qatar', 'Qatar', { note: 'Updated Nov 2' })], options());
    expect(under.kind === 'label' && under.note?.text).to.equal('Updated Nov 2');
    const note = (under as { note: { box: Box } }).note.box;
    expect(note.y).to.equal(under.box.y + under.box.height);
    expect(note.x + note.width / 2, 'centred on its label').to.equal(under.box.x + under.box.width / 2);
    const [over] = placeLabels([request(100, 140, 'Qatar', 'Qatar', { note: 'Updated Nov 2' })], options());
    expect((over as { note?: { box: Box } }).note?.box.y).to.equal(over.box.y - 14);
    const [none] = placeLabels([request(100, 10, 'Qatar', 'Qatar', { note: 'Updated Nov 2' })], options({ height: 24 }));
    expect(none.kind).to.equal('label');
    expect((none as { note?: unknown }).note, 'no room above or below').to.equal(undefined);
  });

  it('never moves another label or badge for a note: notes take only the room left', () => {
    const requests = [request(100, 60, 'Qatar'), request(100, 80, 'United Arab Emirates', 'UAE'), request(104, 70, 'Bahrain')];
    const plain = placeLabels(requests, options());
    const noted = placeLabels(requests.map((r) => ({ ...r, note: 'Updated Nov 2, 2025' })), options());
    expect(noted.map((l) => [l.kind, l.box])).to.deep.equal(plain.map((l) => [l.kind, l.box]));
    const boxes = noted.flatMap((l) => [l.box, ...(l.kind === 'label' && l.note ? [l.note.box] : [])]);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).to.equal(false);
  });

  it('puts a label after its anchor in the reading direction: right in English, left in Arabic', () => {
    const [ltr] = placeLabels([request(100, 80, 'Qatar')], options());
    const [rtl] = placeLabels([request(100, 80, 'Qatar')], options({ rtl: true }));
    expect(ltr.kind).to.equal('label');
    expect(ltr.box.x).to.be.greaterThan(100);
    expect(rtl.box.x + rtl.box.width).to.be.lessThan(100);
  });

  it('writes a big country’s name on it, and beside its shape when it does not hold the name', () => {
    const [on] = placeLabels([request(100, 80, 'Egypt', 'Egypt', { shape: { x: 60, y: 50, width: 80, height: 60 } })], options());
    expect(on.box.x + on.box.width / 2).to.equal(100);
    expect(on.box.y + on.box.height / 2).to.equal(80);
    const [beside] = placeLabels([request(100, 80, 'Egypt', 'Egypt', { shape: { x: 90, y: 70, width: 20, height: 20 } })], options());
    expect(beside.box.x).to.be.at.least(110);
  });

  it('moves to the other side at the map’s edge, and keeps every label inside the map', () => {
    const [label] = placeLabels([request(300, 80, 'Indonesia')], options());
    expect(label.kind).to.equal('label');
    expect(label.box.x + label.box.width).to.be.lessThan(300);
    expect(inside(label.box, 320, 160)).to.equal(true);
  });

  it('keeps labels off each other and off obstacles such as the focus and its label', () => {
    const focus: Box = { x: 110, y: 70, width: 60, height: 16 };
    const placed = placeLabels([request(100, 80, 'Qatar'), request(100, 90, 'United Arab Emirates'), request(95, 75, 'Egypt')], options({ obstacles: [focus] }));
    const boxes = placed.map((p) => p.box);
    for (const [i, a] of boxes.entries()) {
      expect(intersects(a, focus), `label ${i} and the focus`).to.equal(false);
      for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).to.equal(false);
    }
  });

  it('shortens a label to the name when the figure does not fit', () => {
    const [label] = placeLabels([request(60, 40, 'United States: up to 200 troops', 'United States')], options({ width: 160, height: 80 }));
    expect(label).to.deep.include({ kind: 'label', text: 'United States', short: true });
  });

  it('numbers callouts in the order given when nothing fits, and puts their badges where nothing else is', () => {
    const crowd: Box[] = [{ x: 0, y: 0, width: 320, height: 60 }];
    const placed = placeLabels([request(160, 80, 'A name far too long to fit anywhere on this map at all, none'), request(150, 80, 'Another name far too long to fit anywhere on this map at all')], options({ width: 320, height: 100, obstacles: crowd }));
    expect(placed.map((p) => p.kind)).to.deep.equal(['callout', 'callout']);
    expect(placed.map((p) => (p.kind === 'callout' ? p.number : 0))).to.deep.equal([1, 2]);
    expect(intersects(placed[0].box, placed[1].box)).to.equal(false);
    for (const p of placed) expect(intersects(p.box, crowd[0])).to.equal(false);
  });

  it('gives a full label to a country before shortening a neighbour', () => {
    const placed = placeLabels([request(40, 20, 'Name: a figure', 'Name'), request(40, 60, 'Other')], options({ width: 200, height: 80 }));
    expect(placed[0]).to.deep.include({ kind: 'label', text: 'Name: a figure' });
    expect(placed[1]).to.deep.include({ kind: 'label', text: 'Other' });
  });
});

describe('spreadMarkers()', () => {
  it('moves markers apart until none covers another, and leaves lone ones where they are', () => {
    const spread = spreadMarkers(
      [
        [100, 50],
        [103, 51],
        [200, 50],
      ],
      5,
      { width: 320, height: 160 },
    );
    expect(Math.hypot(spread[0][0] - spread[1][0], spread[0][1] - spread[1][1])).to.be.at.least(10);
    expect(spread[2]).to.deep.equal([200, 50]);
  });

  it('moves markers off a fixed point, such as the focus, and keeps them inside the map', () => {
    const [m] = spreadMarkers([[100, 100]], 5, { width: 320, height: 160, fixed: [{ x: 102, y: 101, radius: 7 }] });
    expect(Math.hypot(m[0] - 102, m[1] - 101)).to.be.at.least(12);
    const [edge] = spreadMarkers([[318, 80]], 5, { width: 320, height: 160 });
    expect(edge[0]).to.be.at.most(320 - 5);
  });

  it('separates markers on the same point', () => {
    const spread = spreadMarkers(
      [
        [50, 50],
        [50, 50],
      ],
      4,
      { width: 100, height: 100 },
    );
    expect(Math.hypot(spread[0][0] - spread[1][0], spread[0][1] - spread[1][1])).to.be.at.least(8);
  });
});

describe('placeLabels() and the countries’ anchors', () => {
  it('writes no name over another country’s anchor, which its own label or badge needs', () => {
    // Indonesia's name finds no room (a badge will stand by its anchor); the Emirates' first
    // free place, left of its anchor, lies over Indonesia's: it goes above instead.
    const requests = [
      request(150, 80, 'Indonesia', 'Indonesia', { clearance: 2, shape: { x: 140, y: 74, width: 20, height: 12 } }),
      request(240, 80, 'United Arab Emirates', 'United Arab Emirates', { clearance: 2, shape: { x: 236, y: 76, width: 8, height: 8 } }),
    ];
    const [indonesia, emirates] = placeLabels(requests, options({ width: 300, height: 100, measure: (t) => (t === 'Indonesia' ? 400 : t.length * 6) }));
    expect(indonesia.kind).to.equal('callout');
    expect(emirates.kind).to.equal('label');
    expect(intersects(emirates.box, { x: 150, y: 80, width: 0, height: 0 }, 1), JSON.stringify(emirates.box)).to.equal(false);
    expect(emirates.box.y + emirates.box.height).to.be.at.most(76);
  });
});
