import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ExchangeElement } from '../../src/internal/exchange-element.js';
import { clone, validDataset } from '../helpers/fixtures.js';

// Create, attach, fill and remove each element 1,000 times: nothing the library started may
// outlive its element (listeners on long-lived targets, observers, timers, animation frames,
// fetches), and the heap may not grow by a megabyte. Then moves, quick changes and data set
// during a fetch: the latest input wins and stale data never shows, not even for a frame.
//
// The globals are wrapped before the library loads (it is imported dynamically below), and
// only what the library's own code (a /src/ frame on the stack) starts is counted: the test
// runner's and mocha's own timers are not the library's.

const CYCLES = 1000;
Error.stackTraceLimit = 60;

let tracking = false;
const library = (): string | undefined => {
  if (!tracking) return undefined;
  const stack = new Error().stack ?? '';
  return /\/src\/(?!.*node_modules)/.test(stack) ? stack : undefined;
};
const created = { listeners: 0, observers: 0, timers: 0, frames: 0, fetches: 0 };

// Listeners: by target, type, listener and capture, as the DOM matches them.
interface ListenerRecord {
  target: WeakRef<EventTarget>;
  type: string;
  stack: string;
}
const listenerIndex = new WeakMap<EventTarget, Map<string, Map<unknown, ListenerRecord>>>();
const listeners = new Set<ListenerRecord>();
const captureOf = (options: unknown) => (typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture);
const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
  // Inside a shadow root a listener goes with its element: only the rest is worth a stack.
  const inside = this instanceof Node && this.getRootNode() instanceof ShadowRoot;
  const stack = inside ? undefined : library();
  if (stack && listener && !(options as AddEventListenerOptions | undefined)?.once) {
    const key = `${type}|${captureOf(options)}`;
    let byKey = listenerIndex.get(this);
    if (!byKey) listenerIndex.set(this, (byKey = new Map()));
    let byListener = byKey.get(key);
    if (!byListener) byKey.set(key, (byListener = new Map()));
    if (!byListener.has(listener)) {
      const record = { target: new WeakRef(this), type, stack };
      byListener.set(listener, record);
      listeners.add(record);
      created.listeners++;
    }
  }
  return addEventListener.call(this, type, listener as EventListener, options as AddEventListenerOptions);
} as typeof addEventListener;
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
  const byListener = listenerIndex.get(this)?.get(`${type}|${captureOf(options)}`);
  const record = byListener?.get(listener);
  if (record) {
    listeners.delete(record);
    byListener!.delete(listener);
  }
  return removeEventListener.call(this, type, listener as EventListener, options as EventListenerOptions);
} as typeof removeEventListener;

// Observers: each one's observed targets; disconnect() clears them.
interface ObserverRecord {
  kind: string;
  targets: Set<Node>;
  stack: string;
}
const observers = new Set<ObserverRecord>();
function wrapObserver<T extends { new (...args: any[]): { observe(target: Node, ...rest: any[]): void; disconnect(): void } }>(Base: T, kind: string): T {
  return class extends Base {
    private record?: ObserverRecord;
    constructor(...args: any[]) {
      super(...args);
      const stack = library();
      if (stack) {
        this.record = { kind, targets: new Set(), stack };
        created.observers++;
      }
    }
    override observe(target: Node, ...rest: any[]): void {
      if (this.record) {
        this.record.targets.add(target);
        observers.add(this.record);
      }
      super.observe(target, ...rest);
    }
    unobserve(target: Node): void {
      this.record?.targets.delete(target);
      if (this.record && !this.record.targets.size) observers.delete(this.record);
      (Base.prototype as unknown as { unobserve(t: Node): void }).unobserve.call(this, target);
    }
    override disconnect(): void {
      if (this.record) {
        this.record.targets.clear();
        observers.delete(this.record);
      }
      super.disconnect();
    }
  };
}
window.ResizeObserver = wrapObserver(ResizeObserver, 'ResizeObserver');
window.IntersectionObserver = wrapObserver(IntersectionObserver, 'IntersectionObserver');
window.MutationObserver = wrapObserver(MutationObserver, 'MutationObserver');

// Timers and animation frames: pending until they run or are cancelled.
const timers = new Map<number, string>();
const frames = new Map<number, string>();
const { setTimeout: nativeSetTimeout, clearTimeout: nativeClearTimeout, requestAnimationFrame: nativeRaf, cancelAnimationFrame: nativeCaf } = window;
window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const stack = library();
  if (!stack || typeof handler !== 'function') return nativeSetTimeout(handler, delay, ...args);
  created.timers++;
  const id = nativeSetTimeout(() => {
    timers.delete(id);
    (handler as (...a: unknown[]) => void)(...args);
  }, delay);
  timers.set(id, stack);
  return id;
}) as typeof setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  nativeClearTimeout(id);
}) as typeof clearTimeout;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const stack = library();
  if (!stack) return nativeRaf(callback);
  created.frames++;
  const id = nativeRaf((time) => {
    frames.delete(id);
    callback(time);
  });
  frames.set(id, stack);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  nativeCaf(id);
};

