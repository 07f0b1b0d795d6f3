import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contributor-map/contributor-map.js';
import type { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { sequenceSrc, validDataset } from '../helpers/fixtures.js';

// topology-src follows the rules of src; a dataset without contributors says so. (Labels in
// forced colours: reading.test.ts, under the browser's own emulation.)

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const land = (el: Element) => $(el, 'path.land')?.getAttribute('d');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const failure = (el: Element) => new Promise<CustomEvent>((r) => el.addEventListener('exchange-error', r as EventListener, { once: true }));
/** One square country (Indonesia's id), a topology far smaller than the bundled world. */
const TINY = JSON.stringify({
  type: 'Topology',
  objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: '360', properties: { name: 'Indonesia' } }] } },
  arcs: [[[100, 0], [110, 0], [110, -8], [100, -8], [100, 0]]],
});
const seq = (bodies: unknown[]) => sequenceSrc('topology', bodies);

async function mapAt(width = 800): Promise<ContributorMap> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('contributor-map');
  el.setAttribute('loading', 'eager');
  el.data = validDataset();
  box.append(el);
  await el.updateComplete;
  return el;
}

describe('<contributor-map> topology-src, by the rules of src', () => {
  it('refuses a topology over 2 MB with an error naming topology-src, and keeps the bundled world', async () => {
    const el = await mapAt();
    const bundled = land(el);
    const failed = failure(el);
    el.setAttribute('topology-src', '/__test__/big/3000000');
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.problems[0].path).to.equal('topology-src');
    expect(detail.problems[0].message).to.match(/^is too large: \d+ bytes, more than the 2097152 allowed/);
    expect(land(el)).to.equal(bundled);
    expect($(el, '[part="topology-failed"]')).to.not.equal(null);
  });

  it('gives up after the element\'s timeout, with an error and the bundled world', async () => {
    const el = await mapAt();
    const bundled = land(el);
    el.timeout = 300;
    const failed = failure(el);
    el.setAttribute('topology-src', '/__test__/hang');
    const { detail } = await failed;
    expect(detail.problems[0]).to.deep.include({ path: 'topology-src' });
    expect(detail.problems[0].message).to.match(/^could not be loaded: no answer within 0.3 s/);
    expect(land(el)).to.equal(bundled);
  });

  it('moved in the page while loading: the fetch is cut short, made again, and its world drawn', async () => {
    const el = await mapAt();
    const bundled = land(el);
    const src = seq(['/__test__/slow/1500', TINY]);
    el.setAttribute('topology-src', src);
    await wait(100);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    for (let i = 0; i < 200 && land(el) === bundled; i++) await wait(50);
    expect(land(el), 'the world of topology-src is drawn').to.not.equal(bundled);
    expect(Number(await (await fetch(src.replace('?', '/count?'))).text())).to.equal(2);
  });
});

describe('<contributor-map> without contributors', () => {
  it('says so in a sentence, in the element\'s language, instead of drawing an empty world', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('contributor-map');
    el.setAttribute('locale', 'fr');
    const data = validDataset();
    delete data.contributors;
    el.data = data;
    box.append(el);
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.equal('Aucun pays contributeur n’est cité.');
    expect($(el, 'svg')).to.equal(null);
  });
});
