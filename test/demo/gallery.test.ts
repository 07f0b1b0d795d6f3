import { expect } from '@open-wc/testing';
import { normalizeSvg } from '../helpers/snapshot.js';
import { caseSvg, cases } from '../snapshots/index.js';
import { until } from '../helpers/until.js';

// The gallery page (demo/gallery.html), in an iframe: every snapshot case drawn live beside its
// golden. It draws with the goldens' fixed font metrics, so live and golden are the same drawing.


describe('the gallery (demo/gallery.html)', () => {
  it('draws every snapshot case live, as its golden holds it, beside the golden', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 1400px; height: 1000px; border: 0';
    iframe.src = '/demo/gallery.html';
    document.body.append(iframe);
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    const doc = iframe.contentDocument!;
    const live = (name: string) => doc.getElementById(name)?.querySelector('figure');
    const drawn = (name: string) => {
      const c = cases.find((x) => x.name === name)!;
      const el = live(name)?.querySelector(c.tag);
      return el?.shadowRoot && caseSvg(c, el);
    };
    const last = cases[cases.length - 1].name;
    // Cases are drawn one after another; the last one's drawing means all are done.
    await until(() => drawn(last) || /failed/.test(live(last)?.textContent ?? ''), 'the last case', 1200);
    await new Promise((r) => setTimeout(r, 100));
    for (const c of cases) {
      expect(live(c.name)?.textContent, c.name).not.to.match(/failed/);
      const golden = await (await fetch(`/test/output/${c.name}.svg`)).text();
      expect(normalizeSvg(drawn(c.name)!), c.name).to.equal(golden);
      expect(doc.querySelector<HTMLImageElement>(`#${c.name} img.golden`)!.getAttribute('src')).to.equal(`/test/output/${c.name}.svg`);
    }
    iframe.remove();
  });
});
