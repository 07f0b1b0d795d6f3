import { expect } from '@open-wc/testing';
import { fallbackSnippet } from '../../demo/builder/fallback.js';
import { validDataset } from '../helpers/fixtures.js';

describe('embed builder: the HTML snippet that works without JavaScript', () => {
  it('is the script tag and the element with its drawing inside, in the chosen view, language, theme and width', async () => {
    const text = await fallbackSnippet(
      { element: 'exchange-chart', view: 'units', locale: 'ar', theme: 'dark', title: 'Exchange', src: 'https://example.org/d.json' },
      validDataset(),
      400,
      'https://cdn.example/dist/',
    );
    const [script, ...rest] = text.split('\n');
    expect(script).to.equal('<script type="module" src="https://cdn.example/dist/exchange-chart.js"></script>');
    expect(rest[0]).to.equal('<exchange-chart view="units" locale="ar" theme="dark" src="https://example.org/d.json">');
    expect(text).to.include('<template shadowrootmode="open"><div data-static>');
    // Drawn at 400 px: the drawing is the element's content width.
    expect(text).to.match(/<svg part="svg" role="graphics-document" aria-labelledby="summary" width="376"/);
    expect(text).to.include('ما يقرب من 2,000');
  });

  it('loads the map’s own bundle for a map', async () => {
    const text = await fallbackSnippet({ element: 'contributor-map', title: 'Contributors', src: 'https://example.org/d.json' }, validDataset(), 400, 'https://cdn.example/dist/');
    const [script, element] = text.split('\n');
    expect(script).to.equal('<script type="module" src="https://cdn.example/dist/contributor-map.js"></script>');
    expect(element).to.equal('<contributor-map locale="en" theme="light" src="https://example.org/d.json">');
  });
});
