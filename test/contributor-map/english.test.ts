import { expect } from '@open-wc/testing';
import '../../src/contributor-map/contributor-map.js';
import { drawnAt, frame, validDataset } from '../helpers/fixtures.js';

// A fresh page's first Intl formatter, locale or region name starts ICU (20 to 40 ms on a busy
// 2-core machine): an English map writes its names, figures, dates and lists without it.
// In a file of its own, so that no other spec has started ICU in this page.
describe('<contributor-map> in plain English', () => {
  it('draws and names its countries, figures and sources without asking Intl for anything, warm-ups included', async () => {
    const asked: string[] = [];
    const writable = Intl as unknown as Record<string, unknown>;
    const originals = new Map<string, unknown>();
    for (const name of ['Locale', 'NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'RelativeTimeFormat', 'Collator', 'Segmenter', 'supportedValuesOf']) {
      const original = writable[name] as (new (...args: unknown[]) => object) & ((...args: unknown[]) => unknown);
      originals.set(name, original);
      writable[name] = new Proxy(original, {
        construct: (target, args) => (asked.push(name), Reflect.construct(target, args)),
        apply: (target, self, args) => (asked.push(name), Reflect.apply(target, self, args)),
      });
    }
    try {
      const dataset = validDataset();
      dataset.contributors!.countries.push({ country: 'PSE', status: 'confirmed', sources: ['a'] });
      for (const lang of ['en', 'en-US']) {
        const el = await drawnAt('contributor-map', 640, { lang }, dataset);
        // The warm-ups run in tasks of their own, after the element connects.
        await new Promise((resolve) => setTimeout(resolve, 100));
        await frame();
        const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        for (const words of ['Indonesia', 'United States', 'Palestine', 'up to 200 troops', 'October 16, 2025']) expect(text, lang).to.contain(words);
      }
      expect(asked).to.deep.equal([]);
    } finally {
      for (const [name, original] of originals) writable[name] = original;
    }
  });
});
