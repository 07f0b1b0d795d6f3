import fc from 'fast-check';

// fast-check arbitraries for datasets, from valid to garbage, for the hardening tests.
// `validDatasetArb` only makes datasets that validate (references resolve, totals add up), so
// that a property can demand a drawing for them; `datasetInputArb` mixes them with broken and
// hostile ones, for which it demands a visible error naming the problem.

/** The seed of every property in the hardening suite: runs are reproducible. */
export const SEED = 20251016;

/** fast-check's report (seed, path, counterexample) with the failed assertion's own message. */
export function withCause(error: unknown): unknown {
  const cause = (error as { cause?: Error }).cause;
  if (!(error instanceof Error) || !cause) return error;
  error.message = `${error.message}\nCause: ${cause.message ?? cause}`;
  return error;
}

/** Text in every script and direction, with the characters that break naive code. */
export const SCRIPT_SAMPLES = [
  'Living captives released',
  'الأسرى الأحياء المفرج عنهم',
  'החטופים החיים ששוחררו',
  'اسیران آزادشده',
  'رہا کیے گئے قیدی',
  '被释放的在世人质',
  '解放された生存者',
  '석방된 생존 인질',
  'जीवित बंधकों की रिहाई',
  'ตัวประกันที่ได้รับการปล่อยตัว',
  'Освобождённые заложники',
  'Απελευθερωμένοι όμηροι',
  'ታጋቾች ተለቀቁ',
  'ܐܣܝܪܐ',
  'ދިވެހި',
  'ᠮᠣᠩᠭᠣᠯ',
  'བོད་ཡིག',
  'தமிழ் எழுத்து',
  '👩🏽‍⚕️👨‍👩‍👧‍👦🏳️‍🌈🇵🇸🇮🇱',
  '😀'.repeat(30),
  'e\u0301\u0301\u0301 Z\u0351\u0352\u0353\u0354a\u0355\u0356l\u0357g\u0358o',
  '\u202Eevil right-to-left override\u202C',
  '\u2067isolate\u2069 \u200F mark \u200E',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'lone \uD800 surrogate \uDFFF',
  'tab\tnew\nline\r\nreturn',
  '\u0000null\u0001control\u007F',
  ' leading and trailing spaces ',
  '""\'\'``\\\\',
  '𝕬𝖓𝖈𝖎𝖊𝖓𝖙 𝔀𝓻𝓲𝓽𝓲𝓷𝓰',
];

/** Strings that would run, link or style something if any of them reached markup unescaped. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  "'><iframe src=\"javascript:window.parent.__pwned=1\"></iframe>",
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '</text><foreignObject><img src=x onerror="window.__pwned=1"></foreignObject>',
  '<style>:host, body, * { display: none !important; background: red !important }</style>',
  '}</style><style>body{background:red}</style>',
  'red; } :host { display: none } body { background: url(javascript:alert(1)) } {',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!-- comment --><![CDATA[ x ]]>',
  '&lt;img src=x onerror=alert(1)&gt; &amp;',
  '\u202E<img src=x onerror="window.__pwned=1">',
];

const LANG_TAGS = ['en', 'ar', 'he', 'fa', 'ur', 'fr', 'fr-CA', 'zh-Hans', 'ja', 'ru', 'hi', 'am', 'EN', 'sgn-BE-FR', 'und'];

/** A few countries the bundled world draws, some too small to see, and one it lacks (ATA is drawn, SGP and MCO are not). */
export const COUNTRIES = ['IDN', 'USA', 'AZE', 'EGY', 'QAT', 'TUR', 'PAK', 'FRA', 'ITA', 'DEU', 'GBR', 'CAN', 'BRA', 'IND', 'CHN', 'RUS', 'AUS', 'NZL', 'FJI', 'SGP', 'MCO', 'VAT', 'MLT', 'BHR', 'PSE', 'ISR', 'JOR', 'LBN', 'ATA', 'GRL', 'CHL', 'ZAF', 'NOR', 'JPN', 'KIR'];

