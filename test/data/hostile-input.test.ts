import { expect } from '@open-wc/testing';
import { validateDataset, validateDatasetInTasks } from '../../src/data/validate.js';
import { validateDataset as byValibot, validateDatasetInTasks as byValibotInTasks } from '../helpers/validate-valibot.js';
import { clone, validDataset } from '../helpers/fixtures.js';

function written(result: unknown): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && Object.is(value, -0) ? '-0' : value === undefined ? '(undefined)' : value));
}

function data(): Record<string, unknown> {
  return clone(validDataset()) as unknown as Record<string, unknown>;
}

/** Ours and the oracle's results, each on a fresh input (getters may count reads). */
function both(make: () => unknown) {
  const ours = validateDataset(make());
  let oracle;
  try {
    oracle = byValibot(make());
  } catch (error) {
    oracle = { threw: String(error) };
  }
  return { ours, oracle };
}

function same(make: () => unknown) {
  const { ours, oracle } = both(make);
  expect(written(ours)).to.equal(written(oracle));
  return ours;
}

describe('the bundle validator on what a script may pass (hostile input), beside the valibot oracle', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
    expect(([] as unknown as Record<string, unknown>).polluted, 'Array.prototype polluted').to.equal(undefined);
  });

  it('__proto__, constructor, prototype keys at every level', () => {
    const text = JSON.stringify(validDataset())
      .replace('{', '{"__proto__":{"polluted":1,"title":"x"},"constructor":{"prototype":{"polluted":1}},')
      .replace('"title":"Exchange"', '"title":{"en":"x","__proto__":{"polluted":1},"constructor":"c"}')
      .replace('"sources":["a"]}', '"sources":["a"],"__proto__":{"polluted":1}}');
    const result = same(() => JSON.parse(text));
    expect(result.dataset).to.not.equal(undefined);
    expect(Object.getPrototypeOf(result.dataset)).to.equal(Object.prototype);
    expect((result.dataset as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('an own __proto__ that is a list, a text, null', () => {
    for (const v of ['[1]', '"x"', 'null', '{"title":5}']) {
      same(() => JSON.parse(JSON.stringify(validDataset()).replace('{', `{"__proto__":${v},`)));
      same(() => JSON.parse(JSON.stringify(validDataset()).replace('"events":[{', `"events":[{"__proto__":${v},`)));
    }
  });

  it('getters, throwing getters, getters that change', () => {
    same(() => Object.defineProperty(data(), 'title', { get: () => { throw new Error('boom'); }, enumerable: true }));
    let n = 0;
    same(() => { n = 0; return Object.defineProperty(data(), 'title', { get: () => (n++ ? 5 : 'ok'), enumerable: true }); });
    same(() => Object.defineProperty(data(), 'figures', { get: () => { throw new Error('boom'); }, enumerable: false }));
    const events = () => {
      const d = data();
      const e = (d.events as Record<string, unknown>[])[1];
      let k = 0;
      Object.defineProperty(e, 'value', { get: () => (k++ ? -1 : 3), enumerable: true });
      return d;
    };
    same(events);
  });

  it('Proxies', () => {
    same(() => new Proxy(data(), {}));
    same(() => new Proxy(data(), { ownKeys: () => { throw new Error('keys'); } }));
    same(() => new Proxy(data(), { has: () => true }));
    same(() => { const d = data(); d.figures = new Proxy(d.figures as object, {}); return d; });
    same(() => { const d = data(); d.events = new Proxy(d.events as object, { get: (t, k) => (k === 'length' ? 1e9 : Reflect.get(t, k)) }); return d; });
  });

  it('non-plain objects', () => {
    for (const v of [new Date(0), new Map([['en', 'x']]), new Set(), /x/, Object.create(null), new (class Foo {})(), () => 1, Symbol('s'), 10n, new String('x'), new Number(3)]) {
      same(() => ({ ...data(), title: v }));
      same(() => { const d = data(); (d.figures as Record<string, unknown>[])[0].value = v; return d; });
      same(() => { const d = data(); (d.events as Record<string, unknown>[])[0] = v as never; return d; });
      same(() => ({ ...data(), figures: v }));
      same(() => ({ ...data(), contributors: v }));
    }
    same(() => new Date(0));
    same(() => Object.assign(Object.create(null), data()));
    same(() => Object.create(data()));
  });

  it('lists where objects are expected and objects where lists are', () => {
    same(() => ({ ...data(), contributors: [] }));
    same(() => ({ ...data(), contributors: ['x'] }));
    same(() => ({ ...data(), figures: { 0: (data().figures as unknown[])[0], length: 1 } }));
    same(() => { const d = data(); (d.figures as unknown[])[0] = ['id', 'x']; return d; });
    same(() => ({ ...data(), title: ['x'] }));
    same(() => ({ ...data(), title: [] }));
    same(() => ({ ...data(), notes: [['x']] }));
    same(() => ({ ...data(), subtitle: [] }));
    same(() => ({ ...data(), views: [] }));
    same(() => ({ ...data(), views: { bars: [] } }));
  });

  it('sparse lists', () => {
    same(() => ({ ...data(), events: [, , ,] }));
    same(() => { const d = data(); (d.events as unknown[]).length = 5; return d; });
    same(() => ({ ...data(), figures: new Array(3) }));
    same(() => { const d = data(); const e = new Array(3000); e[2999] = (d.events as unknown[])[0]; return { ...d, events: e }; });
  });

  it('numbers at and beyond the edges', () => {
    for (const v of [NaN, -0, Infinity, -Infinity, 1e308, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** 53 + 1, '3', null, true]) {
      same(() => { const d = data(); (d.figures as Record<string, unknown>[])[0].value = v; return d; });
      same(() => { const d = data(); (d.events as Record<string, unknown>[])[0].value = v; return d; });
      same(() => { const d = data(); (d.events as Record<string, unknown>[])[0].cumulative = v; return d; });
      same(() => { const d = data(); (d.focus as Record<string, unknown>[])[0].longitude = v; return d; });
    }
  });

  it('lone surrogates and odd strings', () => {
    for (const v of ['\uD800', 'a\uDC00b', '\u0000', '\u202E', 'x'.repeat(1999) + '\uD83D\uDE00']) {
      same(() => ({ ...data(), title: v }));
      same(() => ({ ...data(), title: { [v]: 'x' } }));
      same(() => ({ ...data(), title: { en: v } }));
      same(() => { const d = data(); (d.events as Record<string, unknown>[])[0].note = v; return d; });
      same(() => { const d = data(); (d.events as Record<string, unknown>[])[0].date = v; return d; });
    }
  });

  it('deep nesting where a text or an unknown field is', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { en: deep };
    same(() => ({ ...data(), title: deep }));
    expect(validateDataset({ ...data(), extra: deep }).errors).to.deep.equal([]);
    let list: unknown = [];
    for (let i = 0; i < 100_000; i++) list = [list];
    same(() => ({ ...data(), notes: list }));
    same(() => ({ ...data(), figures: list }));
  });

  it('mixed good and bad events, few and many', async () => {
    const make = (n: number) => () => {
      const d = data();
      const events = Array.from({ length: n }, () => ({ date: '2025-10-13', figure: 'remains', value: 0, sources: ['a'] }) as Record<string, unknown>);
      events[n - 1] = { date: '2025-13-01', figure: 'nope', value: -1, sources: [] };
      if (n > 3) events[1] = { date: '2025-10-13', figure: 'remains', value: 0, sources: ['a'], note: { en: 'x', ar: 'y' } };
      d.events = events;
      return d;
    };
    for (const n of [1, 2, 5, 3000]) {
      expect(written(await validateDatasetInTasks(make(n)()))).to.equal(written(await byValibotInTasks(make(n)())));
    }
  });

  it('a second validation of the same object gives the same result, and the input is not changed', () => {
    const d = data();
    d.title = { en: 'x', 'b a d': '' };
    (d.events as Record<string, unknown>[])[0].value = 'x';
    const before = JSON.stringify(d);
    const first = validateDataset(d);
    const second = validateDataset(d);
    expect(written(second)).to.equal(written(first));
    expect(JSON.stringify(d)).to.equal(before);
    const good = data();
    good.title = { en: 'x' };
    expect(written(validateDataset(good))).to.equal(written(validateDataset(good)));
  });

  it('the validated dataset shares nothing mutable that is drawn with the input', async () => {
    for (const n of [2, 3000]) {
      const d = data();
      d.title = { en: 'Title', ar: 'عنوان' };
      d.notes = ['n', { text: { en: 'scoped' }, figures: ['living'] }];
      d.views = { bars: { title: { en: 'Bars' }, notes: ['v'] } };
      (d.figures as Record<string, unknown>[])[0].revisions = [{ date: '2025-10-01', value: 1, qualifier: 'exact', sources: ['a'] }];
      d.annotations = [{ text: 'a', figures: ['living'], sources: ['a'] }];
      const events = Array.from({ length: n }, () => ({ date: '2025-10-13', figure: 'living', value: 0, sources: ['a'], note: { en: 'n', ar: 'م' } }));
      d.events = events;
      const result = await validateDatasetInTasks(d);
      expect(result.errors).to.deep.equal([]);
      const snapshot = JSON.stringify(result.dataset);
      // Mutate everything reachable in the input.
      const seen = new Set<unknown>();
      const mutate = (v: unknown) => {
        if (!v || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        if (Array.isArray(v)) { v.forEach(mutate); v.push('MUT'); return; }
        for (const k of Object.keys(v)) { mutate((v as Record<string, unknown>)[k]); (v as Record<string, unknown>)[k] = 'MUT'; }
      };
      mutate(d);
      expect(JSON.stringify(result.dataset), `n=${n}`).to.equal(snapshot);
    }
  });
});
