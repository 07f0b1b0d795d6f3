import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { REFRESH, RETRY, refreshDelay, refreshInterval, sanitizeTimeout } from '../../src/internal/data-controller.js';
import type { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import { fastRefresh } from '../helpers/clock.js';
import { sequenceSrc, validDataset } from '../helpers/fixtures.js';

// `refresh` makes every reader's browser fetch `src` again and again: it must never hammer a
// server (the embed page takes it from its address, so anyone can set it), whatever the value.

const seq = sequenceSrc;
const count = async (src: string) => Number(await (await fetch(src.replace('?', '/count?'))).text());
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nextEvent = (el: Element, name: string) => new Promise<CustomEvent>((r) => el.addEventListener(name, r as EventListener, { once: true }));

describe('refresh intervals', () => {
  it('are at least 15 s and at most a day, whatever the attribute says', () => {
    expect(refreshInterval(0.001)).to.equal(REFRESH.min);
    expect(refreshInterval('0.001')).to.equal(REFRESH.min);
    expect(refreshInterval(60)).to.equal(60_000);
    expect(refreshInterval(Infinity)).to.equal(REFRESH.max);
    expect(refreshInterval(3_000_000)).to.equal(REFRESH.max);
    expect(REFRESH.max, 'within what setTimeout can count').to.be.below(2 ** 31 - 1);
    for (const none of [undefined, null, '', 0, -5, NaN, 'abc']) expect(refreshInterval(none), String(none)).to.equal(undefined);
  });

  it('back off after failures whatever the interval: 5 s, 10 s, 20 s … up to 10 minutes', () => {
    for (const interval of [REFRESH.min, 60_000]) {
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => refreshDelay(interval, n))).to.deep.equal([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 600_000, 600_000]);
      expect(refreshDelay(interval, 0)).to.equal(interval);
    }
    expect(refreshDelay(REFRESH.max, 40), 'never longer than the interval asked for when that is longer').to.equal(REFRESH.max);
    expect(RETRY.first).to.equal(5_000);
  });

  it('timeouts outside 100 ms … 5 min fall back to the default 10 s', () => {
    for (const bad of ['abc', '', '0', '-1', 'Infinity', 1e12, NaN, null, undefined]) expect(sanitizeTimeout(bad), String(bad)).to.equal(10_000);
    expect(sanitizeTimeout(300)).to.equal(300);
    expect(sanitizeTimeout('2500')).to.equal(2500);
  });
});

describe('refresh on the page', () => {
  afterEach(() => document.querySelectorAll('exchange-chart').forEach((el) => el.remove()));

  /** An element on the page with `src` and `refresh`, once it has drawn its first answer. */
  async function loadedWith(src: string, refresh: string): Promise<void> {
    const el = document.createElement('exchange-chart');
    el.setAttribute('refresh', refresh);
    el.setAttribute('loading', 'eager');
    el.src = src;
    const loaded = nextEvent(el, 'exchange-load');
    document.body.append(el);
    await loaded;
  }

  it('refresh="0.001" fetches once, then waits 15 s: no flood of requests', async () => {
    const src = seq('flood', [validDataset()]);
    await loadedWith(src, '0.001');
    await wait(1000);
    expect(await count(src)).to.equal(1);
  });

  for (const value of ['Infinity', '3000000', '1e300']) {
    it(`refresh="${value}" waits a day at most, not a timer that overflows and fires at once`, async () => {
      const clock = fastRefresh(1);
      try {
        const src = seq('overflow', [validDataset()]);
        await loadedWith(src, value);
        await wait(500);
        expect(await count(src)).to.equal(1);
        expect(clock.delays).to.deep.equal([REFRESH.max]);
      } finally {
        clock.stop();
      }
    });
  }

  for (const [name, body] of [
    ['a 404', '/__test__/status/404'],
    ['bad JSON', '{"broken": '],
  ] as const) {
    it(`after ${name}, tries again later and later (5 s, 10 s, 20 s, 40 s) even with refresh="0.001"`, async () => {
      const clock = fastRefresh(100);
      try {
        const src = seq('backoff', [body]);
        const el = document.createElement('exchange-chart');
        el.setAttribute('refresh', '0.001');
        el.setAttribute('loading', 'eager');
        el.src = src;
        let errors = 0;
        const fourth = new Promise<void>((resolve) => el.addEventListener('exchange-error', () => ++errors === 5 && resolve()));
        document.body.append(el);
        await fourth;
        expect(clock.delays.slice(0, 4)).to.deep.equal([5_000, 10_000, 20_000, 40_000]);
      } finally {
        clock.stop();
      }
    });
  }
});

describe('announcements of changed figures', () => {
  afterEach(() => document.querySelectorAll('exchange-chart').forEach((el) => el.remove()));

  it('a source that flips between two answers is announced once, then its latest state after the interval', async () => {
    const clock = fastRefresh(100);
    try {
      const el = document.createElement('exchange-chart') as ExchangeChart;
      el.setAttribute('loading', 'eager');
      const a = validDataset();
      const b = validDataset();
      b.figures[1].value = 9;
      el.data = a;
      document.body.append(el);
      await el.updateComplete;
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
      for (const next of [b, a, b, a, b, a, b, a, b]) {
        el.data = structuredClone(next);
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 0));
      expect(heard.filter(Boolean)).to.deep.equal(['Remains returned: now 9 of 28']);
      // The data rests at 9 of 28, which was said: nothing more to say after the interval.
      await wait(REFRESH.min / 100 + 100);
      expect(heard.filter(Boolean)).to.deep.equal(['Remains returned: now 9 of 28']);
      // A change while the interval runs is said once it is over.
      el.data = structuredClone(a);
      await el.updateComplete;
      el.data = structuredClone(b);
      await el.updateComplete;
      el.data = structuredClone(a);
      await el.updateComplete;
      expect(heard.filter(Boolean)).to.deep.equal(['Remains returned: now 9 of 28', 'Remains returned: now 7 of 28']);
      el.data = structuredClone(b);
      await el.updateComplete;
      expect(heard.filter(Boolean)).to.have.length(2);
      await wait(REFRESH.min / 100 + 100);
      await el.updateComplete;
      expect(heard.filter(Boolean)).to.deep.equal(['Remains returned: now 9 of 28', 'Remains returned: now 7 of 28', 'Remains returned: now 9 of 28']);
    } finally {
      clock.stop();
    }
  });
});
