import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/contributor-map/contributor-map.js';
import type { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { drawnAt } from '../helpers/fixtures.js';
import { DEFAULT_DATASET } from '../snapshots/datasets.js';

// What a reader of the map reads: its own words and not the exchange's, and every name on it
// legible against what is actually behind its letters (land, the hatching of a listed country,
// the sea), in light, dark and forced colours.

const load = async () => (await fetch(DEFAULT_DATASET)).json();
const $$ = <T extends Element = Element>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const LABELS = '.country-label, .focus-label, .callout-text';
/** The share of a label's edge pixels allowed under 4.5:1: rounding, not a missing halo. */
const ROUNDING = 0.01;

/** An rgb()/rgba() colour as [r, g, b, a] (a from 0 to 1). */
function rgba(colour: string): [number, number, number, number] {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}
const luminance = ([r, g, b]: readonly number[]) => {
  const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

const STYLES = ['fill', 'stroke', 'stroke-width', 'stroke-linejoin', 'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'visibility'];

/**
 * The map's SVG drawn on a canvas at `scale` times its size, with every element's computed
 * style inlined (the styles live in the shadow root), after `edit` has changed the copy.
 */
async function raster(svg: SVGSVGElement, scale: number, edit: (original: Element, copy: SVGElement) => void): Promise<ImageData> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  [copy, ...copy.querySelectorAll('*')].forEach((node, i) => {
    const style = getComputedStyle(originals[i]);
    for (const name of STYLES) (node as SVGElement).style.setProperty(name, style.getPropertyValue(name));
    edit(originals[i], node as SVGElement);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  await image.decode();
  const [w, h] = [svg.viewBox.baseVal.width * scale, svg.viewBox.baseVal.height * scale];
  const canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, w, h);
  URL.revokeObjectURL(url);
  return context.getImageData(0, 0, w, h);
}

/**
 * For each label, the share of the pixels right outside its letters' edges that give its
 * letters' colour less than 4.5:1, as drawn: the halo, or whatever shows through where there
 * is none (and the lowest contrast, to say what with). A few pixels of rounding at 3× scale
 * fail even under a whole halo (at most 7 in 2,000); without one, most of those over a
 * hatched country do. Measured on
 * two drawings at 3× scale: the letters alone (where they are), and the map with the letters'
 * fill taken away (what is behind them); a pixel of the second that touches a letter's pixel of
 * the first is behind that letter's edge. Transparent pixels show the element's background.
 */
async function letterContrasts(el: ContributorMap): Promise<{ label: string; below: number; min: number; fill: string; behind: string }[]> {
  const svg = $$<SVGSVGElement>(el, 'svg[role="graphics-document"]')[0];
  const isLabel = (e: Element) => e.matches(LABELS);
  const scale = 3;
  // Where the letters are: each label's letters in black, nothing else drawn.
  const letters = await raster(svg, scale, (original, copy) => {
    if (isLabel(original)) copy.style.cssText += ';fill:#000;stroke:none;opacity:1;visibility:visible';
    else if (!original.querySelector(LABELS) && !(original instanceof SVGSVGElement)) copy.style.setProperty('visibility', 'hidden');
  });
  // What is behind them: everything but the letters' own fill.
  const behind = await raster(svg, scale, (original, copy) => {
    if (isLabel(original)) copy.style.setProperty('fill', 'transparent');
  });
  const page = rgba(getComputedStyle(el).backgroundColor);
  const { width } = letters;
  const at = (data: ImageData, i: number) => {
    const a = data.data[i * 4 + 3] / 255;
    // Composited over the element's background.
    return [0, 1, 2].map((k) => data.data[i * 4 + k] * a + page[k] * (1 - a));
  };
  return $$<SVGTextElement>(el, LABELS).map((text) => {
    const fill = rgba(getComputedStyle(text).fill);
    const box = text.getBBox();
    let min = Infinity;
    let worst = '';
    let ring = 0;
    let bad = 0;
    const [x0, y0, x1, y1] = [box.x - 2, box.y - 2, box.x + box.width + 2, box.y + box.height + 2].map((v) => Math.round(v * scale));
    for (let y = Math.max(1, y0); y < Math.min(letters.height - 1, y1); y++) {
      for (let x = Math.max(1, x0); x < Math.min(width - 1, x1); x++) {
        const i = y * width + x;
        if (letters.data[i * 4 + 3] > 128) continue;
        if (![i - 1, i + 1, i - width, i + width].some((j) => letters.data[j * 4 + 3] > 128)) continue;
        const colour = at(behind, i);
        const c = contrast(fill, colour);
        ring++;
        if (c < 4.5) bad++;
        if (c < min) [min, worst] = [c, `rgb(${colour.map(Math.round).join(', ')})`];
      }
    }
    return { label: text.textContent!.trim(), below: bad / ring, min, fill: getComputedStyle(text).fill, behind: worst };
  });
}

describe('<contributor-map> words: its own, not the exchange’s', () => {
  for (const locale of ['en', 'ar', 'fr']) {
    it(`shows neither the exchange’s subtitle nor its note about detainees (${locale})`, async () => {
      const dataset = await load();
      const el = await drawnAt('contributor-map', 1000, { locale }, dataset);
      const visible = (el.shadowRoot!.querySelector('.base') as HTMLElement).innerText;
      expect(visible).to.include(dataset.views.map.title);
      expect(visible).not.to.include(dataset.subtitle.text);
      expect(visible).not.to.include(dataset.notes[0].text);
      expect(visible).not.to.match(/detainee/i);
    });
  }
});

describe('<contributor-map> names legible against what is behind them', () => {
  for (const theme of ['light', 'dark']) {
    for (const [region, width] of [
      ['middle-east', 1000],
      ['middle-east', 320],
      ['world', 320],
      ['contributors', 1000],
    ] as const) {
      it(`4.5:1 at every letter's edge, over land, hatching and sea: ${theme}, region="${region}" at ${width} px`, async () => {
        const el = await drawnAt('contributor-map', width, { theme, region }, await load());
        const measured = await letterContrasts(el);
        expect(measured.length, 'labels measured').to.be.greaterThan(2);
        // Some names lie on hatched countries, where the halo is all that keeps them legible.
        for (const m of measured) expect(m.below, `"${m.label}" (${m.fill}), down to ${m.min.toFixed(2)}:1 against ${m.behind}`).to.be.at.most(ROUNDING);
      });
    }
  }

  describe('in forced colours (emulated through the DevTools protocol)', () => {
    before(async () => {
      await executeServerCommand('forced-colors', { active: true });
    });
    after(async () => {
      await executeServerCommand('forced-colors', { active: false });
    });

    for (const theme of ['light', 'dark']) {
      it(`labels keep a halo in the background's colour, unlike their text, and 4.5:1 at their edges (${theme})`, async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await drawnAt('contributor-map', 1000, { theme, region: 'middle-east' }, await load());
        const labels = $$<SVGTextElement>(el, '.country-label, .focus-label');
        expect(labels.length).to.be.greaterThan(3);
        const canvas = rgba(getComputedStyle(el).backgroundColor);
        for (const label of labels) {
          const { fill, stroke, strokeWidth } = getComputedStyle(label);
          expect(stroke, `${label.textContent}: halo unlike the text`).not.to.equal(fill);
          expect(contrast(rgba(fill), rgba(stroke)), `${label.textContent}: ${fill} on ${stroke}`).to.be.at.least(4.5);
          expect(parseFloat(strokeWidth)).to.be.at.least(2);
          expect(rgba(stroke).slice(0, 3), `${label.textContent}: the halo is the background (Canvas)`).to.deep.equal(canvas.slice(0, 3));
        }
        for (const m of await letterContrasts(el)) expect(m.below, `"${m.label}" (${m.fill}), down to ${m.min.toFixed(2)}:1 against ${m.behind}`).to.be.at.most(ROUNDING);
      });
    }
  });
});
