import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset, validateDatasetInTasks } from '../../src/data/validate.js';
import { validateDataset as byValibot, validateDatasetInTasks as byValibotInTasks } from '../helpers/validate-valibot.js';
import { applyMutation, badValueArb, datasetInputArb, SEED, withCause, type Mutation } from '../helpers/arbitraries.js';
import { validDataset } from '../helpers/fixtures.js';

// The bundle validates with src/data/check.ts, written by hand; src/data/schema.ts (valibot)
// stays the definition. For every input both give the same result: the same problems, with
// the same paths and messages in the same order, the same warnings, and the same dataset, its
// fields in the same order. The oracle is validate.ts as it was with valibot
// (test/helpers/validate-valibot.ts).

/** A result as JSON, so that key order, undefined fields and -0 count too. */
function written(result: unknown): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && Object.is(value, -0) ? '-0' : value === undefined ? '(undefined)' : value));
}

function same(input: unknown): void {
  const ours = validateDataset(input);
  const oracle = byValibot(input);
  expect(ours.errors, 'errors').to.deep.equal(oracle.errors);
  expect(ours.warnings, 'warnings').to.deep.equal(oracle.warnings);
  expect(written(ours), 'result').to.equal(written(oracle));
}

/** A dataset with every field the schema knows, each list and object at least once. */
function fullDataset(): Record<string, unknown> {
  const data = validDataset() as unknown as Record<string, unknown>;
  return {
    $schema: 'https://example.org/schema.json',
    ...data,
    subtitle: { text: { en: 'Subtitle', ar: 'عنوان' }, figures: ['living'], element: 'exchange-chart' },
    description: 'A description',
    notes: ['A note', { text: 'Scoped', figures: ['remains'] }, { en: 'Map' }],
    views: { bars: { title: 'Bars', subtitle: 'Sub', notes: ['n'] }, map: { title: { en: 'Map' } }, timeline: {} },
    credit: 'Credit',
    figures: [
      ...(data.figures as object[]),
      {
        id: 'revised',
        label: { en: 'Revised', fr: 'Révisé' },
        value: 12,
        qualifier: 'approximate',
        approximation: 'about',
        total: 40,
        unit: 'people',
        sources: ['a'],
        asOf: '2025-10-15',
        note: 'Note',
        revisions: [
          { date: '2025-10-01', value: 10, qualifier: 'exact', sources: ['a'], note: 'first' },
          { date: '2025-10-05', value: 11, qualifier: 'approximate', approximation: 'nearly', total: 30, sources: ['b'] },
        ],
      },
    ],
    events: [
      { date: '2025-10-13', figure: 'remains', value: 4, cumulative: 4, sources: ['a'], note: { en: 'Two languages', ar: 'لغتان' } },
      { date: '2025-10-14', figure: 'remains', value: 3, cumulative: 7, sources: ['b'] },
    ],
    contributors: {
      complete: true,
      note: 'Contributors',
      countries: [
        { country: 'IDN', name: 'Indonesia', status: 'confirmed', figure: { value: 20, qualifier: 'approximate', approximation: 'over', unit: 'troops' }, note: 'n', sources: ['a'], revisions: [{ date: '2025-10-01', status: 'in-talks', figure: { value: 5, qualifier: 'exact' }, sources: ['a'], note: 'was' }] },
        { country: 'USA', status: 'declined', sources: ['b'] },
      ],
    },
    focus: [{ name: { en: 'Gaza' }, longitude: -180, latitude: 90 }],
    annotations: [
      { text: 'Ceasefire', date: '2025-10-10', figures: ['living'], sources: ['a'] },
      { text: { en: 'Pinned' }, figures: ['remains'] },
    ],
    showUpdates: true,
  };
}