const scriptText = fc.constantFrom(...SCRIPT_SAMPLES);
const mixedText = fc.array(fc.oneof(scriptText, fc.constantFrom(...HOSTILE_STRINGS)), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
/** A very long text: a word of thousands of characters, or thousands of words. */
const longText = fc
  .tuple(fc.constantFrom(...SCRIPT_SAMPLES), fc.integer({ min: 500, max: 5000 }), fc.boolean())
  .map(([text, n, oneWord]) => (oneWord ? text.replace(/\s+/g, '') : `${text} `).repeat(Math.ceil(n / text.length)).slice(0, n))
  .filter((text) => text.trim().length > 0);

/** A non-empty string as the schema wants it, from plain ASCII to the hard cases. */
export const plainTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 4, arbitrary: scriptText },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: mixedText },
  { weight: 1, arbitrary: longText },
);

/** A dataset text: a string, or a map from language tag to string. */
export const textArb: fc.Arbitrary<string | Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: plainTextArb },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...LANG_TAGS), plainTextArb, { minKeys: 1, maxKeys: 4 }) },
);

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,11}$/);
const dateArb = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recentDateArb = fc
  .date({ min: new Date(Date.UTC(2023, 9, 7)), max: new Date(Date.UTC(2026, 0, 1)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDateArb = fc.oneof({ weight: 4, arbitrary: recentDateArb }, { weight: 1, arbitrary: dateArb });

/** A count: small and whole mostly, but also fractions, zero, the tiniest and the largest doubles. */
export const countArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.MIN_VALUE, 0.5, 1e9, 1e15, 1e21, 1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE) },
);

const QUALIFIERS = ['exact', 'approximate', 'up-to', 'at-least'] as const;
const APPROXIMATIONS = ['about', 'nearly', 'over'] as const;
const STATUSES = ['confirmed', 'in-talks', 'supporting', 'declined'] as const;

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops the keys whose value is undefined: JSON has no undefined. */
function compact<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

const figureDraftArb = fc.record({
  label: textArb,
  value: countArb,
  qualifier: fc.constantFrom(...QUALIFIERS),
  approximation: fc.constantFrom(...APPROXIMATIONS),
  hasApproximation: fc.boolean(),
  extraTotal: optional(fc.oneof(fc.integer({ min: 0, max: 100 }), countArb)),
  unit: optional(textArb),
  side: fc.nat(),
  hasSide: fc.boolean(),
  sources: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  asOf: optional(anyDateArb),
  note: optional(textArb),
});

const eventDraftArb = fc.record({
  date: anyDateArb,
  figure: fc.nat(),
  value: fc.oneof(fc.integer({ min: 0, max: 50 }), countArb),
  cumulative: fc.boolean(),
  sources: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  note: optional(textArb),
});

const contributorDraftArb = fc.record({
  name: optional(textArb),
  status: fc.constantFrom(...STATUSES),
  figure: optional(
    fc.record({ value: countArb, qualifier: fc.constantFrom(...QUALIFIERS), approximation: optional(fc.constantFrom(...APPROXIMATIONS)), unit: optional(textArb) }),
  ),
  note: optional(textArb),
  sources: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
});

/** Options for {@link validDatasetArb}. */
export interface DatasetShape {
  maxFigures?: number;
  maxEvents?: number;
}

