import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { eventFacts, eventsOfCommonShape } from '../../src/data/common-shape.js';
import { EventSchema } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { validDataset } from '../helpers/fixtures.js';
import { validateDataset as byValibot } from '../helpers/validate-valibot.js';
import { SEED, withCause } from '../helpers/arbitraries.js';

/** What eventsOfCommonShape returns for `events`, run to the end. */
function common(events: unknown[]): Record<string, unknown>[] | undefined {
  const steps = eventsOfCommonShape(events);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The schema's verdict on one event: its output, or undefined when it has issues. */
function bySchema(event: unknown): unknown {
  const result = v.safeParse(EventSchema, event, { abortEarly: false });
  return result.success ? result.output : undefined;
}

// Mostly good values, and values near every edge of each field: what the shortcut must take
// or leave exactly as the schema does.
const mostly = <T, U>(good: fc.Arbitrary<T>, edges: fc.Arbitrary<U>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: edges });
const dates = mostly(
  fc.constantFrom('2025-10-16', '1900-01-01', '2100-12-31', '2024-02-29'),
  fc.constantFrom('1899-12-31', '2101-01-01', '2025-02-29', '2025-13-01', '2025-00-10', '2025-1-16', '٢٠٢٥-١٠-١٦', '2025-10-16 ', '', 20251016, null),
);
const ids = mostly(fc.constantFrom('s', 'f', 'a-b_c', '9', 'x'.repeat(100)), fc.constantFrom('x'.repeat(101), '-a', '_a', 'a b', 'é', '', 7, null, undefined));
const counts = mostly(fc.constantFrom(0, -0, 1, 2.5, 1e9), fc.constantFrom(-1, NaN, Infinity, '3', null, undefined));
const notes = mostly(fc.constantFrom('A note', 'x'.repeat(2000), undefined), fc.constantFrom('', 'x'.repeat(2001), { en: 'A note' }, {}, 5, null));
const sourceLists = mostly(fc.array(ids, { maxLength: 3 }), fc.constantFrom(Array.from({ length: 21 }, () => 's'), 's', null));
const eventArb = fc
  .tuple(
    fc.record({ date: dates, figure: ids, value: counts, sources: sourceLists }),
    fc.record({ cumulative: counts, note: notes }, { requiredKeys: [] }),
    mostly(fc.constant({}), fc.constantFrom({ extra: 'unknown' }, { date: undefined }, { figure: undefined }, { sources: undefined })),
    fc.boolean(),
  )
  // Usually every required field, in the usual order or another; at times one missing, or one unknown.
  .map(([required, optional, change, reversed]) => {
    const event: Record<string, unknown> = { ...required, ...optional, ...change };
    for (const key of Object.keys(change)) if (change[key as keyof typeof change] === undefined) delete event[key];
    return reversed ? Object.fromEntries(Object.entries(event).reverse()) : event;
  });

describe('eventsOfCommonShape()', () => {
  it('takes an event only when the schema takes it, and gives what the schema gives, field order included', () => {
    let taken = 0;
    let runs = 0;
    try {
      fc.assert(
        fc.property(eventArb, (event) => {
          runs++;
          const shortcut = common([event]);
          const schema = bySchema(event);
          const note = (event as { note?: unknown }).note;
          // What the schema takes, the shortcut takes too, but for notes in several languages and unknown fields (warnings).
          if ((typeof note !== 'object' || note === null) && !('extra' in event)) expect(Boolean(shortcut), 'taken by the shortcut as by the schema').to.equal(schema !== undefined);
          if (!shortcut) return;
          taken++;
          expect(schema, 'the schema takes what the shortcut takes').to.not.equal(undefined);
          expect(Object.keys(shortcut[0])).to.deep.equal(Object.keys(schema as object));
          expect(shortcut[0]).to.deep.equal(schema);
        }),
        { seed: SEED, numRuns: 3000 },
      );
    } catch (error) {
      throw withCause(error);
    }
    expect(taken, 'events taken by the shortcut').to.be.within(runs / 10, runs * 0.9);
  });

  it('takes a list only when the schema takes each of its events, whatever its neighbours share', () => {
    // Neighbours that share a date, a figure or a source, good or bad: each is checked on its own.
    const pool = fc.constantFrom(...fc.sample(eventArb, { seed: SEED, numRuns: 40 }));
    let taken = 0;
    try {
      fc.assert(
        fc.property(fc.array(pool, { minLength: 2, maxLength: 6 }), (events) => {
          const plain = events.every((e) => !('extra' in e) && (typeof e.note !== 'object' || e.note === null));
          const shortcut = common(events);
          const schema = events.map(bySchema);
          if (plain) expect(Boolean(shortcut), 'the list taken as the schema takes its events').to.equal(schema.every((e) => e !== undefined));
          if (!shortcut) return;
          taken++;
          expect(shortcut).to.deep.equal(schema);
        }),
        { seed: SEED, numRuns: 1500 },
      );
    } catch (error) {
      throw withCause(error);
    }
    expect(taken, 'lists taken by the shortcut').to.be.above(20);
  });

  it('takes the usual events: a date, a figure, a count, a running total, sources and a note in one language', () => {
    const events = [
      { date: '2025-10-13', figure: 'remains', value: 4, cumulative: 4, sources: ['a', 'b'] },
      { date: '2025-10-14', figure: 'remains', value: 3, sources: [], note: 'Four coffins, one was not a captive' },
    ];
    const out = common(events);
    expect(out).to.deep.equal(events);
    expect(out![0].sources, 'a copy, not the input').to.not.equal(events[0].sources);
  });

  it('leaves to the schema a list with any event of another shape, and one whose field throws', () => {
    const ok = { date: '2025-10-13', figure: 'f', value: 1, sources: ['s'] };
    expect(common([ok, { ...ok, note: { en: 'a', ar: 'ب' } }])).to.equal(undefined);
    expect(common([ok, { ...ok, source: 's' }])).to.equal(undefined);
    expect(common([ok, [ok]])).to.equal(undefined);
    const hostile = Object.defineProperty({ ...ok }, 'value', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(common([ok, hostile])).to.equal(undefined);
  });

  it('pauses between steps of a thousand events, and checks them all', () => {
    const events = Array.from({ length: 12_000 }, (_, i) => ({ date: '2025-10-13', figure: 'f', value: i, sources: ['s'] }));
    const steps = eventsOfCommonShape(events);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).to.equal(11);
    expect(step.value!.map((e) => e.value)).to.deep.equal(events.map((e) => e.value));
  });
});

