import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ExchangeElement } from '../../src/internal/exchange-element.js';
import { validDataset } from '../helpers/fixtures.js';

// Every way `src` can fail, for both elements: a clear error state and an exchange-error
// event; with `refresh`, the same failures keep the last good data on screen.

const MB = 1024 * 1024;
const unique = () => Math.random().toString(36).slice(2);
const echo = (body: unknown) => `/__test__/echo?body=${encodeURIComponent(typeof body === 'string' ? body : JSON.stringify(body))}`;
const seq = (bodies: unknown[]) => `/__test__/seq/faults-${unique()}?bodies=${encodeURIComponent(JSON.stringify(bodies))}`;
const sent = async (key: string) => Number(await (await fetch(`/__test__/stream/${key}/sent`)).text());

interface Fault {
  name: string;
  src: () => { src: string; key?: string };
  /** Words the problem must contain. */
  message: string;
  path: string;
}

const FAULTS: Fault[] = [
  { name: 'a 404', src: () => ({ src: '/__test__/status/404' }), message: 'could not be loaded: the server answered 404', path: 'src' },
  { name: 'a 500', src: () => ({ src: '/__test__/status/500' }), message: 'could not be loaded: the server answered 500', path: 'src' },
  { name: 'an answer slower than the timeout', src: () => ({ src: '/__test__/slow/3000' }), message: 'could not be loaded: no answer within 0.3 s', path: 'src' },
  { name: 'invalid JSON', src: () => ({ src: echo('{"title": "x", oops') }), message: 'is not valid JSON', path: 'dataset' },
  { name: 'valid JSON that fails validation', src: () => ({ src: echo({ ...validDataset(), asOf: 'yesterday' }) }), message: 'must be a date written YYYY-MM-DD, got "yesterday"', path: 'asOf' },
  {
    name: 'a 50 MB body announced by Content-Length',
    src: () => {
      const key = unique();
      return { src: `/__test__/stream/${key}?bytes=${50 * MB}&length`, key };
    },
    message: `is too large: ${50 * MB} bytes, more than the ${5 * MB} allowed`,
    path: 'src',
  },
  {
    name: 'a 50 MB body streamed without Content-Length',
    src: () => {
      const key = unique();
      return { src: `/__test__/stream/${key}?bytes=${50 * MB}`, key };
    },
    message: `is too large: more than the ${5 * MB} bytes allowed`,
    path: 'src',
  },
];

const nextEvent = (el: Element, name: string) => new Promise<CustomEvent>((r) => el.addEventListener(name, r as EventListener, { once: true }));

for (const tag of ['exchange-chart', 'contributor-map'] as const) {
  describe(`${tag}: src faults`, () => {
    afterEach(() => {
      for (const el of document.querySelectorAll(tag)) el.remove();
    });

    for (const fault of FAULTS) {
      it(`${fault.name}: a visible error and an exchange-error event, quickly`, async () => {
        const { src, key } = fault.src();
        const el = document.createElement(tag) as ExchangeElement;
        el.timeout = 300;
        el.src = src;
        const loads: unknown[] = [];
        el.addEventListener('exchange-load', (e) => loads.push(e));
        const failed = nextEvent(el, 'exchange-error');
        const started = performance.now();
        document.body.append(el);
        const { detail } = await failed;
        const elapsed = performance.now() - started;
        await el.updateComplete;
        expect(loads).to.deep.equal([]);
        expect(detail.problems[0].path).to.equal(fault.path);
        expect(detail.problems[0].message).to.contain(fault.message);
        const box = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.contain('This chart could not be shown').and.contain(fault.message);
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'no longer loading').to.equal(null);
        expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), 'nothing drawn').to.equal(null);
        expect(elapsed, 'refused without reading it all').to.be.below(3000);
        if (key) {
          await new Promise((r) => setTimeout(r, 100));
          expect(await sent(key), 'the server stopped streaming: the client stopped reading').to.be.below(25 * MB);
        }
      });
    }

    for (const fault of FAULTS) {
      it(`with refresh, ${fault.name} keeps the last good data on screen`, async () => {
        const { src: bad } = fault.src();
        const el = document.createElement(tag) as ExchangeElement;
        el.timeout = 300;
        el.refresh = 0.1;
        el.src = seq([validDataset(), bad]);
        const loaded = nextEvent(el, 'exchange-load');
        document.body.append(el);
        await loaded;
        await el.updateComplete;
        const drawn = el.shadowRoot!.querySelector('svg[role="graphics-document"]');
        expect(drawn).to.not.equal(null);
        const { detail } = await nextEvent(el, 'exchange-error');
        await el.updateComplete;
        expect(detail.problems[0].message).to.contain(fault.message);
        expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Exchange');
        expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), 'the same drawing stays').to.equal(drawn);
        expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain('Update failed; showing data as of');
        expect(el.shadowRoot!.querySelector('[part="error"]'), 'a note, not the error box').to.equal(null);
        expect(el.currentDataset?.title).to.equal('Exchange');
      });
    }
  });
}
