import { expect } from '@open-wc/testing';
import { bundlesPage } from '../helpers/bundles-page.js';

// Pages that load more than one bundle of dist/: two snippets pasted from two builder sessions
// (exchange-chart.js for a chart, contributor-map.js for a map), or one of them beside a page's
// own exchange-charts.js. Each copy of the library has its own lit, classes and caches; they
// share only the page's custom element registry, where the first copy to define a tag keeps it
// (src/internal/define.ts). Every element must draw, with no error. test/pages/bundles.html
// loads the files ?load= names, in that order, as script tags one after another run them.

const ALREADY = (tag: string) => `exchange-charts: <${tag}> is already defined, probably by another copy of the library; keeping that one.`;

describe('several bundles on one page', () => {
  it('exchange-chart.js and contributor-map.js (two pasted snippets): each defines its own element, and both draw', async () => {
    const page = await bundlesPage(['exchange-chart', 'contributor-map']);
    expect(page.definedBy).to.deep.equal({ 'exchange-chart': 'exchange-chart', 'contributor-map': 'contributor-map' });
    expect(page.shown['exchange-chart'].text).to.contain('nearly 2,000');
    expect(page.shown['contributor-map'].text).to.contain('Azerbaijan');
    expect([page.shown['exchange-chart'].drawn, page.shown['contributor-map'].drawn]).to.deep.equal([true, true]);
    expect([page.errors, page.warnings]).to.deep.equal([[], []]);
  });

  for (const order of [
    ['exchange-chart', 'exchange-charts'],
    ['exchange-charts', 'exchange-chart'],
    ['contributor-map', 'exchange-charts'],
    ['exchange-charts', 'contributor-map'],
    ['exchange-chart', 'contributor-map', 'exchange-charts'],
  ]) {
    it(`${order.map((name) => `${name}.js`).join(' then ')}: the first to define a tag keeps it, the other says so, and both elements draw`, async () => {
      const page = await bundlesPage(order);
      const first = (tag: string) => order.find((name) => name === tag || name === 'exchange-charts');
      expect(page.definedBy).to.deep.equal({ 'exchange-chart': first('exchange-chart'), 'contributor-map': first('contributor-map') });
      expect(page.shown['exchange-chart'].text).to.contain('nearly 2,000');
      expect(page.shown['contributor-map'].text).to.contain('Azerbaijan');
      expect([page.shown['exchange-chart'].drawn, page.shown['contributor-map'].drawn]).to.deep.equal([true, true]);
      expect(page.errors).to.deep.equal([]);
      // One warning per tag that a later file found taken.
      const taken = (['exchange-chart', 'contributor-map'] as const).filter((tag) => order.filter((name) => name === tag || name === 'exchange-charts').length > 1);
      expect(page.warnings).to.deep.equal(taken.map(ALREADY));
    });
  }

  it('exchange-chart.js and contributor-map.js under a strict Content-Security-Policy: both draw, with no violation', async () => {
    const policy = (await fetch('/test/pages/bundles.html?strict-csp')).headers.get('content-security-policy');
    expect(policy).to.contain("style-src 'self';").and.to.contain("require-trusted-types-for 'script'");
    const page = await bundlesPage(['exchange-chart', 'contributor-map'], '&strict-csp');
    expect(page.shown['exchange-chart'].text).to.contain('nearly 2,000');
    expect(page.shown['contributor-map'].text).to.contain('Azerbaijan');
    expect([page.errors, page.warnings, page.violations]).to.deep.equal([[], [], []]);
  });
});
