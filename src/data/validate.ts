import * as v from 'valibot';
import { countryByAlpha3 } from './countries.js';
import { DatasetSchema, type Dataset } from './schema.js';

/** One thing wrong (or worth a look) in a dataset, at a JSON path such as `figures[2].value`. */
export interface Problem {
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The dataset, when it has no errors (warnings allowed). */
  dataset?: Dataset;
  /** Everything that stops the dataset from being drawn, all at once. */
  errors: Problem[];
  /** Things that do not stop drawing, such as fields this version does not know. */
  warnings: Problem[];
}

/** Writes a path the way a person reads JSON: `figures[2].value`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || 'dataset';
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

/**
 * Checks a dataset and returns every problem at once, each with its JSON path and a
 * plain-language message, e.g. `figures[2].value: must be a number ≥ 0, got "12a"`.
 * Unknown fields are accepted, so newer datasets still load, and reported as warnings.
 *
 * @example
 * const { dataset, errors } = validateDataset(JSON.parse(text));
 * if (!dataset) console.error(errors.map((p) => `${p.path}: ${p.message}`).join('\n'));
 */
export function validateDataset(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      errors: [{ path: 'dataset', message: `must be a JSON object, got ${describeValue(input)}` }],
      warnings: [],
    };
  }
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
  const warnings = unknownFields(DatasetSchema, input, []);
  if (!result.success) return { errors: dedupe(result.issues.map(issueToProblem)), warnings };
  const errors = crossCheck(result.output);
  return errors.length ? { errors, warnings } : { dataset: result.output, errors, warnings };
}

function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = formatPath(keys);
  // valibot reports a missing key as an issue of the object that should hold it.
  if (issue.input === undefined && /^(loose_)?object$/.test(issue.type)) {
    return { path, message: 'is required' };
  }
  return { path, message: `${issue.message}, got ${describeValue(issue.input)}` };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Rules that span fields: ids are unique, every reference resolves, every number is sourced,
// totals and running totals add up.
function crossCheck(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = uniqueIds(data.sources, 'sources', problems);
  const sideIds = data.sides ? uniqueIds(data.sides, 'sides', problems) : undefined;
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  uniqueIds(data.figures, 'figures', problems);

  const checkSources = (ids: string[], path: string) => {
    if (ids.length === 0) problems.push({ path, message: 'must name at least one source: no figure is shown unsourced' });
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push({ path: `${path}[${i}]`, message: `names the source "${id}", which is not in sources` });
    });
  };

  data.figures.forEach((figure, i) => {
    const at = `figures[${i}]`;
    checkSources(figure.sources, `${at}.sources`);
    if (figure.total !== undefined && figure.total < figure.value) {
      problems.push({ path: `${at}.total`, message: `must be at least the value (${figure.value}), got ${figure.total}` });
    }
    if (figure.side !== undefined) {
      if (!sideIds) problems.push({ path: `${at}.side`, message: `names the side "${figure.side}", but the dataset lists no sides` });
      else if (!sideIds.has(figure.side)) problems.push({ path: `${at}.side`, message: `names the side "${figure.side}", which is not in sides` });
    }
    if (figure.approximation !== undefined && figure.qualifier !== 'approximate') {
      problems.push({ path: `${at}.approximation`, message: `only applies to a figure whose qualifier is "approximate", not "${figure.qualifier}"` });
    }
  });

  const running = new Map<string, number>();
  const order = (data.events ?? []).map((event, i) => ({ event, i }));
  order.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.i - b.i));
  for (const { event, i } of order) {
    const at = `events[${i}]`;
    checkSources(event.sources, `${at}.sources`);
    const figure = figures.get(event.figure);
    if (!figure) {
      problems.push({ path: `${at}.figure`, message: `names the figure "${event.figure}", which is not in figures` });
      continue;
    }
    const sum = (running.get(event.figure) ?? 0) + event.value;
    running.set(event.figure, sum);
    if (event.cumulative !== undefined && event.cumulative !== sum) {
      problems.push({ path: `${at}.cumulative`, message: `must equal the running total of the events so far (${sum}), got ${event.cumulative}` });
    }
    if (figure.total !== undefined && sum > figure.total) {
      problems.push({ path: `${at}.value`, message: `brings the running total to ${sum}, above the figure's total of ${figure.total}` });
    }
  }

  if (data.contributors) {
    const seen = new Set<string>();
    data.contributors.countries.forEach((c, i) => {
      const at = `contributors.countries[${i}]`;
      if (!countryByAlpha3(c.country)) problems.push({ path: `${at}.country`, message: `"${c.country}" is not an ISO 3166 alpha-3 country code` });
      if (seen.has(c.country)) problems.push({ path: `${at}.country`, message: `lists "${c.country}" a second time` });
      seen.add(c.country);
      checkSources(c.sources, `${at}.sources`);
      if (c.figure?.approximation !== undefined && c.figure.qualifier !== 'approximate') {
        problems.push({ path: `${at}.figure.approximation`, message: `only applies to a figure whose qualifier is "approximate", not "${c.figure.qualifier}"` });
      }
    });
  }
  return problems;
}

function uniqueIds(items: { id: string }[], path: string, problems: Problem[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) problems.push({ path: `${path}[${i}].id`, message: `"${item.id}" is used twice: ids must be unique` });
    ids.add(item.id);
  });
  return ids;
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
};

// Walks the input beside the schema and names every field the schema does not declare.
// Text maps (unions) are leaves: their keys are language tags, not fields.
function unknownFields(schema: AnySchema, input: unknown, keys: (string | number)[]): Problem[] {
  if (schema.type === 'optional') return unknownFields(schema.wrapped!, input, keys);
  if (schema.type === 'array' && Array.isArray(input)) {
    return input.flatMap((item, i) => unknownFields(schema.item!, item, [...keys, i]));
  }
  if (schema.type !== 'loose_object' || input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  const entries = schema.entries!;
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key in entries) out.push(...unknownFields(entries[key], value, [...keys, key]));
    else out.push({ path: formatPath([...keys, key]), message: 'is not a field this version knows; it is ignored' });
  }
  return out;
}
