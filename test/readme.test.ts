import { expect } from '@open-wc/testing';
// @ts-expect-error plain JavaScript shared with the Node script
import { currentReference, renderReference } from '../scripts/reference.js';

describe('README.md', () => {
  it('starts with the two commands: the demo and every test', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1];
    expect(readme.indexOf('```sh')).to.be.lessThan(100);
    expect(block).to.contain('npm install && npm start');
    expect(block).to.contain('npm install && npm test');
  });

  it('has the API reference generated from custom-elements.json (run `npm run generate` after changing the API)', async () => {
    const [readme, manifest] = await Promise.all([
      fetch('/README.md').then((r) => r.text()),
      fetch('/custom-elements.json').then((r) => r.json()),
    ]);
    const reference = renderReference(manifest);
    expect(reference).to.contain('### `<exchange-chart>`');
    expect(reference).to.contain('### `<contributor-map>`');
    expect(reference).to.contain('`exchange-load`');
    expect(currentReference(readme)).to.equal(reference);
  });
});

describe('README.md snippets', () => {
  it('pin the version in package.json wherever they load the package from unpkg', async () => {
    const [readme, pkg] = await Promise.all([fetch('/README.md').then((r) => r.text()), fetch('/package.json').then((r) => r.json())]);
    const files = [...readme.matchAll(/https:\/\/unpkg\.com\/exchange-charts(@[^/]+)?\/dist\/[\w.-]+/g)];
    expect(files.length).to.be.greaterThan(3);
    for (const [url, at] of files) expect(at, url).to.equal(`@${pkg.version}`);
  });
});
