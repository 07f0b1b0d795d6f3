import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import { fastRefresh } from '../helpers/clock.js';
import { clone, sequenceSrc, validDataset } from '../helpers/fixtures.js';

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

  describe('from one src named by several elements', () => {
    const seq = sequenceSrc;
    const requests = async (src: string) => Number(await (await fetch(src.replace('?', '/count?'))).text());
    /** Three elements on the page at once, all with `src`, once each has loaded or failed. */
    async function three(src: string, event: string): Promise<HTMLElement[]> {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const els = ['exchange-chart', 'exchange-chart', 'contributor-map'].map((tag) => {
        const el = document.createElement(tag);
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', src);
        return el;
      });
      const done = Promise.all(els.map((el) => oneEvent(el, event)));
      box.append(...els);
      await done;
      return els;
    }

    it('is fetched once for all of them while it loads, and each draws it', async () => {
      const src = seq('shared', [validDataset()]);
      const els = await three(src, 'exchange-load');
      expect(await requests(src)).to.equal(1);
      for (const el of els) expect(shadowText(el), el.localName).to.contain('Exchange');
    });

    it('fails for each of them with its own error box', async () => {
      const src = seq('shared-bad', ['{"title": 1']);
      const els = await three(src, 'exchange-error');
      expect(await requests(src)).to.equal(1);
      for (const el of els) expect(errorBox(el)?.textContent, el.localName).to.contain('is not valid JSON');
    });

    it('is still loaded for the others when one of them leaves the page', async () => {
      // One slow answer: a second request would get the "500" after it.
      const src = seq('shared-leave', [`/__test__/slow/300?body=${encodeURIComponent(JSON.stringify(validDataset()))}`, '500']);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const [a, b] = [0, 1].map(() => Object.assign(document.createElement('exchange-chart'), { src }));
      for (const el of [a, b]) el.setAttribute('loading', 'eager');
      box.append(a, b);
      // Both have asked for it (each element's first update comes in a task of its own).
      await Promise.all([a.updateComplete, b.updateComplete]);
      a.remove();
      await oneEvent(b, 'exchange-load');
      expect(shadowText(b)).to.contain('Exchange');
      expect(await requests(src)).to.equal(1);
    });
  });

  describe('requested as the element connects', () => {
    for (const tag of ['exchange-chart', 'contributor-map']) {
      it(`<${tag}> asks for its src before its first render (which waits for a task of its own), once, and draws it`, async () => {
        const src = `${DEFAULT}?connect=${Math.random().toString(36).slice(2)}`;
        const asked: string[] = [];
        const native = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), native(input, init));
        const el = document.createElement(tag) as ExchangeChart;
        el.setAttribute('src', src);
        let askedAtFirstRender: number | undefined;
        // willUpdate() begins an update, before the element's controllers see it.
        const hooked = el as unknown as { willUpdate: (changed: unknown) => void };
        const willUpdate = hooked.willUpdate.bind(el);
        hooked.willUpdate = (changed) => {
          askedAtFirstRender ??= asked.filter((a) => a.endsWith(src)).length;
          willUpdate(changed);
        };
        try {
          const loaded = oneEvent(el, 'exchange-load');
          document.body.append(el);
          await loaded;
          expect(askedAtFirstRender, 'requests before the first render').to.equal(1);
          expect(asked.filter((a) => a.endsWith(src)), 'requests').to.have.length(1);
          expect(shadowText(el)).to.contain('Gaza');
        } finally {
          window.fetch = native;
          el.remove();
        }
      });
    }

    it('is not made for an element given its data, nor for one far below the viewport', async () => {
      const asked: string[] = [];
      const native = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), native(input, init));
      const far = document.createElement('div');
      far.style.marginTop = '5000px';
      const given = Object.assign(document.createElement('exchange-chart'), { data: validDataset() });
      given.setAttribute('src', `${DEFAULT}?given`);
      const lazy = document.createElement('exchange-chart');
      lazy.setAttribute('src', `${DEFAULT}?far`);
      far.append(lazy);
      try {
        document.body.append(given, far);
        await Promise.all([given.updateComplete, lazy.updateComplete]);
        await new Promise((r) => setTimeout(r, 50));
        expect(asked.filter((a) => a.includes('?given') || a.includes('?far'))).to.deep.equal([]);
      } finally {
        window.fetch = native;
        given.remove();
        far.remove();
      }
    });
  });

  it('reserves its height before data arrives (no layout shift)', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart></exchange-chart>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

describe('refresh', () => {
  const seq = sequenceSrc;
  const count = async (src: string) => Number(await (await fetch(src.replace('?', '/count?'))).text());
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent;
  const second = () => ({ ...validDataset(), title: 'Second' });
  // Refresh waits 15 s at least: here a hundred times faster (15 s in 150 ms).
  let clock: ReturnType<typeof fastRefresh>;
  beforeEach(() => (clock = fastRefresh(100)));
  afterEach(() => clock.stop());

  it('fetches src again every `refresh` seconds and draws what changed', async () => {
    const el = document.createElement('exchange-chart');
    el.src = seq('refresh', [validDataset(), validDataset(), second()]);
    el.refresh = 15;
    const loads: string[] = [];
    el.addEventListener('exchange-load', (e) => loads.push(e.detail.dataset.title as string));
    const drewSecond = new Promise((resolve) => el.addEventListener('exchange-load', (e) => e.detail.dataset.title === 'Second' && resolve(e)));
    document.body.append(el);
    await drewSecond;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Second');
    expect(clock.delays.slice(0, 2), 'each wait is the interval').to.deep.equal([15_000, 15_000]);
    expect(loads, 'an unchanged answer draws nothing again').to.deep.equal(['Exchange', 'Second']);
    el.remove();
  });

  it('keeps the data on screen when a refresh fails, says so, and recovers', async () => {
    const el = document.createElement('exchange-chart');
    el.src = seq('fail', [validDataset(), '500', '{"broken": ', second()]);
    el.refresh = 15;
    const errors: string[] = [];
    el.addEventListener('exchange-error', (e) => errors.push(e.detail.problems[0].message));
    document.body.append(el);
    await oneEvent(el, 'exchange-load');
    await oneEvent(el, 'exchange-error');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Exchange');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.equal('Update failed; showing data as of October 16, 2025');
    expect(errorBox(el), 'a small note, not the error box').to.equal(null);
    await oneEvent(el, 'exchange-load');
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Second');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(errors[0]).to.contain('the server answered 500');
    expect(errors[1]).to.contain('is not valid JSON');
    el.remove();
  });

  it('fetches nothing while the page is hidden, and catches up when it is seen again', async () => {
    const el = document.createElement('exchange-chart');
    const src = seq('hidden', [validDataset()]);
    el.src = src;
    el.refresh = 15;
    document.body.append(el);
    await oneEvent(el, 'exchange-load');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      await wait(150);
      const before = await count(src);
      await wait(400);
      expect(await count(src), 'no fetch while hidden').to.equal(before);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    const before = await count(src);
    document.dispatchEvent(new Event('visibilitychange'));
    // Waits for the catch-up fetch (a loaded machine may take a while), 10 s at most.
    for (let i = 0; i < 200 && (await count(src)) <= before; i++) await wait(50);
    expect(await count(src)).to.be.greaterThan(before);
    el.remove();
  });

  it('stops when the element leaves the page', async () => {
    const el = document.createElement('exchange-chart');
    const src = seq('leave', [validDataset()]);
    el.src = src;
    el.refresh = 15;
    document.body.append(el);
    await oneEvent(el, 'exchange-load');
    el.remove();
    const before = await count(src);
    await wait(400);
    expect(await count(src)).to.equal(before);
  });
});

describe('a <table> child as data (progressive enhancement)', () => {
  const TABLE = `<table>
    <caption>The exchange</caption>
    <tr><th>Figure</th><th>Value</th><th>Source</th><th>As of</th></tr>
    <tr data-id="living"><th>Living captives released</th><td>20</td><td><a href="https://example.org/a">Article</a></td><td><time datetime="2025-10-16">16 Oct</time></td></tr>
    <tr data-id="remains"><th>Remains returned</th><td data-value="7" data-total="28">7 of 28</td><td><a href="https://example.org/a">Article</a></td><td>2025-10-16</td></tr>
    <tr data-id="detainees"><th>Detainees released</th><td data-value="2000" data-qualifier="approximate" data-approximation="nearly">nearly 2,000</td><td>Agencies</td><td>2025-10-16</td></tr>
  </table>`;

  it('becomes the dataset: title, figures with qualifiers and totals, sources and dates', async () => {
    const el = document.createElement('exchange-chart');
    el.innerHTML = TABLE;
    const loaded = oneEvent(el, 'exchange-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.dataset.title).to.equal('The exchange');
    expect(detail.dataset.asOf).to.equal('2025-10-16');
    expect(detail.dataset.figures.map((f: any) => [f.id, f.value, f.qualifier, f.total])).to.deep.equal([
      ['living', 20, 'exact', undefined],
      ['remains', 7, 'exact', 28],
      ['detainees', 2000, 'approximate', undefined],
    ]);
    expect(detail.dataset.sources).to.deep.equal([
      { id: 'source-1', name: 'Article', url: 'https://example.org/a' },
      { id: 'source-2', name: 'Agencies' },
    ]);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('nearly 2,000');
    el.remove();
  });

  it('guesses nothing from words: a worded value without data-value is an error naming the cell', async () => {
    const el = document.createElement('exchange-chart');
    el.innerHTML = TABLE.replace('data-value="2000" data-qualifier="approximate" data-approximation="nearly"', '');
    const failed = oneEvent(el, 'exchange-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.problems).to.deep.equal([{ path: 'figures[2].value', message: 'must be a number ≥ 0, got "nearly 2,000"' }]);
    el.remove();
  });
});

describe('lazy drawing', () => {
  it('an element far below the viewport fetches and draws only when it comes near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const src = sequenceSrc('lazy', [validDataset()]);
    const el = document.createElement('exchange-chart');
    el.src = src;
    document.body.append(spacer, el);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.near).to.equal(false);
    expect(Number(await (await fetch(src.replace('?', '/count?'))).text())).to.equal(0);
    const loaded = oneEvent(el, 'exchange-load');
    el.scrollIntoView();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="chart"]').length).to.equal(1);
    window.scrollTo(0, 0);
    spacer.remove();
    el.remove();
  });

  it('loading="eager" draws at once wherever it is', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const el = document.createElement('exchange-chart');
    el.setAttribute('loading', 'eager');
    el.data = validDataset();
    document.body.append(spacer, el);
    await el.updateComplete;
    expect(el.near).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part="chart"]').length).to.equal(1);
    spacer.remove();
    el.remove();
  });
});
