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

  it('ships the self-contained bundles of dist/ in its files, each element’s own one under its dist/ path', async () => {
    const pkg = await (await fetch('/package.json')).json();
    for (const name of ['exchange-charts', 'exchange-chart', 'contributor-map']) {
      expect(pkg.files, name).to.include.members([`dist/${name}.js`, `dist/${name}.js.map`]);
    }
    expect(pkg.exports['./exchange-charts.js'].default).to.equal('./dist/exchange-charts.js');
    // './exchange-chart.js' is the element's typed module of lib/, for bundlers.
    expect(pkg.exports['./dist/exchange-chart.js'].default).to.equal('./dist/exchange-chart.js');
    expect(pkg.exports['./dist/contributor-map.js'].default).to.equal('./dist/contributor-map.js');
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

  it('declares each tag where users import it: a custom-element-definition in the element\'s lib/ module', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    expect(manifest.schemaVersion).to.equal('2.1.0');
    const paths = manifest.modules.map((m: any) => m.path);
    expect(paths.filter((p: string) => !/^lib\/.*\.js$/.test(p)), 'module paths that are not lib/*.js').to.deep.equal([]);
    expect(JSON.stringify(manifest), 'a reference to src/').to.not.contain('src/');
    const definitions = manifest.modules.flatMap((m: any) =>
      (m.exports ?? []).filter((e: any) => e.kind === 'custom-element-definition').map((e: any) => [m.path, e.name, e.declaration.name, e.declaration.module]),
    );
    expect(definitions).to.have.deep.members([
      ['lib/exchange-chart/exchange-chart.js', 'exchange-chart', 'ExchangeChart', 'lib/exchange-chart/exchange-chart.js'],
      ['lib/contributor-map/contributor-map.js', 'contributor-map', 'ContributorMap', 'lib/contributor-map/contributor-map.js'],
    ]);
  });

  it('types every event in custom-elements.json with its event class', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    for (const el of manifest.modules.flatMap((m: any) => m.declarations ?? []).filter((d: any) => d.customElement)) {
      expect(el.events.map((e: any) => [e.name, e.type?.text]), el.name).to.deep.equal([
        ['exchange-load', 'ExchangeLoadEvent'],
        ['exchange-error', 'ExchangeErrorEvent'],
      ]);
    }
  });

  it('gives every JavaScript entry of its exports map types, and lists every module that runs on import in sideEffects', async () => {
    const pkg = await (await fetch('/package.json')).json();
    for (const [entry, target] of Object.entries<any>(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (file.endsWith('.js')) expect(target.types, `types of ${entry}`).to.match(/\.d\.ts$/);
    }
    expect(pkg.sideEffects).to.include.members([
      './lib/index.js',
      './lib/exchange-chart/exchange-chart.js',
      './lib/contributor-map/contributor-map.js',
      './lib/embed/*.js',
      './dist/exchange-charts.js',
      './dist/exchange-chart.js',
      './dist/contributor-map.js',
      './dist/embed.js',
      './dist/embed-frame.js',
    ]);
  });

  it('ships each dataset as JSON and as a module of the same, valid, data', async () => {
    const { validateDataset } = await import('exchange-charts/data.js');
    const modules = {
      'gaza-exchange-2025-10-16': await import('exchange-charts/datasets/gaza-exchange-2025-10-16.js'),
      'gaza-remains-timeline': await import('exchange-charts/datasets/gaza-remains-timeline.js'),
      'gaza-exchange-updates': await import('exchange-charts/datasets/gaza-exchange-updates.js'),
    };
    for (const [name, module] of Object.entries(modules)) {
      const json = await (await fetch(`/data/${name}.json`)).json();
      expect(module.default, name).to.deep.equal(json);
      expect(validateDataset(module.default).errors, name).to.deep.equal([]);
    }
  });
});
