import { expect } from '@open-wc/testing';
import '../src/index.js';
import { assertSnapshot, normalizeSvg } from './helpers/snapshot.js';
import { caseSvg, cases, renderCase } from './snapshots/index.js';

describe('snapshots (test/output/<name>.svg)', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('have unique kebab-case names that start with their tag', () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const c of cases) expect(c.name, c.name).to.match(new RegExp(`^${c.tag}-[a-z0-9-]+$`));
  });

  for (const c of cases) {
    it(c.name, async () => {
      const el = await renderCase(c);
      await assertSnapshot(c.name, caseSvg(c, el));
    });
  }
});

describe('normalizeSvg()', () => {
  it('renumbers ids and their references, rounds numbers, drops comments and pretty-prints', () => {
    const host = document.createElement('div');
    host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.123456 5"><!--?lit$1$--><defs><pattern id="p-abc"></pattern></defs><rect fill="url(#p-abc)" x="1.00049" aria-describedby="t9"></rect><text id="t9">a &lt; b</text></svg>`;
    expect(normalizeSvg(host.firstElementChild!)).to.equal(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.123 5">',
        '  <defs>',
        '    <pattern id="id-1"/>',
        '  </defs>',
        '  <rect fill="url(#id-1)" x="1" aria-describedby="id-2"/>',
        '  <text id="id-2">a &lt; b</text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});
