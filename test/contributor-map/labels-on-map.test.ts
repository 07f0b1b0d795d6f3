import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contributor-map/contributor-map.js';
import type { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { PROJECTIONS, REGIONS } from '../../src/contributor-map/options.js';
import { countryByAlpha3 } from '../../src/data/countries.js';
import type { Dataset } from '../../src/data/schema.js';
import { DEFAULT_DATASET } from '../snapshots/datasets.js';
import { bbox, overlap } from '../helpers/boxes.js';

// What a reader sees of the countries' names: each drawn country named on the map or in the
// callout key, and no name over another, over a marker or the focus, or off the map.

const $$ = <T extends Element = Element>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let shipped: Dataset | undefined;
async function dataset(): Promise<Dataset> {
  shipped ??= (await (await fetch(DEFAULT_DATASET)).json()) as Dataset;
  return structuredClone(shipped);
}

async function mapAt(width: number, locale: string, region: string, projection = 'equal-earth'): Promise<ContributorMap> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<contributor-map locale="${locale}" region="${region}" projection="${projection}"></contributor-map>`;
  const el = box.firstElementChild as ContributorMap;
  el.data = await dataset();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

const name = (alpha3: string, locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(countryByAlpha3(alpha3)!.alpha2)!;

describe('<contributor-map> labels, as a reader sees them', () => {
  for (const projection of PROJECTIONS) {
    for (const region of REGIONS) {
      for (const locale of ['en', 'ar', 'fr']) {
        for (const width of [280, 320, 1000, 1400]) {
          it(`names every drawn country, with nothing over anything, projection="${projection}" region="${region}" ${locale} at ${width} px`, async () => {
            const el = await mapAt(width, locale, region, projection);
            const svg = $$<SVGSVGElement>(el, 'svg[role="graphics-document"]')[0];
            const [w, h] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
            const drawn = $$(el, '.country[data-country]').map((c) => c.getAttribute('data-country')!);
            expect(drawn.length, 'countries drawn').to.be.greaterThan(0);
            const key = $$(el, '.callout-key li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
            for (const country of drawn) {
              const label = $$(el, `.country-label[data-country="${country}"]`)[0];
              const callout = $$(el, `.callout[data-country="${country}"]`)[0];
              expect(!!label !== !!callout, `${country}: a label or a callout`).to.equal(true);
              if (label) {
                expect(label.textContent, `${country}'s label`).to.include(name(country, locale));
                expect(label.getBoundingClientRect().width).to.be.greaterThan(0);
              } else {
                const number = callout.textContent!.trim();
                expect(key.some((line) => line.startsWith(`${number} `) && line.includes(name(country, locale))), `${country} in the key as ${number}: ${key}`).to.equal(true);
              }
            }
            const labels = [...$$(el, '.country-label'), ...$$(el, '.callout-badge')].map(bbox);
            const markers = $$(el, '.marker').map(bbox);
            const focus = [...$$(el, '.focus-ring'), ...$$(el, '.focus-label')].map(bbox);
            for (const [i, a] of labels.entries()) {
              expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h, `label ${i} inside the map ${JSON.stringify(a)}`).to.equal(true);
              for (const b of labels.slice(i + 1)) expect(overlap(a, b), `labels ${JSON.stringify(a)} and ${JSON.stringify(b)}`).to.equal(false);
              for (const m of markers) expect(overlap(a, m), `label ${JSON.stringify(a)} and marker ${JSON.stringify(m)}`).to.equal(false);
              for (const f of focus) expect(overlap(a, f), `label ${JSON.stringify(a)} and the focus ${JSON.stringify(f)}`).to.equal(false);
            }
            // A callout's leader line crosses no text and not the focus.
            for (const line of $$<SVGLineElement>(el, '.callout-leader')) {
              const own = bbox(line.parentElement!.querySelector('.callout-badge')!);
              const [x1, y1, x2, y2] = [line.x1, line.y1, line.x2, line.y2].map((v) => v.baseVal.value);
              const length = Math.hypot(x2 - x1, y2 - y1);
              for (let t = 0; t <= length; t += 1) {
                const [px, py] = [x1 + ((x2 - x1) * t) / length, y1 + ((y2 - y1) * t) / length];
                for (const b of [...labels, ...focus].filter((b) => JSON.stringify(b) !== JSON.stringify(own)))
                  expect(px > b.x + 0.5 && px < b.x + b.width - 0.5 && py > b.y + 0.5 && py < b.y + b.height - 0.5, `leader at ${px},${py} crosses ${JSON.stringify(b)}`).to.equal(false);
              }
            }
            // Small countries are seen: markers at least 8 px across, none over another.
            const circles = $$<SVGCircleElement>(el, '.marker').map((c) => [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value]);
            for (const [i, [x, y, r]] of circles.entries()) {
              expect(2 * r).to.be.at.least(8);
              for (const [x2, y2, r2] of circles.slice(i + 1)) expect(Math.hypot(x - x2, y - y2), 'markers apart').to.be.at.least(r + r2);
              for (const ring of $$<SVGCircleElement>(el, '.focus-ring'))
                expect(Math.hypot(x - ring.cx.baseVal.value, y - ring.cy.baseVal.value), 'marker off the focus').to.be.at.least(r + ring.r.baseVal.value);
              for (const f of $$(el, '.focus-label').map(bbox)) expect(overlap({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }, f), `marker ${x},${y} and the focus label ${JSON.stringify(f)}`).to.equal(false);
            }
            // The smallest country listed is seen: its mark (shape, or marker) at least 8 × 8 px.
            const qatar = $$(el, '.country[data-country="QAT"]')[0];
            if (qatar) {
              const { width: qw, height: qh } = qatar.getBoundingClientRect();
              expect(Math.min(qw, qh), `Qatar's mark ${qw} × ${qh} px`).to.be.at.least(8);
            } else expect($$(el, '.not-visible')[0]?.textContent, 'Qatar listed as not visible').to.include(name('QAT', locale));
          });
        }
      }
    }
  }

  it('writes the figure with its qualifier next to the name where there is room', async () => {
    const el = await mapAt(1000, 'en', 'world');
    expect($$(el, '.country-label[data-country="USA"]')[0].textContent).to.equal('United States: up to 200 troops');
  });

  it('keeps labels and callout badges from screen readers; the key is read', async () => {
    const el = await mapAt(320, 'en', 'world');
    const layer = $$(el, 'g.labels')[0];
    expect(layer.getAttribute('aria-hidden')).to.equal('true');
    const key = $$(el, '.callout-key')[0];
    if (key) expect(key.closest('[aria-hidden="true"]')).to.equal(null);
  });

  it('gives labels the focus label’s halo (measured against what is behind them in reading.test.ts)', async () => {
    const el = await mapAt(1000, 'en', 'middle-east');
    const label = $$(el, '.country-label')[0];
    const style = getComputedStyle(label);
    expect(style.paintOrder).to.include('stroke');
    expect(style.stroke).to.not.equal(style.fill);
  });
});
