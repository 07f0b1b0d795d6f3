import { expect } from '@open-wc/testing';
import '../../src/contributor-map/contributor-map.js';
import { drawnAt } from '../helpers/fixtures.js';

// Text zoom (WCAG 1.4.4): with the page's root font at 32 px, the map's words are twice as
// large, and still placed apart.

const load = async () => (await fetch('/data/gaza-exchange-2025-10-16.json')).json();
const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<contributor-map> with text zoom', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const width of [320, 1000]) {
    it(`at ${width} px: labels twice as large at a 32 px root, none over another`, async () => {
      const at16 = await drawnAt('contributor-map', width, {}, await load());
      const size16 = parseFloat(getComputedStyle(at16.shadowRoot!.querySelector('.focus-label')!).fontSize);
      at16.parentElement!.remove();
      document.documentElement.style.fontSize = '32px';
      const el = await drawnAt('contributor-map', width, {}, await load());
      const focus = el.shadowRoot!.querySelector('.focus-label')!;
      expect(parseFloat(getComputedStyle(focus).fontSize)).to.equal(size16 * 2);
      const labels = [...el.shadowRoot!.querySelectorAll('.focus-label, .country-label')].map((t) => t.getBoundingClientRect());
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(intersects(a, b), `labels ${i}`).to.equal(false);
    });
  }
});
