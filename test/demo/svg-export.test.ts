import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { balanceIsolates, exportSvg, inlineStyles, svgPaint, svgToPng } from '../../demo/builder/svg-export.js';
import type { Dataset } from '../../src/data/schema.js';
import { clone, drawnAt, validDataset } from '../helpers/fixtures.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element drawn at `width` px, after its width-based redraw, with no transitions (colours read mid-way would be neither the old nor the new). */
function drawn(tag: 'exchange-chart' | 'contributor-map', width: number, attributes: Record<string, string>, data: unknown = validDataset()) {
  return drawnAt(tag, width, { loading: 'eager', ...attributes }, data, { '--exchange-chart-transition': '0s' });
}

/** The exported file, parsed as a standalone SVG document (no page CSS), and placed in the page to measure. */
function parsed(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  expect(root.namespaceURI).to.equal(SVG_NS);
  return root;
}

const texts = (root: Element) => [...root.querySelectorAll('text')].map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));

function dataset(): Dataset {
  const data = validDataset();
  data.subtitle = 'Captives released and detainees freed';
  data.credit = 'Graphic: Newsroom';
  data.notes = ['Approximate in the source.'];
  return data;
}

describe('embed builder: SVG export', () => {
  it('holds the title, subtitle, marks, notes, sources and date, with every colour resolved', async () => {
    const el = await drawn('exchange-chart', 600, { view: 'bars' }, dataset());
    const { svg, width, height } = exportSvg(el);
    expect(svg).not.to.include('var(--');
    expect(svg).not.to.match(/\sclass=/);
    const root = parsed(svg);
    expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal([String(width), String(height)]);
    // The drawing (600 px less the element's 0.75rem padding a side) and the export's 20 px a side.
    expect(width).to.equal(576 + 40);
    const all = texts(root);
    expect(all[0]).to.equal('Exchange');
    expect(root.querySelector('title')!.textContent).to.equal('Exchange');
    expect(all).to.include('Captives released and detainees freed');
    expect(all).to.include('• Approximate in the source.');
    expect(all.join(' ')).to.include('Sources: Source A (Oct 16, 2025); Source B');
    expect(all.join(' ')).to.include('As of October 16, 2025 · Graphic: Newsroom');
    // The marks, in the light theme's colours, on a white background.
    const drawing = root.querySelector('svg')!;
    expect(drawing.querySelectorAll('rect[fill="rgb(91, 74, 158)"]').length, 'first side bars').to.be.greaterThan(0);
    expect(drawing.querySelectorAll('rect[fill="rgb(179, 88, 6)"]').length, 'second side bar').to.equal(1);
    expect(drawing.querySelector('rect[fill="rgb(240, 207, 174)"]'), 'the approximate end').to.not.equal(null);
    expect(root.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('rgb(255, 255, 255)');
    expect(texts(drawing)).to.include('nearly 2,000');
    // No invisible pointer targets or ARIA left from the page.
    expect(svg).not.to.include('tabindex');
    expect(svg).not.to.include('aria-describedby');
  });

  it('draws in the dark theme’s colours and lays out right to left in Arabic', async () => {
    const el = await drawn('exchange-chart', 400, { view: 'units', theme: 'dark', locale: 'ar' }, dataset());
    const { svg } = exportSvg(el);
    const root = parsed(svg);
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(root.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('rgb(22, 24, 29)');
    expect(root.querySelector('svg rect[fill="rgb(179, 166, 234)"]'), 'a dark first-side square').to.not.equal(null);
    // The title starts at the right edge: 20 px padding + the 376 px drawing (400 px less the element's padding).
    const title = root.querySelector(':scope > g > text')!;
    expect([title.getAttribute('x'), title.getAttribute('text-anchor')]).to.deep.equal(['396', 'end']);
    expect(texts(root).join(' ')).to.include('البيانات حتى');
    expect(svg).not.to.include('var(--');
  });

  it('keeps each source isolated in Arabic, so a stray U+202E ends with its name, joined by "؛"', async () => {
    const data = dataset();
    data.sources[1].name = "People's Daily \u202e";
    data.sources.push({ id: 'c', name: 'IANS' });
    data.figures[2].sources = ['a', 'b', 'c'];
    const el = await drawn('exchange-chart', 1000, { view: 'bars', locale: 'ar' }, data);
    const line = [...parsed(exportSvg(el).svg).querySelectorAll('text')].map((t) => t.textContent!).join(' ');
    expect(line).to.include("\u2068\u2068People's Daily \u202e\u2069\u2069؛ \u2068\u2068IANS\u2069\u2069");
  });

  it('keeps the whole key of the units view: a swatch and words for whole squares and for the faded ones', async () => {
    const el = await drawn('exchange-chart', 600, { view: 'units' }, dataset());
    const root = parsed(exportSvg(el).svg);
    const all = texts(root);
    expect(all).to.include('Each square is one person');
    expect(all).to.include('Faded: exact number not known');
    // Swatches: the rects outside the drawing's nested <svg>, 10 px square.
    const swatches = [...root.querySelectorAll(':scope > g > rect, :scope > rect')].filter((r) => r.getAttribute('width') === '10');
    expect(swatches).to.have.length(2);
    expect(swatches[0].getAttribute('fill')).to.not.equal(swatches[1].getAttribute('fill'));
    expect(swatches[1].getAttribute('stroke')).to.not.equal('none');
  });

  it('wraps long texts to the drawing’s width', async () => {
    const data = dataset();
    data.title = 'A very long title that cannot possibly fit on one line of a chart only three hundred and twenty pixels wide';
    const el = await drawn('exchange-chart', 320, { view: 'bars' }, data);
    const { svg, width } = exportSvg(el);
    const root = parsed(svg);
    const host = document.createElementNS(SVG_NS, 'svg');
    document.body.append(host);
    host.append(document.importNode(root, true));
    try {
      const lines = [...host.querySelectorAll(':scope > svg > g > text')] as SVGTextElement[];
      const titleLines = lines.filter((t) => t.getAttribute('font-weight') === '700');
      expect(titleLines.length).to.be.greaterThan(2);
      expect(titleLines.map((t) => t.textContent).join(' ')).to.equal(data.title);
      for (const line of lines) expect(line.getComputedTextLength(), line.textContent!).to.be.at.most(width - 40 + 1);
    } finally {
      host.remove();
    }
  });

  it('exports the map with its patterns, and a legend that points at them', async () => {
    const el = await drawn('contributor-map', 600, { region: 'contributors' });
    const { svg } = exportSvg(el);
    expect(svg).not.to.include('var(--');
    const root = parsed(svg);
    const ids = new Set([...root.querySelectorAll('pattern')].map((p) => p.id));
    expect(ids.size).to.equal(2);
    const refs = [...root.querySelectorAll('[fill^="url("]')].map((n) => /#([^)]+)/.exec(n.getAttribute('fill')!)![1]);
    expect(refs.length).to.be.greaterThan(2);
    for (const ref of refs) expect(ids.has(ref), ref).to.equal(true);
    const all = texts(root);
    expect(all).to.include.members(['In talks', 'Supporting, not deploying', 'Gaza Strip']);
    expect(all).to.include('and others not named');
  });

  it('refuses an element that has drawn nothing yet', async () => {
    const el = document.createElement('exchange-chart');
    expect(() => exportSvg(el)).to.throw(/no chart/);
  });

  it('svgPaint() writes colours as SVG 1.1 readers take them', () => {
    expect(svgPaint('rgb(1, 2, 3)')).to.deep.equal({ paint: 'rgb(1, 2, 3)', opacity: 1 });
    expect(svgPaint('rgba(1, 2, 3, 0.5)')).to.deep.equal({ paint: 'rgb(1, 2, 3)', opacity: 0.5 });
    expect(svgPaint('rgba(0, 0, 0, 0)')).to.deep.equal({ paint: 'none', opacity: 1 });
    expect(svgPaint('url("#x-in-talks")')).to.deep.equal({ paint: 'url(#x-in-talks)', opacity: 1 });
  });

  it('inlineStyles() leaves the page’s drawing untouched', async () => {
    const el = await drawn('exchange-chart', 600, { view: 'bars' });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[role="graphics-document"]')!;
    const before = svg.outerHTML;
    inlineStyles(svg);
    expect(svg.outerHTML).to.equal(before);
  });

  it('balanceIsolates() closes an isolate a line break cut, and reopens it', () => {
    expect(balanceIsolates(['Sources: \u2068News', 'article\u2069; \u2068B\u2069'])).to.deep.equal(['Sources: \u2068News\u2069', '\u2068article\u2069; \u2068B\u2069']);
  });
});

describe('embed builder: PNG export', () => {
  it('draws the SVG at twice its size as a PNG with the chart on it', async () => {
    const el = await drawn('exchange-chart', 600, { view: 'bars' }, clone(dataset()));
    const { svg, width, height } = exportSvg(el);
    const png = await svgToPng(svg, width, height, 2);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(2000);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let purple = 0;
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
      if (Math.abs(r - 91) < 4 && Math.abs(g - 74) < 4 && Math.abs(b - 158) < 4) purple++;
      if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(purple, 'pixels of the first side’s bars').to.be.greaterThan(50);
    expect(white, 'the background').to.be.greaterThan(pixels.length / 8);
  });
});