/** Datasets that pass validation: every reference resolves, every total and running total adds up. */
export function validDatasetArb(shape: DatasetShape = {}): fc.Arbitrary<Record<string, unknown>> {
  const { maxFigures = 8, maxEvents = 12 } = shape;
  return fc
    .record({
      lang: optional(fc.constantFrom(...LANG_TAGS)),
      title: textArb,
      subtitle: optional(textArb),
      description: optional(textArb),
      notes: optional(fc.array(textArb, { maxLength: 3 })),
      credit: optional(textArb),
      asOf: anyDateArb,
      sources: fc.uniqueArray(
        fc.record({
          id: idArb,
          name: textArb,
          url: optional(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant('http://x'))),
          date: optional(anyDateArb),
          note: optional(textArb),
        }),
        { minLength: 1, maxLength: 4, selector: (s) => s.id },
      ),
      sides: optional(fc.uniqueArray(fc.record({ id: idArb, label: textArb }), { maxLength: 3, selector: (s) => s.id })),
      figureIds: fc.uniqueArray(idArb, { maxLength: maxFigures }),
      figures: fc.array(figureDraftArb, { maxLength: maxFigures }),
      events: fc.array(eventDraftArb, { maxLength: maxEvents }),
      contributors: optional(
        fc.record({
          complete: fc.boolean(),
          note: optional(textArb),
          countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 8 }),
          drafts: fc.array(contributorDraftArb, { minLength: 8, maxLength: 8 }),
        }),
      ),
      focus: optional(
        fc.array(
          fc.record({
            name: textArb,
            longitude: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-180, 180, 0)),
            latitude: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(-90, 90, 0)),
          }),
          { maxLength: 3 },
        ),
      ),
      extra: optional(fc.dictionary(fc.constantFrom('color', 'style', 'version', 'x-future'), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1 })),
    })
    .map((d) => {
      const sourceIds = d.sources.map((s) => s.id);
      const pickSources = (picks: number[]) => [...new Set(picks.map((p) => sourceIds[p % sourceIds.length]))];
      const sideIds = (d.sides ?? []).map((s) => s.id);
      const figures = d.figureIds.map((id, i) => {
        const f = d.figures[i % Math.max(1, d.figures.length)] ?? figureDraftArbFallback;
        const total = f.extraTotal === undefined ? undefined : f.value + f.extraTotal;
        return compact({
          id,
          label: f.label,
          value: f.value,
          qualifier: f.qualifier,
          approximation: f.qualifier === 'approximate' && f.hasApproximation ? f.approximation : undefined,
          total: total !== undefined && Number.isFinite(total) ? total : undefined,
          unit: f.unit,
          side: f.hasSide && sideIds.length ? sideIds[f.side % sideIds.length] : undefined,
          sources: pickSources(f.sources),
          asOf: f.asOf,
          note: f.note,
        });
      });
      // Events in date order keep each figure's running total within its total.
      const events = figures.length
        ? d.events.map((e) => ({ ...e, figure: figures[e.figure % figures.length] }))
        : [];
      const order = events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
      const running = new Map<string, number>();
      const out: Record<string, unknown>[] = new Array(events.length);
      for (const { e, i } of order) {
        const before = running.get(e.figure.id) ?? 0;
        const room = e.figure.total === undefined ? Number.MAX_VALUE - before : e.figure.total - before;
        let value = Math.min(e.value, Math.max(0, room));
        if (!Number.isFinite(before + value)) value = 0;
        const sum = before + value;
        running.set(e.figure.id, sum);
        out[i] = compact({ date: e.date, figure: e.figure.id, value, cumulative: e.cumulative ? sum : undefined, sources: pickSources(e.sources), note: e.note });
      }
      const contributors = d.contributors
        ? compact({
            complete: d.contributors.complete,
            note: d.contributors.note,
            countries: d.contributors.countries.map((country, i) => {
              const c = d.contributors!.drafts[i];
              const figure = c.figure
                ? compact({ ...c.figure, approximation: c.figure.qualifier === 'approximate' ? c.figure.approximation : undefined })
                : undefined;
              return compact({ country, name: c.name, status: c.status, figure, note: c.note, sources: pickSources(c.sources) });
            }),
          })
        : undefined;
      return compact({
        ...(d.extra ?? {}),
        lang: d.lang,
        title: d.title,
        subtitle: d.subtitle,
        description: d.description,
        notes: d.notes,
        credit: d.credit,
        asOf: d.asOf,
        sources: d.sources.map((s) => compact({ ...s })),
        sides: d.sides,
        figures,
        events: out.length ? out : undefined,
        contributors,
        focus: d.focus,
      });
    });
}

const figureDraftArbFallback = {
  label: 'x',
  value: 1,
  qualifier: 'exact' as const,
  approximation: 'about' as const,
  hasApproximation: false,
  extraTotal: undefined,
  unit: undefined,
  side: 0,
  hasSide: false,
  sources: [0],
  asOf: undefined,
  note: undefined,
};

/** Values that a field should never hold: wrong types, out of range, NaN and Infinity as numbers and as strings. */
export const badValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '12a',
    '2,000',
    '20',
    -1,
    -0.0001,
    -1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    [],
    {},
    [null],
    { en: '' },
    { 'not a tag!': 'x' },
    '2025-13-45',
    '16/10/2025',
    'javascript:alert(1)',
    'JaVaScRiPt:window.__pwned=1',
    'data:text/html,<script>alert(1)</script>',
    ' https://example.org/a',
    'https://exa mple.org',
    'ZZZ',
    'idn',
    'closed',
    ...HOSTILE_STRINGS,
  ),
  fc.integer({ min: -1e9, max: -1 }),
  fc.double({ max: -Number.MIN_VALUE }),
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = unknown;

