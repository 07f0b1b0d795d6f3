import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { formatNumber } from '../../src/data/format.js';
import { LIMITS } from '../../src/data/limits.js';
import type { ExchangeElement } from '../../src/internal/exchange-element.js';
import { PAGE_SIZE } from '../../src/internal/data-table.js';
import { validDataset } from '../helpers/fixtures.js';

// What a hostile or careless dataset does to the page: sizes over the limits are refused at
// once with an error naming the limit; within them, the page stays usable; input that throws
// is an error like any other; numbers in attributes outside a sane range fall back.

const nextEvent = (el: Element, name: string) => new Promise<CustomEvent>((r) => el.addEventListener(name, r as EventListener, { once: true }));
const problems = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

function manyEvents(n: number): Record<string, any> {
  const d = validDataset() as Record<string, any>;
  const day = 86_400_000;
  d.figures = [{ id: 'remains', label: 'Remains returned', value: n, total: n, qualifier: 'exact', sources: ['a'] }];
  delete d.sides;
  d.events = Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 2) * day).toISOString().slice(0, 10), figure: 'remains', value: 1, sources: ['a'] }));
  return d;
}

async function mounted<T extends 'exchange-chart' | 'contributor-map'>(tag: T, attributes: Record<string, string> = {}): Promise<HTMLElementTagNameMap[T]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.setAttribute('loading', 'eager');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('limits, as a reader sees them', () => {
  afterEach(() => document.querySelectorAll('exchange-chart, contributor-map').forEach((el) => el.remove()));

  for (const tag of ['exchange-chart', 'contributor-map'] as const) {
    it(`${tag}: 100,000 figures are refused with an error naming the limit, and what was drawn stays`, async () => {
      const el = await mounted(tag);
      el.data = validDataset();
      await el.updateComplete;
      const drawn = el.shadowRoot!.querySelector('svg[role="graphics-document"]');
      expect(drawn).to.not.equal(null);
      const big = validDataset() as Record<string, any>;
      big.figures = Array.from({ length: 100_000 }, (_, i) => ({ id: `f${i}`, label: `F${i}`, value: i, qualifier: 'exact', sources: ['a'] }));
      const failed = nextEvent(el, 'exchange-error');
      el.data = big;
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.problems).to.deep.equal([{ path: 'figures', message: `must have at most ${LIMITS.figures} figures, got 100000` }]);
      expect(problems(el)).to.deep.equal([`figures: must have at most ${LIMITS.figures} figures, got 100000`]);
      expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), 'the drawing stays').to.equal(drawn);
    });
  }

  it('an error with thousands of problems lists 100 and says how many more', async () => {
    const el = await mounted('exchange-chart');
    const d = validDataset() as Record<string, any>;
    d.events = Array.from({ length: 3000 }, () => ({ date: 'soon', figure: 'remains', value: 1, sources: ['a'] }));
    const failed = nextEvent(el, 'exchange-error');
    el.data = d;
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.message).to.equal(`The dataset has more than ${LIMITS.problems} problems.`);
    expect(detail.problems).to.have.length(LIMITS.problems + 1);
    expect(detail.problems.at(-1).message).to.equal('… and 2900 more problems not listed');
    expect(shadowText(el)).to.contain('events[0].date');
  });

  it('a timeline of 100,000 events draws, and "Show data" pages its rows', async () => {
    const el = await mounted('exchange-chart', { view: 'timeline' });
    const loaded = nextEvent(el, 'exchange-load');
    el.data = manyEvents(LIMITS.events);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[role="graphics-document"] path')).to.not.equal(null);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    toggle.click();
    await el.updateComplete;
    const rows = () => [...el.shadowRoot!.querySelectorAll('[part="data-table"] tbody tr')];
    expect(rows()).to.have.length(PAGE_SIZE);
    expect(rows()[0].textContent).to.contain('Jan 1, 1950');
    const range = el.shadowRoot!.querySelector('.pager [role="status"]')!;
    expect(range.textContent).to.equal('Rows 1–100 of 100,000');
    const [previous, next] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pager button');
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(range.textContent).to.equal('Rows 101–200 of 100,000');
    expect(rows()).to.have.length(PAGE_SIZE);
    expect(rows()[0].textContent).to.contain('Feb 20, 1950');
    expect(previous.disabled).to.equal(false);
  });

  it('in Arabic, the pager speaks Arabic and writes numbers as Arabic does', async () => {
    const el = await mounted('exchange-chart', { view: 'timeline', locale: 'ar' });
    const loaded = nextEvent(el, 'exchange-load');
    el.data = manyEvents(150);
    await loaded;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    const n = (x: number) => formatNumber(x, 'ar');
    expect(el.shadowRoot!.querySelector('.pager [role="status"]')!.textContent).to.equal(`الصفوف ${n(1)}–${n(100)} من ${n(150)}`);
    expect(el.shadowRoot!.querySelector('.pager button')!.textContent!.trim()).to.equal('الصفوف السابقة');
  });

  it('a table of fewer rows than a page has no pager', async () => {
    const el = await mounted('exchange-chart');
    el.data = validDataset();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pager')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="data-table"] tbody tr')).to.have.length(3);
  });
});

