import { isCalendarDate, isInYearRange, MAX_YEAR, MIN_YEAR } from './dates.js';
import { LIMITS } from './limits.js';
import { APPROXIMATIONS, CONTRIBUTOR_STATUSES, ELEMENTS, QUALIFIERS, VIEW_KEYS } from './choices.js';

// The dataset's checks as validate.ts runs them: schema.ts written out by hand, so that the
// bundle needs no schema library. schema.ts stays the definition (types, JSON Schema, the
// package's exported schemas); this file gives, for every input, the same problems (message,
// path, order) and the same output as valibot running schema.ts, which
// test/data/validator-oracle.test.ts checks over thousands of random datasets. (One difference
// is left: a script's Proxy whose getPrototypeOf throws makes valibot throw where this names the
// problem.)
//
// A check is a function from a value to a Result, as valibot's schemas are: `typed` is false
// when the value is not of the expected type (a union then tries its next option, and list
// length limits are not checked), `issues` lists what is wrong, each at a path below the value.

/** A problem below a value: the keys that lead to it and its whole message. */
export interface Issue {
  keys: (string | number)[];
  message: string;
}

interface Result {
  typed: boolean;
  value: unknown;
  issues?: Issue[];
}

/** A check, with what validate.ts's walks need to know of its shape. */
export interface Check {
  (value: unknown): Result;
  /** An object's fields, in order. */
  entries?: Record<string, Check>;
  /** A list's item, with its limit and the message that names it. */
  item?: Check;
  max?: number;
  maxMessage?: string;
  /** A field that may be left out. */
  optional?: boolean;
}

/** Describes a bad value briefly, so that a message can say what it got. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // A script may pass what JSON cannot write: 10n (which JSON.stringify throws on), a symbol, a function.
  const json = JSON.stringify(typeof value === 'bigint' ? `${value}n` : value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}

const issue = (message: string, value: unknown, keys: (string | number)[] = []): Issue => ({ keys, message: `${message}, got ${describeValue(value)}` });

/** How valibot names a value in its own messages (for the two checks schema.ts gives none). */
function received(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `"${value as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${value as number}`;
  if (type === 'object' || type === 'function') return (value && Object.getPrototypeOf(value)?.constructor?.name) ?? 'null';
  return type;
}

/** Adds a value's issues, placed under `key`, to `into`. */
function under(key: string | number, result: Result, into: Issue[]): void {
  for (const found of result.issues ?? []) {
    found.keys.unshift(key);
    into.push(found);
  }
}

/** The own fields a map or object copies: not __proto__, prototype or constructor. */
const copied = (object: object, key: string) => Object.hasOwn(object, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

type Rule = [ok: (value: never) => boolean, message: string];

/** A value of one type (`is`, else `message`), then every rule that fails, each with its message. */
function leaf(message: string, is: (value: unknown) => boolean, ...rules: Rule[]): Check {
  return (value) => {
    if (!is(value)) return { typed: false, value, issues: [issue(message, value)] };
    const issues = rules.filter(([ok]) => !ok(value as never)).map(([, text]) => issue(text, value));
    return { typed: true, value, issues: issues.length ? issues : undefined };
  };
}

const isString = (value: unknown) => typeof value === 'string';
const isNumber = (value: unknown) => typeof value === 'number' && !Number.isNaN(value);
const shorter = (max: number) => (text: string) => text.length <= max;
const matches = (pattern: RegExp) => (text: string) => pattern.test(text);

/** A field that may be left out (or be undefined). */
function optional(check: Check): Check {
  const out: Check = (value) => (value === undefined ? { typed: true, value } : check(value));
  return Object.assign(out, check, { optional: true });
}

/** An object with these fields, in this order; fields it does not know are kept as they are. */
function object(entries: Record<string, Check>): Check {
  const out: Check = (value) => {
    if (!value || typeof value !== 'object') {
      return { typed: false, value, issues: [value === undefined ? { keys: [], message: 'is required' } : issue(`Invalid type: Expected Object but received ${received(value)}`, value)] };
    }
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    const issues: Issue[] = [];
    let typed = true;
    for (const key in entries) {
      if (key in input) {
        const result = entries[key](input[key]);
        under(key, result, issues);
        typed &&= result.typed;
        output[key] = result.value;
      } else if (!entries[key].optional) {
        issues.push({ keys: [key], message: 'is required' });
        typed = false;
      }
    }
    for (const key in input) if (copied(input, key) && !Object.hasOwn(entries, key)) output[key] = input[key];
    return { typed, value: output, issues: issues.length ? issues : undefined };
  };
  return Object.assign(out, { entries });
}

/** A list of at most `max` items, with messages that name them (`what`). */
function list(item: Check, what: string, max: number): Check {
  const maxMessage = `must have at most ${max} ${what}`;
  const out: Check = (value) => {
    if (!Array.isArray(value)) return { typed: false, value, issues: [issue(`must be a list of ${what}`, value)] };
    const output: unknown[] = [];
    const issues: Issue[] = [];
    let typed = true;
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i]);
      under(i, result, issues);
      typed &&= result.typed;
      output.push(result.value);
    }
    if (typed && value.length > max) issues.push(issue(maxMessage, output));
    return { typed, value: output, issues: issues.length ? issues : undefined };
  };
  return Object.assign(out, { item, max, maxMessage });
}

