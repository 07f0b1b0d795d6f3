import { expect } from '@open-wc/testing';
import * as main from '../src/index.js';
import { ContributorMap, ExchangeChart } from '../src/index.js';

describe('a second copy of the library on the page', () => {
  it('does not throw, and the first copy keeps the tags', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      // @ts-expect-error the built bundle has no types of its own here
      await import('/dist/exchange-charts.js');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('exchange-chart')).to.equal(ExchangeChart);
    expect(customElements.get('contributor-map')).to.equal(ContributorMap);
    expect(warnings.join('\n')).to.contain('<exchange-chart> is already defined');
  });

  it('exports what the package\'s main entry exports, but the valibot schemas (src/bundles/exchange-charts.ts)', async () => {
    // @ts-expect-error the built bundle has no types of its own here
    const bundle = (await import('/dist/exchange-charts.js')) as Record<string, unknown>;
    const names = Object.keys(main);
    expect(names.filter((name) => name.endsWith('Schema'))).to.include.members(['DatasetSchema', 'TextSchema', 'EventSchema']);
    expect(Object.keys(bundle).sort()).to.deep.equal(names.filter((name) => !name.endsWith('Schema')).sort());
    expect(bundle.validateDataset).to.be.a('function');
  });
});