describe('input that throws', () => {
  let rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    rejections.push(e.reason);
    e.preventDefault();
  };
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    document.querySelectorAll('exchange-chart, contributor-map').forEach((el) => el.remove());
  });

  for (const tag of ['exchange-chart', 'contributor-map'] as const) {
    it(`${tag}: a data object with a throwing getter shows an error, with no unhandled rejection`, async () => {
      const el = await mounted(tag);
      const data = validDataset() as Record<string, any>;
      Object.defineProperty(data, 'figures', { enumerable: true, get: () => { throw new Error('getter says no'); } });
      const failed = nextEvent(el, 'exchange-error');
      el.data = data;
      const { detail } = await failed;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(detail.problems).to.deep.equal([{ path: 'dataset', message: 'could not be read (Error: getter says no)' }]);
      expect(problems(el)).to.deep.equal(['dataset: could not be read (Error: getter says no)']);
      expect(rejections).to.deep.equal([]);
    });

    it(`${tag}: a revoked Proxy shows an error, with no unhandled rejection`, async () => {
      const el = await mounted(tag);
      const { proxy, revoke } = Proxy.revocable(validDataset(), {});
      revoke();
      const failed = nextEvent(el, 'exchange-error');
      el.data = proxy;
      const { detail } = await failed;
      await new Promise((r) => setTimeout(r, 50));
      expect(detail.problems[0].path).to.equal('dataset');
      expect(detail.problems[0].message).to.match(/^could not be read \(TypeError: .*revoked/);
      expect(rejections).to.deep.equal([]);
    });
  }
});

describe('numbers in attributes outside a sane range fall back', () => {
  afterEach(() => document.querySelectorAll('exchange-chart').forEach((el) => el.remove()));
  const slow = `/__test__/slow/300?body=${encodeURIComponent(JSON.stringify(validDataset()))}`;

  for (const value of ['abc', '', '0', '-1', 'Infinity', '1e12']) {
    it(`timeout="${value}" waits the default 10 s, rather than failing at once`, async () => {
      const el = document.createElement('exchange-chart') as ExchangeElement;
      el.setAttribute('timeout', value);
      el.setAttribute('loading', 'eager');
      el.src = `${slow}&t=${Math.random()}`;
      const outcome = Promise.race([nextEvent(el, 'exchange-load').then(() => 'load'), nextEvent(el, 'exchange-error').then((e) => e.detail.problems[0].message)]);
      document.body.append(el);
      expect(await outcome).to.equal('load');
    });
  }

  it('height-hint="1e7" reserves nothing; a sane hint is reserved', async () => {
    const el = await mounted('exchange-chart', { 'height-hint': '1e7' });
    expect(el.style.minHeight).to.equal('');
    expect(el.getBoundingClientRect().height).to.be.below(2000);
    el.setAttribute('height-hint', '480');
    await el.updateComplete;
    expect(el.style.minHeight).to.equal('480px');
    el.setAttribute('height-hint', '-5');
    await el.updateComplete;
    expect(el.style.minHeight).to.equal('');
  });
});