/** The first of two checks the value passes; else the only one it is typed for; else `message`. */
function either(first: Check, second: Check, message: string): Check {
  return (value) => {
    const a = first(value);
    if (a.typed && !a.issues) return a;
    const b = second(value);
    if (b.typed && !b.issues) return b;
    if (a.typed !== b.typed) return a.typed ? a : b;
    return { typed: a.typed, value, issues: [issue(message, value)] };
  };
}

const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const TEXT_MESSAGE = 'must be a non-empty text, or a map from language tag to text such as {"en": "…", "ar": "…"}';
const TEXT_TOO_LONG = `must be at most ${LIMITS.textLength} characters long`;

const plainText = leaf(TEXT_MESSAGE, isString, [(text: string) => text.length > 0, TEXT_MESSAGE], [shorter(LIMITS.textLength), TEXT_TOO_LONG]);

/** A text: a plain string, or a map from language tag to string. */
const text: Check = (value) => {
  if (!value || typeof value !== 'object') return plainText(value);
  const input = value as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  const issues: Issue[] = [];
  let typed = true;
  for (const key in input) {
    if (!copied(input, key)) continue;
    if (!LANG_TAG.test(key)) issues.push(issue(TEXT_MESSAGE, key, [key]));
    const result = plainText(input[key]);
    typed &&= result.typed;
    under(key, result, issues);
    output[key] = result.value;
  }
  // A value of another type: neither a string nor a map, which is said of the text as a whole.
  if (!typed) return { typed, value, issues: [issue(TEXT_MESSAGE, value)] };
  if (!Object.keys(output).length) issues.push(issue(TEXT_MESSAGE, output));
  return { typed: true, value: output, issues: issues.length ? issues : undefined };
};

const DATE_MESSAGE = 'must be a date written YYYY-MM-DD';
/** valibot's ISO_DATE_REGEX, which schema.ts's isoDate() tests. */
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
const isoDate = leaf(
  DATE_MESSAGE,
  isString,
  [matches(ISO_DATE), DATE_MESSAGE],
  [(text: string) => !ISO_DATE.test(text) || isCalendarDate(text), 'must be a date that exists in the calendar, written YYYY-MM-DD'],
  [(text: string) => !isCalendarDate(text) || isInYearRange(text), `must be a date between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`],
);

const ID_MESSAGE = 'must be an id (letters, digits, "-" or "_")';
const id = leaf(ID_MESSAGE, isString, [matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/), ID_MESSAGE], [shorter(100), 'must be an id of at most 100 characters']);
const ids = list(id, 'source ids', LIMITS.sourcesPerItem);
const figureIds = list(id, 'figure ids', LIMITS.figures);

const COUNT_MESSAGE = 'must be a number ≥ 0';
const count = leaf(COUNT_MESSAGE, isNumber, [Number.isFinite, COUNT_MESSAGE], [(n: number) => n >= 0, COUNT_MESSAGE]);

