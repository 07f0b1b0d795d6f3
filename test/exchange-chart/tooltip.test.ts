import { expect } from '@open-wc/testing';
import '../../src/exchange-chart/exchange-chart.js';
import type { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import { drawnAt } from '../helpers/fixtures.js';

// What a reader sees when a mark is focused or hovered: its tooltip, beside the mark's own
// label and value, never over them, and inside the element even in a 280 px column.

const VIEWS = ['bars', 'units', 'progress', 'timeline'] as const;

const load = async (name: string) => (await fetch(`/data/${name}.json`)).json();

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The words a mark is drawn with: its own, or for a timeline's point those of its panel. */
function wordsOf(mark: Element): Element[] {
  const own = [...mark.querySelectorAll('text.label, text.value')];
  return own.length ? own : [...mark.closest('.panel')!.querySelectorAll(':scope > g > text.label, :scope > g > text.value')];
}

describe('<exchange-chart> tooltip', () => {
  for (const view of VIEWS)
    for (const width of [280, 320, 1000, 1400])
      for (const locale of ['en', 'ar', 'he'])
        it(`${view} at ${width} px in ${locale}: covers neither the focused mark's label nor its value, and stays inside`, async () => {
          const data = await load(view === 'timeline' ? 'gaza-remains-timeline' : 'gaza-exchange-2025-10-16');
          const el: ExchangeChart = await drawnAt('exchange-chart', width, { view, locale }, data);
          const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg .mark')];
          expect(marks.length).to.be.greaterThan(0);
          for (const [i, mark] of marks.entries()) {
            mark.focus();
            await el.updateComplete;
            // After the focus: in a column wider than the window, focusing a mark scrolls the page.
            const outer = el.getBoundingClientRect();
            const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
            expect(tip, `mark ${i}`).to.not.equal(null);
            const box = tip.getBoundingClientRect();
            const words = wordsOf(mark);
            expect(words.length).to.be.greaterThan(0);
            for (const text of words) {
              const r = text.getBoundingClientRect();
              expect(intersects(box, r), `mark ${i}: the tooltip covers "${text.textContent}"`).to.equal(false);
            }
            expect(box.left, `mark ${i} left`).to.be.at.least(outer.left - 0.5);
            expect(box.right, `mark ${i} right`).to.be.at.most(outer.right + 0.5);
            expect(box.top, `mark ${i} top`).to.be.at.least(outer.top - 0.5);
            expect(box.bottom, `mark ${i} bottom`).to.be.at.most(outer.bottom + 0.5);
          }
        });
});