/** Every path to a value inside a JSON-like tree, the root excluded. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([...prefix, i]), paths(item, [...prefix, i], out)));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      paths(item, [...prefix, key], out);
    }
  }
  return out;
}

export type Mutation = { at: number; kind: 'replace' | 'delete' | 'wrap' | 'stringify' | 'duplicate'; value: unknown };

export function applyMutation(root: Record<string, unknown>, m: Mutation): void {
  const all = paths(root);
  if (!all.length) return;
  const path = all[m.at % all.length];
  let parent: any = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const key = path[path.length - 1];
  switch (m.kind) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'wrap':
      parent[key] = [parent[key]];
      break;
    case 'stringify':
      parent[key] = typeof parent[key] === 'number' ? String(parent[key]) : JSON.stringify(parent[key]) ?? 'undefined';
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else parent[key] = m.value;
      break;
  }
}

/** A valid dataset with one to three things broken: a value replaced, a field deleted, a type changed. */
export const brokenDatasetArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    validDatasetArb(),
    fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'delete', 'wrap', 'stringify', 'duplicate'),
        value: badValueArb,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([dataset, mutations]) => {
    const copy = structuredClone(dataset);
    for (const m of mutations) applyMutation(copy, m);
    return copy;
  });

/** Objects with the dataset's field names but anything in them. */
const lookalikeArb = fc.record(
  {
    title: fc.anything(),
    asOf: fc.anything(),
    sources: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 })),
    figures: fc.oneof(fc.anything(), fc.array(fc.dictionary(fc.constantFrom('id', 'label', 'value', 'qualifier', 'sources', 'total', 'side'), fc.anything()), { maxLength: 4 })),
    events: fc.anything(),
    contributors: fc.anything(),
    focus: fc.anything(),
  },
  { requiredKeys: [] },
);

/** Anything at all that is not "no data" (null and undefined mean "unset"). */
const garbageArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withDate: true, withNullPrototype: true, withBigInt: true }),
  fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, 'NaN', 'Infinity', '', [], {}, 0, false),
  // What only a script can pass as `data`: values JSON cannot even write.
  fc.constantFrom<unknown>(10n, Symbol('dataset'), () => ({}), new Date(Number.NaN), /x/),
  fc.constantFrom<unknown>({ title: 10n }, { title: Symbol('title') }, { figures: [{ value: 1n }] }, { title: () => 'x', asOf: new Date() }),
).filter((value) => value !== null && value !== undefined);

/** Many figures (hundreds to thousands), valid or with one bad near the end. */
export const manyFiguresArb = fc
  .tuple(fc.integer({ min: 200, max: 2000 }), fc.boolean(), scriptText)
  .map(([n, broken, label]) => manyFigures(n, broken, label));

/** A dataset of `n` figures, each sourced; `broken` makes the last but one's value "NaN". */
export function manyFigures(n: number, broken = false, label = 'Figure'): Record<string, unknown> {
  const figures = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    label: `${label} ${i}`,
    value: (i * 7919) % 5000,
    qualifier: QUALIFIERS[i % 4],
    sources: ['a'],
    ...(i % 3 === 0 ? { total: 5000 } : {}),
  }));
  if (broken) (figures[n - 2] as Record<string, unknown>).value = 'NaN';
  return {
    title: `${n} figures`,
    asOf: '2025-10-16',
    sources: [{ id: 'a', name: 'A' }],
    figures,
    events: figures.slice(0, 50).map((f, i) => ({ date: `2025-10-${String(1 + (i % 28)).padStart(2, '0')}`, figure: f.id, value: 0, sources: ['a'] })),
  };
}

/** Every kind of input a `data` property may get, from valid to garbage. */
export const datasetInputArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 40, arbitrary: validDatasetArb() },
  { weight: 35, arbitrary: brokenDatasetArb },
  { weight: 10, arbitrary: lookalikeArb },
  { weight: 10, arbitrary: garbageArb },
  { weight: 1, arbitrary: manyFiguresArb },
);