// Fetches: in flight until they settle. One that was aborted is on its way out (it settles
// with an AbortError as soon as the browser gets to it); one that was not is left behind.
interface FetchRecord {
  what: string;
  signal?: AbortSignal;
  settled: Promise<unknown>;
}
const fetches = new Map<number, FetchRecord>();
let fetchIds = 0;
const nativeFetch = window.fetch;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const stack = library();
  const promise = nativeFetch(input, init);
  if (!stack) return promise;
  created.fetches++;
  const id = ++fetchIds;
  const settle = () => fetches.delete(id);
  fetches.set(id, { what: `${String(input)}\n${stack}`, signal: init?.signal ?? undefined, settled: promise.then(settle, settle) });
  return promise;
};

/** What the library started and never stopped, in words with a stack to find it by. */
function leftovers(): string[] {
  const out: string[] = [];
  for (const r of listeners) {
    const target = r.target.deref();
    // A listener inside a removed element goes with it; on the page, a signal or a window it stays.
    if (!target || (target instanceof Node && !target.isConnected && target !== document)) continue;
    out.push(`listener "${r.type}" on ${target.constructor.name}\n${r.stack}`);
  }
  for (const r of observers) out.push(`${r.kind} still observing ${r.targets.size} node(s)\n${r.stack}`);
  for (const stack of timers.values()) out.push(`pending timer\n${stack}`);
  for (const stack of frames.values()) out.push(`pending animation frame\n${stack}`);
  for (const f of fetches.values()) if (!f.signal?.aborted) out.push(`fetch in flight, never aborted: ${f.what}`);
  return out;
}

/** Waits until the aborted fetches have settled and the clean-up they trigger has run. */
async function settled(): Promise<void> {
  await Promise.all([...fetches.values()].filter((f) => f.signal?.aborted).map((f) => f.settled));
  await wait(0);
}

const wait = (ms: number) => new Promise((r) => nativeSetTimeout(r, ms));
const frame = () => new Promise((r) => nativeRaf(r));
const slowSrc = (ms: number, title: string) => `/__test__/slow/${ms}?body=${encodeURIComponent(JSON.stringify({ ...validDataset(), title }))}`;
/** A src whose answer (a dataset titled `title`) the server holds until `open()`: the test, not the clock, says when it comes. */
function gatedSrc(title: string): { src: string; open: () => Promise<void> } {
  const key = `lifecycle-${Math.random().toString(36).slice(2)}`;
  const body = encodeURIComponent(JSON.stringify({ ...validDataset(), title }));
  return { src: `/__test__/gate/${key}?body=${body}`, open: async () => void (await fetch(`/__test__/gate/${key}/open`)).text() };
}
const nextLoad = (el: Element) => new Promise((r) => el.addEventListener('exchange-load', r, { once: true }));
const TAGS = ['exchange-chart', 'contributor-map'] as const;

/** One cycle: create, attach, fill (data, or a src still loading), render, remove. */
async function cycle(tag: string, i: number, dataset: unknown): Promise<void> {
  const el = document.createElement(tag) as ExchangeElement;
  if (i % 10 === 0) {
    // A fetch in flight, a refresh due and a timeout pending when the element leaves.
    el.src = slowSrc(2000, `cycle ${i}`);
    el.refresh = 60;
  } else {
    el.data = i % 2 ? dataset : clone(dataset);
  }
  if (i % 7 === 0) el.setAttribute('loading', 'eager');
  document.body.append(el);
  await el.updateComplete;
  // Now and then a frame, so that the size observer delivers and schedules its redraw.
  if (i % 5 === 0) await frame();
  el.remove();
}

before(async () => {
  await import('../../src/index.js');
});

describe('lifecycle: 1,000 create, attach, fill and remove cycles', () => {
  for (const tag of TAGS) {
    it(`${tag} leaves no listener, observer, timer, frame or fetch behind`, async function () {
      this.timeout(120_000);
      const dataset = validDataset();
      for (const key of Object.keys(created) as (keyof typeof created)[]) created[key] = 0;
      tracking = true;
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(tag, i, dataset);
      } finally {
        tracking = false;
      }
      // Aborted fetches settle, and their clean-up runs, a little after the element has gone.
      await settled();
      // The instrumentation saw the library at work: this test cannot pass by seeing nothing.
      expect(created.listeners, 'listeners seen').to.be.at.least(CYCLES);
      expect(created.observers, 'observers seen').to.be.at.least(CYCLES);
      expect(created.fetches, 'fetches seen').to.be.at.least(CYCLES / 10);
      expect(created.timers, 'timers seen').to.be.at.least(CYCLES / 10);
      const left = leftovers();
      expect(left.length, `${left.length} left behind, e.g.\n${left.slice(0, 3).join('\n\n')}`).to.equal(0);
    });

    it(`${tag}: the heap grows by less than 1 MB over ${CYCLES} cycles (after garbage collection)`, async function () {
      this.timeout(120_000);
      const dataset = validDataset();
      // Warm up: caches (formats, text widths, the world's shapes) and lit's templates fill once.
      for (let i = 0; i < 100; i++) await cycle(tag, i, dataset);
      await wait(100);
      const before = await executeServerCommand<number, undefined>('heap-usage');
      for (let i = 0; i < CYCLES; i++) await cycle(tag, i, dataset);
      await wait(100);
      const after = await executeServerCommand<number, undefined>('heap-usage');
      expect(after - before, `heap ${before} → ${after} bytes`).to.be.below(1024 * 1024);
    });
  }
});

