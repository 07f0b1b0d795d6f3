import { expect } from '@open-wc/testing';
import '../src/index.js';
import { measureText, type TextWidth } from '../src/internal/measure.js';
import { fixedTextWidth } from './helpers/font-metrics.js';
import { assertSnapshot, normalizeSvg } from './helpers/snapshot.js';
import { caseSvg, cases, renderCase } from './snapshots/index.js';

describe('snapshots (test/output/<name>.svg)', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('have unique kebab-case names that start with their tag', () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const c of cases) expect(c.name, c.name).to.match(new RegExp(`^${c.tag}-[a-z0-9-]+$`));
  });

  for (const c of cases) {
    it(c.name, async () => {
      const el = await renderCase(c);
      await assertSnapshot(c.name, caseSvg(c, el));
    });
  }
});

// Why there are no dark goldens (exchange-chart.cases.ts): the theme is CSS, so a dark chart's
// SVG is its light golden byte for byte. Should a theme ever change geometry, this says so.
describe('goldens of the light theme serve the dark one', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  for (const c of cases.filter((x) => x.attributes?.theme === 'light' && /-(ltr|rtl)-320$/.test(x.name))) {
    it(`${c.name} in the dark theme`, async () => {
      const dark = { ...c, attributes: { ...c.attributes, theme: 'dark' } };
      const el = await renderCase(dark);
      expect(getComputedStyle(el).colorScheme).to.match(/dark/);
      await assertSnapshot(c.name, caseSvg(dark, el));
    });
  }
});

describe('goldens measured with fixed font metrics', () => {
  // A case whose layout follows its text widths: the bars' track ends where the widest value begins.
  const c = cases.find((x) => x.name === 'exchange-chart-bars-light-ltr-320')!;
  // A family far from any sans-serif, so that the canvas's widths differ from the table's.
  const inMonospace = () => {
    const host = document.createElement('div');
    host.style.fontFamily = '"Courier New", Courier, monospace';
    document.body.append(host);
    return host;
  };

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('a golden is unchanged under another font family: widths come from the table, not the fonts', async () => {
    const asked: { text: string; font: string; width: number }[] = [];
    const recording: TextWidth = (text, font) => {
      const width = fixedTextWidth(text, font);
      asked.push({ text, font, width });
      return width;
    };
    const el = await renderCase(c, inMonospace(), recording);
    expect(getComputedStyle(el).fontFamily).to.match(/monospace/);
    expect(asked.length, 'texts measured').to.be.greaterThan(0);
    // The element asked in its own (monospace) font, got the table's widths, which are not the canvas's.
    expect(asked.every((a) => /monospace/.test(a.font))).to.equal(true);
    const differs = asked.filter((a) => Math.abs(measureText(a.text, a.font) - a.width) > 0.5);
    expect(differs.length, 'texts whose canvas width differs from the table').to.be.greaterThan(0);
    await assertSnapshot(c.name, caseSvg(c, el));
  });

  it('measured by the canvas in that family, as for readers, the drawing differs from the golden', async () => {
    const golden = normalizeSvg(caseSvg(c, await renderCase(c))!);
    document.body.replaceChildren();
    const el = await renderCase(c, inMonospace(), measureText);
    expect(normalizeSvg(caseSvg(c, el)!)).not.to.equal(golden);
  });
});

describe('normalizeSvg()', () => {
  it('renumbers ids and their references, rounds numbers, drops comments and pretty-prints', () => {
    const host = document.createElement('div');
    host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.123456 5"><!--?lit$1$--><defs><pattern id="p-abc"></pattern></defs><rect fill="url(#p-abc)" x="1.00049" aria-describedby="t9"></rect><text id="t9">a &lt; b</text></svg>`;
    expect(normalizeSvg(host.firstElementChild!)).to.equal(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.123 5">',
        '  <defs>',
        '    <pattern id="id-1"/>',
        '  </defs>',
        '  <rect fill="url(#id-1)" x="1" aria-describedby="id-2"/>',
        '  <text id="id-2">a &lt; b</text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});
