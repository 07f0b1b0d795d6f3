import { expect } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import { ExchangeElement } from '../../src/internal/exchange-element.js';
import { validDataset } from '../helpers/fixtures.js';

let tagCount = 0;

/**
 * A fresh definition of `Base` under a new tag, that notes, at each element's first render, the
 * count of tasks a ticker has run since before the definition, and whether the microtasks the
 * previous element's first render queued have run (they have once its task has ended).
 */
function recorded(Base: typeof ExchangeElement) {
  const renders: { ticks: number; previousTaskEnded: boolean }[] = [];
  let previousEnded = true;
  let ticks = 0;
  let ticking = true;
  const ticker = new MessageChannel();
  ticker.port1.onmessage = () => {
    ticks++;
    if (ticking) ticker.port2.postMessage(null);
  };
  class Recorded extends Base {
    protected override update(changed: PropertyValues<this>): void {
      if (!this.hasUpdated) {
        renders.push({ ticks, previousTaskEnded: previousEnded });
        previousEnded = false;
        queueMicrotask(() => (previousEnded = true));
      }
      super.update(changed);
    }
  }
  const tag = `test-first-update-${++tagCount}`;
  return {
    tag,
    renders,
    define() {
      // The ticker's first task is queued before the definition and its microtasks.
      ticker.port2.postMessage(null);
      customElements.define(tag, Recorded);
    },
    stop: () => void (ticking = false),
  };
}

describe('first render when the elements are defined', () => {
  for (const [name, Base] of [
    ['exchange-chart', ExchangeChart],
    ['contributor-map', ContributorMap],
  ] as const) {
    it(`defining <${name}> returns, and the page has a task, before any element on the page renders; each renders in a task of its own`, async () => {
      const recorder = recorded(Base);
      const container = document.createElement('div');
      container.style.width = '600px';
      document.body.append(container);
      const elements = [0, 1, 2].map(() => {
        const el = document.createElement(recorder.tag) as ExchangeChart;
        // Set before the upgrade, as a page's script may: lit takes it over when it defines.
        el.data = validDataset();
        el.setAttribute('loading', 'eager');
        container.append(el);
        return el;
      });
      try {
        recorder.define();
        expect(recorder.renders, 'rendered while defining').to.have.length(0);
        // updateComplete still resolves after the first render, and it has drawn the data.
        await Promise.all(elements.map((el) => el.updateComplete));
        expect(recorder.renders).to.have.length(3);
        for (const [i, render] of recorder.renders.entries()) {
          expect(render.ticks, `element ${i + 1} rendered in the task that defined it`).to.be.at.least(1);
          expect(render.previousTaskEnded, `element ${i + 1} rendered in the task of the one before it`).to.equal(true);
        }
        for (const el of elements) expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal(validDataset().title);
      } finally {
        recorder.stop();
        container.remove();
      }
    });
  }

  it('takes the changes made before its deferred first render into that render: one render, the latest data', async () => {
    const el = document.createElement('exchange-chart');
    el.setAttribute('loading', 'eager');
    let renders = 0;
    const update = el['update'].bind(el);
    (el as unknown as { update: typeof update }).update = (changed) => {
      renders++;
      update(changed);
    };
    document.body.append(el);
    el.data = { ...validDataset(), title: 'First' };
    await Promise.resolve();
    el.data = { ...validDataset(), title: 'Second' };
    try {
      await el.updateComplete;
      expect(renders).to.equal(1);
      expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Second');
    } finally {
      el.remove();
    }
  });
});

describe('reserving the height when elements connect', () => {
  /** Counts the layout reads (getBoundingClientRect) made while `elements` are appended, before any microtask. */
  function readsWhileConnecting(elements: HTMLElement[], container: HTMLElement): number {
    const read = Element.prototype.getBoundingClientRect;
    let reads = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads++;
      return read.call(this);
    };
    try {
      container.append(...elements);
    } finally {
      Element.prototype.getBoundingClientRect = read;
    }
    return reads;
  }

  it('reads no layout for an element with one height-hint (fifty embeds would lay the page out fifty times), and still reserves it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const elements = Array.from({ length: 10 }, () => {
      const el = document.createElement('exchange-chart');
      el.setAttribute('height-hint', '480');
      return el;
    });
    try {
      expect(readsWhileConnecting(elements, container)).to.equal(0);
      for (const el of elements) expect(el.getBoundingClientRect().height).to.equal(480);
    } finally {
      container.remove();
    }
  });

  it('reads the width of an element with hints by width, and reserves the one of its width', async () => {
    const container = document.createElement('div');
    container.style.width = '700px';
    document.body.append(container);
    const el = document.createElement('exchange-chart');
    el.setAttribute('height-hint', '560');
    el.setAttribute('height-hint-600', '420');
    try {
      expect(readsWhileConnecting([el], container)).to.be.at.least(1);
      expect(el.getBoundingClientRect().height).to.equal(420);
    } finally {
      container.remove();
    }
  });
});