describe('lifecycle: the latest input wins, stale data never shows', () => {
  /** Every title the element shows, as each render commits, and every load and error. */
  function watch(el: ExchangeElement) {
    const seen = { titles: [] as string[], loads: [] as string[], errors: [] as unknown[] };
    const note = () => {
      const title = el.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '';
      if (title && seen.titles.at(-1) !== title) seen.titles.push(title);
    };
    el.addEventListener('exchange-load', (e) => seen.loads.push(e.detail.dataset.title as string));
    el.addEventListener('exchange-error', (e) => seen.errors.push(e.detail));
    const observe = () => new MutationObserver(note).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    return { seen, observe };
  }

  afterEach(() => {
    for (const el of document.querySelectorAll('exchange-chart, contributor-map')) el.remove();
  });

  for (const tag of TAGS) {
    it(`${tag}: moved around the page while its src loads, it loads once and shows no error`, async () => {
      const [a, b] = [document.createElement('div'), document.createElement('section')];
      document.body.append(a, b);
      const el = document.createElement(tag) as ExchangeElement;
      const answer = gatedSrc('Moved');
      el.src = answer.src;
      const { seen, observe } = watch(el);
      a.append(el);
      await el.updateComplete;
      observe();
      for (let i = 0; i < 6; i++) {
        (i % 2 ? a : b).append(el);
        await el.updateComplete;
      }
      const loaded = nextLoad(el);
      await answer.open();
      await loaded;
      await el.updateComplete;
      // Room for a second load or an error, if one were coming.
      await wait(200);
      expect(seen.loads).to.deep.equal(['Moved']);
      expect(seen.errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]')).to.not.equal(null);
      a.remove();
      b.remove();
    });

    it(`${tag}: src changed quickly, the last one wins and no earlier one ever shows`, async () => {
      const el = document.createElement(tag) as ExchangeElement;
      const { seen, observe } = watch(el);
      document.body.append(el);
      await el.updateComplete;
      observe();
      const answers = new Map((['First', 'Second', 'Third', 'Last'] as const).map((title) => [title, gatedSrc(title)]));
      for (const [title, { src }] of answers) {
        el.src = src;
        el.setAttribute('locale', title === 'Last' ? 'en' : 'fr');
        await el.updateComplete;
      }
      // Every answer comes after the last src was asked for, some earlier ones after the last one.
      const loaded = nextLoad(el);
      for (const title of ['Second', 'Last', 'Third', 'First'] as const) await answers.get(title)!.open();
      await loaded;
      await el.updateComplete;
      // Room for a late earlier answer to show, if one were coming.
      await wait(200);
      expect(seen.titles).to.deep.equal(['Last']);
      expect(seen.loads).to.deep.equal(['Last']);
      expect(seen.errors).to.deep.equal([]);
    });

    it(`${tag}: data set while a src fetch is in flight wins, then a new src wins over it once data is cleared`, async () => {
      const el = document.createElement(tag) as ExchangeElement;
      const { seen, observe } = watch(el);
      el.src = slowSrc(300, 'Stale');
      document.body.append(el);
      await el.updateComplete;
      observe();
      el.data = { ...validDataset(), title: 'Data' };
      await wait(500);
      expect(seen.titles).to.deep.equal(['Data']);
      el.data = undefined;
      el.src = slowSrc(50, 'Fresh');
      await new Promise((r) => el.addEventListener('exchange-load', r, { once: true }));
      await el.updateComplete;
      await wait(400);
      expect(seen.titles).to.deep.equal(['Data', 'Fresh']);
      expect(seen.loads).to.deep.equal(['Data', 'Fresh']);
      expect(seen.errors).to.deep.equal([]);
    });

    it(`${tag}: removed while loading and given data while away, it shows that data when back`, async () => {
      const el = document.createElement(tag) as ExchangeElement;
      const { seen, observe } = watch(el);
      el.src = slowSrc(200, 'Stale');
      document.body.append(el);
      await el.updateComplete;
      observe();
      el.remove();
      el.data = { ...validDataset(), title: 'While away' };
      await wait(300);
      document.body.append(el);
      await el.updateComplete;
      await wait(300);
      expect(seen.titles).to.deep.equal(['While away']);
      expect(seen.loads).to.deep.equal(['While away']);
    });
  }

  it('exchange-chart: views switched quickly draw the last one, with the data of the last dataset', async () => {
    const el = document.createElement('exchange-chart');
    document.body.append(el);
    for (const [i, view] of (['units', 'timeline', 'progress', 'bars', 'units', 'timeline'] as const).entries()) {
      el.view = view;
      el.data = { ...validDataset(), title: `Dataset ${i}` };
      if (i % 2) await el.updateComplete;
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.classList.contains('view-timeline')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Dataset 5');
  });
});
