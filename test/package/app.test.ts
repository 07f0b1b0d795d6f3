import { expect } from '@open-wc/testing';

// .app-check/app.js is a throw-away app built by scripts/app-check.js from the packed tarball
// (installed outside the repository, type-checked, bundled with rollup). Here it runs.

describe('an app built from the npm tarball', () => {
  it('draws both elements', async () => {
    const app = '/.app-check/app.js';
    const code = await fetch(app);
    expect(code.ok, '.app-check/app.js exists: run `npm test` (it runs scripts/app-check.js)').to.equal(true);
    await import(app);
    const titles = await (window as unknown as { appReady: Promise<string[]> }).appReady;
    expect(titles).to.deep.equal(['The October 2025 Gaza ceasefire exchange', 'The October 2025 Gaza ceasefire exchange']);
    const chart = document.querySelector('exchange-chart')!;
    const map = document.querySelector('contributor-map')!;
    expect(chart.getAttribute('theme')).to.equal('dark');
    expect(chart.shadowRoot!.textContent).to.contain('nearly 2,000');
    expect(map.shadowRoot!.textContent).to.contain('Azerbaijan');
  });
});
