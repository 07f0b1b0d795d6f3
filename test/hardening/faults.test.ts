import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ExchangeElement } from '../../src/internal/exchange-element.js';
import { fastRefresh } from '../helpers/clock.js';
import { sequenceSrc, validDataset } from '../helpers/fixtures.js';

// Every way `src` can fail, for both elements: a clear error state and an exchange-error
// event; with `refresh`, the same failures keep the last good data on screen. The tests wait
// for the elements' events and the server's word, never for a time: only the timeout fault has
// a short timeout, against a server that never answers.

const MB = 1024 * 1024;
// Far more than the buffers between server and client can hold (socket buffers grow to tens of
// MB), so that a server that got to the end of the body proves a client that read it all.
const HUGE = 1024 * MB;
const unique = () => Math.random().toString(36).slice(2);
const echo = (body: unknown) => `/__test__/echo?body=${encodeURIComponent(typeof body === 'string' ? body : JSON.stringify(body))}`;
const seq = (bodies: unknown[]) => sequenceSrc('faults', bodies);
/** How the server's answer for a stream ended: bytes written of the total; finished false when the client went away first. */
const streamEnd = async (key: string): Promise<{ sent: number; total: number; finished: boolean }> => (await fetch(`/__test__/stream/${key}/end`)).json();
/** Long enough for any answer of a loaded machine: only the timeout fault is about timing out. */
const PATIENT = 60_000;

interface Fault {
  name: string;
  src: () => { src: string; key?: string };
  /** Words the problem must contain. */
  message: string;
  path: string;
  /** The element's `timeout`, for the fault that is about it. */
  timeout?: number;
}

const FAULTS: Fault[] = [
  { name: 'a 404', src: () => ({ src: '/__test__/status/404' }), message: 'could not be loaded: the server answered 404', path: 'src' },
  { name: 'a 500', src: () => ({ src: '/__test__/status/500' }), message: 'could not be loaded: the server answered 500', path: 'src' },
  { name: 'no answer within the timeout', src: () => ({ src: '/__test__/hang' }), message: 'could not be loaded: no answer within 2 s', path: 'src', timeout: 2000 },
  { name: 'invalid JSON', src: () => ({ src: echo('{"title": "x", oops') }), message: 'is not valid JSON', path: 'dataset' },
  { name: 'valid JSON that fails validation', src: () => ({ src: echo({ ...validDataset(), asOf: 'yesterday' }) }), message: 'must be a date written YYYY-MM-DD, got "yesterday"', path: 'asOf' },
  {
    name: 'a 1 GB body announced by Content-Length',
    src: () => {
      const key = unique();
      return { src: `/__test__/stream/${key}?bytes=${HUGE}&length`, key };
    },
    message: `is too large: ${HUGE} bytes, more than the ${5 * MB} allowed`,
    path: 'src',
  },
  {
    name: 'a 1 GB body streamed without Content-Length',
    src: () => {
      const key = unique();
      return { src: `/__test__/stream/${key}?bytes=${HUGE}`, key };
    },
    message: `is too large: more than the ${5 * MB} bytes allowed`,
    path: 'src',
  },
];

const nextEvent = (el: Element, name: string) => new Promise<CustomEvent>((r) => el.addEventListener(name, r as EventListener, { once: true }));

for (const tag of ['exchange-chart', 'contributor-map'] as const) {
  describe(`${tag}: src faults`, () => {
    let clock: ReturnType<typeof fastRefresh> | undefined;
    afterEach(() => {
      for (const el of document.querySelectorAll(tag)) el.remove();
      clock?.stop();
      clock = undefined;
    });

    for (const fault of FAULTS) {
      it(`${fault.name}: a visible error and an exchange-error event`, async () => {
        const { src, key } = fault.src();
        const el = document.createElement(tag) as ExchangeElement;
        el.timeout = fault.timeout ?? PATIENT;
        el.src = src;
        const loads: unknown[] = [];
        el.addEventListener('exchange-load', (e) => loads.push(e));
        const failed = nextEvent(el, 'exchange-error');
        document.body.append(el);
        const { detail } = await failed;
        await el.updateComplete;
        expect(loads).to.deep.equal([]);
        expect(detail.problems[0].path).to.equal(fault.path);
        expect(detail.problems[0].message).to.contain(fault.message);
        const box = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.contain('This chart could not be shown').and.contain(fault.message);
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'no longer loading').to.equal(null);
        expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), 'nothing drawn').to.equal(null);
        if (key) {
          // Refused without reading it all: the client went away while the server was still
          // writing, having taken the limit and what the buffers between them hold, whatever
          // the speed of either.
          const { sent, total, finished } = await streamEnd(key);
          expect(finished, `the client went away before the end (the server wrote ${sent} of ${total} bytes)`).to.equal(false);
          expect(sent, 'the server stopped writing far before the end').to.be.below(total / 4);
        }
      });
    }

    for (const fault of FAULTS) {
      it(`with refresh, ${fault.name} keeps the last good data on screen`, async () => {
        const { src: bad } = fault.src();
        const el = document.createElement(tag) as ExchangeElement;
        el.timeout = fault.timeout ?? PATIENT;
        // The shortest refresh (15 s), run 100 times faster: what matters is that it comes.
        clock = fastRefresh(100);
        el.refresh = 15;
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
