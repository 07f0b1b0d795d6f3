import { expect } from '@open-wc/testing';

// The package as npm users get it: imported by its own name through the exports map (the
// built, typed modules in lib/), and described by custom-elements.json.

describe('the exchange-charts package', () => {
  it('exports both elements and the data helpers from its main entry', async () => {
    const pkg = await import('exchange-charts');
    expect(customElements.get('exchange-chart')).to.equal(pkg.ExchangeChart);
    expect(customElements.get('contributor-map')).to.equal(pkg.ContributorMap);
    expect(pkg.formatQuantity({ value: 200, qualifier: 'up-to' }, 'en')).to.equal('up to 200');
  });

  it('offers each element on its own path, and the data helpers without any element', async () => {
    const chart = await import('exchange-charts/exchange-chart.js');
    const data = await import('exchange-charts/data.js');
    expect(chart.ExchangeChart).to.be.a('function');
    expect(data.validateDataset({}).errors.length).to.be.greaterThan(0);
  });

  it('describes both elements in custom-elements.json, with attributes, events, parts and CSS properties', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: any) => m.declarations ?? []);
    const byTag = (tag: string) => declarations.find((d: any) => d.tagName === tag);
    for (const tag of ['exchange-chart', 'contributor-map']) {
      const el = byTag(tag);
      expect(el, tag).to.not.equal(undefined);
      const attributes = el.attributes.map((a: any) => a.name);
      expect(attributes, tag).to.include.members(['src', 'locale', 'theme', 'timeout']);
      expect(el.events.map((e: any) => e.name), tag).to.include.members(['exchange-load', 'exchange-error']);
      expect(el.cssParts.map((p: any) => p.name), tag).to.include.members(['title', 'footer', 'error']);
      expect(el.cssProperties.map((p: any) => p.name), tag).to.include('--exchange-chart-text-color');
    }
    expect(byTag('exchange-chart').attributes.map((a: any) => a.name)).to.include.members(['view', 'series']);
  });
});
