import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import { clone, validDataset } from '../helpers/fixtures.js';

const DEFAULT = '/data/gaza-exchange-2025-10-16.json';
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const errorBox = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');
const echo = (body: unknown) => `/__test__/echo?body=${encodeURIComponent(typeof body === 'string' ? body : JSON.stringify(body))}`;

describe('loading data (shared by both elements)', () => {
  describe('from the data property', () => {
    it('draws the dataset and fires exchange-load with it', async () => {
      const el = document.createElement('exchange-chart');
      const loaded = oneEvent(el, 'exchange-load');
      el.data = validDataset();
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.dataset.title).to.equal('Exchange');
      expect(event.detail.warnings).to.deep.equal([]);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(shadowText(el)).to.contain('Living captives released');
      expect(el.currentDataset?.figures).to.have.length(3);
      el.remove();
    });

    it('takes precedence over src and a JSON child', async () => {
      const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${validDataset()} src=${DEFAULT}>
        <script type="application/json">{"not": "used"}</script>
      </exchange-chart>`);
      await new Promise((r) => setTimeout(r, 200));
      expect(el.currentDataset?.title).to.equal('Exchange');
      expect(errorBox(el)).to.equal(null);
    });
  });

  describe('from a <script type="application/json"> child', () => {
    it('draws the dataset, and draws again when the JSON changes', async () => {
      const data = validDataset();
      const el = await fixture<ExchangeChart>(html`<exchange-chart>
        <script type="application/json">${JSON.stringify(data)}</script>
      </exchange-chart>`);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Exchange');
      data.title = 'Changed';
      const loaded = oneEvent(el, 'exchange-load');
      el.querySelector('script')!.textContent = JSON.stringify(data);
      await loaded;
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Changed');
    });

    it('shows unparsable JSON as an error naming the problem', async () => {
      const el = document.createElement('exchange-chart');
      el.innerHTML = '<script type="application/json">{"title": </script>';
      const failed = oneEvent(el, 'exchange-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.problems[0].path).to.equal('dataset');
      expect(event.detail.problems[0].message).to.match(/^is not valid JSON/);
      await el.updateComplete;
      expect(errorBox(el)!.textContent).to.contain('is not valid JSON');
      el.remove();
    });
  });

  describe('from src', () => {
    it('fetches the shipped default dataset and draws it', async () => {
      const el = document.createElement('exchange-chart');
      el.src = DEFAULT;
      const loaded = oneEvent(el, 'exchange-load');
      document.body.append(el);
      await el.updateComplete;
      expect(shadowText(el), 'a loading state first').to.contain('Loading…');
      await loaded;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('nearly 2,000');
      el.remove();
    });

    for (const [name, src, message] of [
      ['a 404', '/data/missing.json', 'could not be loaded: the server answered 404'],
      ['a 500', '/__test__/status/500', 'could not be loaded: the server answered 500'],
      ['a body over the size limit', '/__test__/big/6000000', 'is too large'],
      ['invalid JSON', echo('{oops'), 'is not valid JSON'],
      ['JSON that fails validation', echo({ title: 'x' }), 'is required'],
    ] as const) {
      it(`shows ${name} as a visible error and fires exchange-error`, async () => {
        const el = document.createElement('exchange-chart');
        el.src = src;
        const failed = oneEvent(el, 'exchange-error');
        document.body.append(el);
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.problems.map((p: { message: string }) => p.message).join('\n')).to.contain(message);
        expect(errorBox(el)!.getAttribute('role')).to.equal('alert');
        expect(errorBox(el)!.textContent).to.contain(message);
        expect(errorBox(el)!.textContent).to.contain('This chart could not be shown');
        el.remove();
      });
    }

    it('gives up after `timeout` milliseconds with an error', async () => {
      const el = document.createElement('exchange-chart');
      el.timeout = 100;
      el.src = '/__test__/slow/2000';
      const failed = oneEvent(el, 'exchange-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.problems[0]).to.deep.equal({ path: 'src', message: 'could not be loaded: no answer within 0.1 s (/__test__/slow/2000)' });
      el.remove();
    });

    it('lets the latest src win over a slower earlier one', async () => {
      const slow = clone(validDataset());
      slow.title = 'Slow and stale';
      const el = document.createElement('exchange-chart');
      el.src = `/__test__/slow/400?body=${encodeURIComponent(JSON.stringify(slow))}`;
      document.body.append(el);
      await el.updateComplete;
      el.src = echo(validDataset());
      await oneEvent(el, 'exchange-load');
      await new Promise((r) => setTimeout(r, 600));
      expect(el.currentDataset?.title).to.equal('Exchange');
      el.remove();
    });

    it('lets data set during a fetch win, and the fetch never lands', async () => {
      const slow = clone(validDataset());
      slow.title = 'Slow and stale';
      const el = document.createElement('exchange-chart');
      el.src = `/__test__/slow/300?body=${encodeURIComponent(JSON.stringify(slow))}`;
      document.body.append(el);
      await el.updateComplete;
      const events: string[] = [];
      el.addEventListener('exchange-load', (e) => events.push(e.detail.dataset.title as string));
      el.data = validDataset();
      await new Promise((r) => setTimeout(r, 500));
      expect(el.currentDataset?.title).to.equal('Exchange');
      expect(events).to.deep.equal(['Exchange']);
      el.remove();
    });

    it('aborts the fetch when the element leaves the page, and fetches again when it comes back', async () => {
      const el = document.createElement('exchange-chart');
      el.src = `/__test__/slow/300?body=${encodeURIComponent(JSON.stringify(validDataset()))}`;
      const events: string[] = [];
      el.addEventListener('exchange-load', () => events.push('load'));
      el.addEventListener('exchange-error', () => events.push('error'));
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      await new Promise((r) => setTimeout(r, 500));
      expect(events, 'nothing lands while away').to.deep.equal([]);
      document.body.append(el);
      await oneEvent(el, 'exchange-load');
      expect(el.currentDataset?.title).to.equal('Exchange');
      el.remove();
    });

    it('shows a JSON child while src loads', async () => {
      const child = clone(validDataset());
      child.title = 'Inline first';
      const el = document.createElement('exchange-chart');
      el.innerHTML = `<script type="application/json">${JSON.stringify(child)}</script>`;
      el.src = `/__test__/slow/300?body=${encodeURIComponent(JSON.stringify(validDataset()))}`;
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Inline first');
      await oneEvent(el, 'exchange-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Exchange');
      el.remove();
    });
  });

  describe('bad input after good', () => {
    it('keeps what is drawn and shows the error above it', async () => {
      const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${validDataset()}></exchange-chart>`);
      const bad = clone(validDataset()) as any;
      bad.figures[2].value = '12a';
      const failed = oneEvent(el, 'exchange-error');
      el.data = bad;
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.message).to.equal('The dataset has 1 problem.');
      expect(event.detail.problems).to.deep.equal([{ path: 'figures[2].value', message: 'must be a number ≥ 0, got "12a"' }]);
      expect(errorBox(el)!.textContent!.replace(/\s+/g, ' ')).to.contain('figures[2].value: must be a number ≥ 0, got "12a"');
      expect(el.shadowRoot!.querySelectorAll('[part="figure"]'), 'the last good figures stay').to.have.length(3);
      el.data = validDataset();
      await el.updateComplete;
      expect(errorBox(el), 'good data clears the error').to.equal(null);
    });

    it('lists at most eight problems and says how many more', async () => {
      const bad = clone(validDataset()) as any;
      bad.figures = Array.from({ length: 12 }, (_, i) => ({ id: `f${i}`, label: 'x', value: -1, qualifier: 'exact', sources: ['a'] }));
      const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${bad}></exchange-chart>`);
      const items = [...errorBox(el)!.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(9);
      expect(items[8]).to.equal('… and 4 more');
    });
  });

  it('reserves its height before data arrives (no layout shift)', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart></exchange-chart>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});
