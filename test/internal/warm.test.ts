import { expect } from '@open-wc/testing';
import '../../src/exchange-chart/exchange-chart.js';
import '../../src/contributor-map/contributor-map.js';
import { fontFor } from '../../src/exchange-chart/layout/common.js';
import { mapFont } from '../../src/contributor-map/layout.js';

// The first canvas measure in each size and weight of a font loads it (1 to 6 ms): an element
// measures a digit in every font it draws labels in while its data is on its way, so that
// its drawing does not. In a file of its own, so that no other spec has measured in this page.
describe('warm-ups, as an element connects', () => {
  const fontsSet: string[] = [];
  const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
  before(() => {
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
      ...font,
      set(value: string) {
        fontsSet.push(value);
        font.set!.call(this, value);
      },
    });
  });
  after(() => Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', font));

  /** The fonts measured in once `tag` connected, with no data yet, and its warm-ups ran. */
  async function measuredFor(tag: string): Promise<{ fonts: string[]; family: string }> {
    fontsSet.length = 0;
    const el = document.createElement(tag);
    el.setAttribute('lang', 'en');
    document.body.append(el);
    // The warm-ups run in tasks of their own, after the element connects.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const family = getComputedStyle(el).fontFamily;
    el.remove();
    return { fonts: [...fontsSet], family };
  }

  it('<exchange-chart> measures in the fonts of its labels, bold labels and axis before it has data', async () => {
    const { fonts, family } = await measuredFor('exchange-chart');
    for (const kind of ['label', 'strong', 'axis'] as const) expect(fonts, kind).to.include(fontFor(kind, family));
  });

  it('<contributor-map> measures in the fonts of its focus and country labels before it has data', async () => {
    const { fonts, family } = await measuredFor('contributor-map');
    for (const kind of ['focus', 'country'] as const) expect(fonts, kind).to.include(mapFont(kind, family));
  });
});