describe('eventFacts()', () => {
  it('tells what the check learnt on its way: times, running totals, sums by figure, sources, date order', () => {
    const events = [
      { date: '2025-10-13', figure: 'f', value: 2, sources: ['a'] },
      { date: '2025-10-13', figure: 'g', value: 5, sources: ['a', 'b'] },
      { date: '2025-10-14', figure: 'f', value: 1, cumulative: 3, sources: ['b'] },
      { date: '2025-10-15', figure: 'f', value: 4, cumulative: 10, sources: ['a'] },
    ];
    const out = common(events)!;
    const facts = eventFacts(out)!;
    expect(eventFacts(events), 'only for the list it made').to.equal(undefined);
    expect([...facts.times]).to.deep.equal(['2025-10-13', '2025-10-13', '2025-10-14', '2025-10-15'].map((d) => Date.parse(d)));
    // The timeline's count: a reported running total replaces the sum.
    expect([...facts.running]).to.deep.equal([2, 5, 3, 10]);
    expect([...facts.sums].map(([id, { sum }]) => [id, sum])).to.deep.equal([['f', 7], ['g', 5]]);
    expect([...facts.sources]).to.deep.equal(['a', 'b']);
    expect(facts.ordered).to.equal(true);
    // 10 is not 2 + 1 + 4.
    expect(facts.irregular).to.equal(true);
    expect(eventFacts(common([events[2], events[0]]))!.ordered).to.equal(false);
    expect(eventFacts(common([events[0], { ...events[0], sources: [] }]))!.irregular).to.equal(true);
    expect(eventFacts(common(events.slice(0, 3)))!.irregular).to.equal(false);
  });

  it('copies each event, sharing a frozen list of sources with the event before when it names the same', () => {
    const events = [
      { date: '2025-10-13', figure: 'f', value: 2, sources: ['a'] },
      { date: '2025-10-14', figure: 'f', value: 1, sources: ['a'] },
      { date: '2025-10-15', figure: 'f', value: 1, sources: ['b'] },
    ];
    const out = common(events)!;
    expect(out[1].sources).to.equal(out[0].sources);
    expect(out[2].sources).to.deep.equal(['b']);
    expect(out.every((e, i) => e !== events[i] && e.sources !== events[i].sources && Object.isFrozen(e.sources))).to.equal(true);
    // Nothing the page does to its own objects afterwards changes the checked ones.
    events[0].sources.push('c');
    events[0].value = 9;
    expect([out[0].sources, out[0].value]).to.deep.equal([['a'], 2]);
  });
});

describe('validateDataset() with events of the common shape', () => {
  it('finds every problem of events against figures and sources that the full check finds, with what the check learnt', () => {
    // Mostly events that pass, so that some lists have nothing wrong but a total exceeded.
    const event = fc.record({
      date: fc.constantFrom('2025-10-13', '2025-10-14', '2025-10-15'),
      figure: mostly(fc.constantFrom('remains', 'living'), fc.constant('nowhere')),
      value: fc.constantFrom(0, 1, 2.5, 7, 12),
      sources: mostly(fc.constantFrom(['a'], ['b'], ['a', 'b']), fc.constantFrom(['zz'], [])),
      cumulative: mostly(fc.constant(undefined), fc.constantFrom(1, 2, 3.5, 7, 10)),
    }).map(({ cumulative, ...e }) => (cumulative === undefined ? e : { ...e, cumulative }));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.boolean(), (events, sorted) => {
        const data = { ...validDataset(), events: sorted ? [...events].sort((a, b) => a.date.localeCompare(b.date)) : events };
        const ours = validateDataset(data);
        expect(ours.errors).to.deep.equal(byValibot(data).errors);
        expect(!!ours.dataset).to.equal(!!byValibot(data).dataset);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });


  it('returns the same dataset as the schema does, and still checks them against the figures', () => {
    const data = validDataset() as Record<string, any>;
    const result = validateDataset(data);
    expect(result.errors).to.deep.equal([]);
    expect(result.dataset!.events).to.deep.equal(data.events.map((e: unknown) => bySchema(e)));
    data.events[0].figure = 'nowhere';
    expect(validateDataset(data).errors.map((p) => `${p.path}: ${p.message}`)).to.include('events[0].figure: names the figure "nowhere", which is not in figures');
  });
});