const oneOf = (options: readonly string[]) => {
  const message = `must be one of ${options.join(', ')}`;
  return leaf(message, (value) => options.includes(value as string));
};
const qualifier = oneOf(QUALIFIERS);
const approximation = optional(oneOf(APPROXIMATIONS));
const status = oneOf(CONTRIBUTOR_STATUSES);
const between = (what: string, limit: number) => {
  const message = `must be a ${what} between -${limit} and ${limit}`;
  return leaf(message, isNumber, [(n: number) => n >= -limit, message], [(n: number) => n <= limit, message]);
};
const bool = leaf('must be true or false', (value) => typeof value === 'boolean');
const URL_MESSAGE = 'must be a web address starting with https:// or http://';
const COUNTRY_MESSAGE = 'must be an ISO 3166 alpha-3 country code such as "IDN"';
const LANG_MESSAGE = 'must be a language tag such as "en" or "ar"';

const optionalText = optional(text);
const figure = object({ value: count, qualifier, approximation, unit: optionalText });

const revisions = (fields: Record<string, Check>) => optional(list(object({ date: isoDate, ...fields, note: optionalText }), 'revisions', LIMITS.revisions));

const scopedText = either(
  object({ text, figures: optional(figureIds), element: optional(oneOf(ELEMENTS)) }),
  text,
  'must be a text, or {"text": …, "figures": [ids], "element": "exchange-chart" or "contributor-map"}',
);
const notes = optional(list(scopedText, 'notes', LIMITS.notes));
const viewTexts = optional(object({ title: optionalText, subtitle: optional(scopedText), notes }));

/** An event of `events`: exported for validation a chunk at a time. */
export const EVENT = object({ date: isoDate, figure: id, value: count, cumulative: optional(count), sources: ids, note: optionalText });

/** The dataset: schema.ts DatasetSchema. */
export const DATASET = object({
  // schema.ts gives this one no message of its own: valibot's.
  $schema: optional((value) => (isString(value) ? { typed: true, value } : { typed: false, value, issues: [issue(`Invalid type: Expected string but received ${received(value)}`, value)] })),
  lang: optional(leaf(LANG_MESSAGE, isString, [matches(LANG_TAG), LANG_MESSAGE])),
  title: text,
  subtitle: optional(scopedText),
  description: optionalText,
  notes,
  views: optional(object(Object.fromEntries(VIEW_KEYS.map((key) => [key, viewTexts])))),
  credit: optionalText,
  asOf: isoDate,
  sources: list(
    object({
      id,
      name: text,
      url: optional(leaf(URL_MESSAGE, isString, [shorter(LIMITS.textLength), TEXT_TOO_LONG], [matches(/^https?:\/\/[^\s]+$/i), URL_MESSAGE])),
      date: optional(isoDate),
      note: optionalText,
    }),
    'sources',
    LIMITS.sources,
  ),
  sides: optional(list(object({ id, label: text }), 'sides', LIMITS.sides)),
  figures: list(
    object({
      id,
      label: text,
      value: count,
      qualifier,
      approximation,
      total: optional(count),
      unit: optionalText,
      side: optional(id),
      sources: ids,
      asOf: optional(isoDate),
      note: optionalText,
      revisions: revisions({ value: count, qualifier, approximation, total: optional(count), sources: ids }),
    }),
    'figures',
    LIMITS.figures,
  ),
  events: optional(list(EVENT, 'events', LIMITS.events)),
  contributors: optional(
    object({
      complete: bool,
      note: optionalText,
      countries: list(
        object({
          country: leaf(COUNTRY_MESSAGE, isString, [matches(/^[A-Z]{3}$/), COUNTRY_MESSAGE]),
          name: optionalText,
          status,
          figure: optional(figure),
          note: optionalText,
          sources: ids,
          revisions: revisions({ status, figure: optional(figure), sources: ids }),
        }),
        'contributors',
        LIMITS.countries,
      ),
    }),
  ),
  focus: optional(list(object({ name: text, longitude: between('longitude', 180), latitude: between('latitude', 90) }), 'focus points', LIMITS.notes)),
  annotations: optional(list(object({ text, date: optional(isoDate), figures: optional(figureIds), sources: optional(ids) }), 'annotations', LIMITS.annotations)),
  showUpdates: optional(bool),
});