/** Values near every edge the schema draws, for the places a mutation reaches. */
const edgeArb = fc.constantFrom<unknown>(
  undefined,
  'x'.repeat(2000),
  'x'.repeat(2001),
  'a'.repeat(100),
  'a'.repeat(101),
  '-'.repeat(101),
  '2024-02-29',
  '2025-02-29',
  '1899-12-31',
  '1900-01-01',
  '2100-12-31',
  '2101-01-01',
  '2025-1-01',
  'http://x',
  'https://' + 'x'.repeat(1995),
  'ftp://x',
  'IDN',
  'XXX',
  'exact',
  'approximate',
  'about',
  'confirmed',
  'map',
  'contributor-map',
  -180,
  180.5,
  -90.5,
  -0,
  0,
  1e21,
  { text: '' },
  { text: 5 },
  { text: 'ok', figures: ['nope'], element: 'chart' },
  { text: { en: '' } },
  { en: 'x', 'not a tag': '' },
  { en: 5 },
  { en: 'x', fr: 5 },
  JSON.parse('{"__proto__": "x"}'),
  JSON.parse('{"__proto__": {"en": "x"}, "constructor": "y"}'),
  { constructor: 'c', prototype: 'p' },
  Object.create({ inherited: 'yes' }),
  Array.from({ length: 21 }, () => 'a'),
  Array.from({ length: 51 }, () => 'n'),
  Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])),
  ['a', 'a'],
  [undefined],
  [null, 'x', 5],
  { value: 1, qualifier: 'exact' },
  { date: '2025-10-01', status: 'maybe', sources: [] },
);

const mutationArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'replace', 'delete', 'wrap', 'stringify', 'duplicate'),
  value: fc.oneof(edgeArb, badValueArb),
});

/** The full dataset, with up to four things broken or pushed to an edge, or an unknown field added. */
const mutatedArb = fc
  .tuple(fc.array(mutationArb, { minLength: 0, maxLength: 4 }), fc.option(fc.tuple(fc.nat(), fc.string({ maxLength: 6 })), { nil: undefined }))
  .map(([mutations, extra]) => {
    const data = fullDataset();
    for (const m of mutations) applyMutation(data, m);
    if (extra) applyMutation(data, { at: extra[0], kind: 'replace', value: { [`x${extra[1]}`]: 1 } });
    return data;
  });

describe('the bundle\'s validator (src/data/check.ts) and valibot on src/data/schema.ts', () => {
  it('agree on the full dataset as it is', () => {
    expect(validateDataset(fullDataset()).errors).to.deep.equal([]);
    same(fullDataset());
  });

  /** Runs `same()` on `runs` inputs of `arb`; how many of them had errors. */
  const agreeOn = (arb: fc.Arbitrary<unknown>, runs: number): number => {
    let failed = 0;
    try {
      fc.assert(
        fc.property(arb, (input) => {
          same(input);
          if (validateDataset(input).errors.length) failed++;
        }),
        { seed: SEED, numRuns: runs },
      );
    } catch (error) {
      throw withCause(error);
    }
    return failed;
  };

  it('agree on thousands of datasets, valid, broken, look-alike and garbage', () => {
    const failed = agreeOn(datasetInputArb, 3000);
    // Both kinds, many of each: the limits on text lengths and years catch many generated "valid" ones.
    expect(failed, 'inputs with errors').to.be.within(300, 3000 - 100);
  });

  it('agree on thousands of full datasets with fields broken or at an edge', () => {
    const failed = agreeOn(mutatedArb, 4000);
    expect(failed, 'inputs with errors').to.be.within(400, 4000 - 100);
  });

  it('agree on many events checked a chunk at a time, with problems and unknown fields among them', async () => {
    const data = fullDataset();
    const events = Array.from({ length: 6_000 }, (_, i) => ({ date: '2025-10-13', figure: 'living', value: 0, sources: ['a'], ...(i % 1000 === 7 ? { extra: i } : {}) })) as Record<string, unknown>[];
    const good = { ...data, events };
    expect(written(await validateDatasetInTasks(good))).to.equal(written(await byValibotInTasks(good)));
    events[2_600].value = -1;
    events[5_999].date = '2025-02-30';
    delete events[4_000].sources;
    events[3_000] = null as never;
    const bad = { ...data, events };
    const ours = await validateDatasetInTasks(bad);
    expect(ours.errors.map((p) => p.path)).to.include.members(['events[2600].value', 'events[5999].date', 'events[4000].sources', 'events[3000]']);
    expect(written(ours)).to.equal(written(await byValibotInTasks(bad)));
  });
});
