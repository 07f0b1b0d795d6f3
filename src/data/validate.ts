import { DATASET, describeValue, EVENT, type Check, type Issue } from './check.js';
import { countryByAlpha3 } from './countries.js';
import { compareDates } from './dates.js';
import { LIMITS } from './limits.js';
import { eventFacts, eventsOfCommonShape, nearlyEqual } from './common-shape.js';
import type { Dataset } from './schema.js';

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
  const steps = validation(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Events validated in one task (about 20 ms of work on a phone). */
const CHUNK = 2_500;

/** Lets the browser paint and handle input before the next piece of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a task may run steps of the checks, in ms (as slices.ts SLICE_MS runs a host's): a fifth of a long task. */
const TASK_MS = 10;

/**
 * validateDataset, split into tasks for a dataset with many events, so that the page stays
 * responsive: the same result, and no task much longer than TASK_MS (steps of about a ms run
 * on in a task until then). A small dataset is checked at once, and its result returned as is
 * (not as a promise).
 */
export function validateDatasetInTasks(input: unknown): ValidationResult | Promise<ValidationResult> {
  const steps = validation(input);
  const step = steps.next();
  if (step.done) return step.value;
  return (async () => {
    for (;;) {
      await nextTask();
      const end = performance.now() + TASK_MS;
      do {
        const next = steps.next();
        if (next.done) return next.value;
      } while (performance.now() < end);
    }
  })();
}

/**
 * The checks, as steps: it yields where the work may be split into tasks (between chunks of
 * events, which come after everything else), and returns the result.
 */
function* validation(input: unknown): Generator<void, ValidationResult> {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { errors: [{ path: 'dataset', message: `must be a JSON object, got ${describeValue(input)}` }], warnings: [] };
    }
    const events = (input as { events?: unknown }).events;
    // Events of the common shape are checked directly, a step a task (common-shape.ts), and
    // need no second look; any other event, and they all go through the schema below.
    const common = Array.isArray(events) && events.length <= LIMITS.events ? yield* eventsOfCommonShape(events) : undefined;
    const others = common && { ...input, events: [] };
    // Sizes first, before any work per item: a list over its limit is the only problem named.
    const tooLarge: Problem[] = [];
    overLimits(DATASET, others || input, [], tooLarge);
    if (tooLarge.length) return { errors: capped(tooLarge, false), warnings: [] };
    const chunked = !common && Array.isArray(events) && events.length > CHUNK;
    // Many events: everything else at once, then the events a chunk at a time.
    const rest = others || (chunked ? { ...input, events: [] } : input);
    const result = DATASET(rest);
    const problems = (result.issues ?? []).map((issue) => issueToProblem(issue));
    const warnings: Problem[] = [];
    unknownFields(DATASET, rest, [], warnings);
    let output = result.value as Dataset;
    if (common) output = { ...output, events: common } as Dataset;
    if (chunked) {
      const parsed: unknown[] = [];
      for (let start = 0; start < events.length; start += CHUNK) {
        yield;
        const chunk = events.slice(start, start + CHUNK);
        // Every place, holes in a sparse list too (which forEach would skip: a missing event).
        for (let i = 0; i < chunk.length; i++) {
          const part = EVENT(chunk[i]);
          parsed.push(part.value);
          for (const issue of part.issues ?? []) problems.push(issueToProblem(issue, ['events', start + i]));
          unknownFields(EVENT, chunk[i], ['events', start + i], warnings);
        }
      }
      output = { ...output, events: parsed } as Dataset;
      yield;
    }
    if (problems.length) return { errors: capped(dedupe(problems)), warnings: capped(warnings, false) };
    const errors = capped(crossCheck(output));
    return errors.length ? { errors, warnings: capped(warnings, false) } : { dataset: output, errors, warnings: capped(warnings, false) };
  } catch (error) {
    // A script's object can throw when read (a getter, a Proxy): an error like any other.
    return { errors: [{ path: 'dataset', message: `could not be read (${describeError(error)})` }], warnings: [] };
  }
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an exception';
  }
}

/**
 * At most LIMITS.problems problems, then one that counts the rest (or, for a list that was
 * cut short while it was made, says there are more).
 */
function capped(problems: Problem[], counted = true): Problem[] {
  if (problems.length <= LIMITS.problems) return problems;
  const more = problems.length - LIMITS.problems;
  const rest = counted ? `${more} more ${more === 1 ? 'problem' : 'problems'}` : 'more';
  return [...problems.slice(0, LIMITS.problems), { path: 'dataset', message: `… and ${rest} not listed` }];
}

// Walks the input beside the schema and names every list longer than its limit, and every
// object with more fields than any object may have, without looking inside them: a sparse
// list of ten million costs one comparison.
function overLimits(check: Check, input: unknown, keys: (string | number)[], out: Problem[]): void {
  if (out.length > LIMITS.problems) return;
  if (input === null || typeof input !== 'object') return;
  if (Array.isArray(input)) {
    if (!check.item) return;
    if (input.length > check.max!) {
      out.push({ path: formatPath(keys), message: `${check.maxMessage}, got ${input.length}` });
      return;
    }
    for (let i = 0; i < input.length; i++) overLimits(check.item, input[i], [...keys, i], out);
    return;
  }
  const fields = Object.keys(input).length;
  if (fields > LIMITS.fields) {
    out.push({ path: formatPath(keys), message: `must have at most ${LIMITS.fields} fields, got ${fields}` });
    return;
  }
  const entries = check.entries;
  if (!entries) return;
  for (const key of Object.keys(entries)) {
    if (Object.hasOwn(input, key)) overLimits(entries[key], (input as Record<string, unknown>)[key], [...keys, key], out);
  }
}

/** An issue as a problem; `prefix` places an issue of one event of a chunk. */
function issueToProblem(issue: Issue, prefix: (string | number)[] = []): Problem {
  return { path: formatPath([...prefix, ...issue.keys]), message: issue.message };
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

  function checkApproximation(q: { qualifier: string; approximation?: string }, at: string) {
    if (q.approximation !== undefined && q.qualifier !== 'approximate') {
      problems.push({ path: `${at}.approximation`, message: `only applies to a figure whose qualifier is "approximate", not "${q.qualifier}"` });
    }
  }
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
    checkApproximation(figure, at);
    checkRevisions(figure.revisions, `${at}.revisions`, figure.asOf ?? data.asOf, (r, path) => {
      checkApproximation(r, path);
      if (r.total !== undefined && r.total < r.value) problems.push({ path: `${path}.total`, message: `must be at least the value (${r.value}), got ${r.total}` });
    });
  });

  // A revision is an earlier state: in date order, each before the current as-of date, so that
  // the figure as it stands is always the latest state.
  function checkRevisions<R extends { date: string; sources: string[] }>(list: R[] | undefined, at: string, current: string, more: (r: R, path: string) => void) {
    list?.forEach((r, i) => {
      const path = `${at}[${i}]`;
      const before = list[i - 1]?.date;
      if (before !== undefined && compareDates(before, r.date) >= 0) {
        problems.push({ path: `${path}.date`, message: `must come after the revision before it (${before}): revisions are listed oldest first, got ${r.date}` });
      }
      if (compareDates(r.date, current) >= 0) {
        problems.push({ path: `${path}.date`, message: `must be before the current as-of date (${current}): the current value is the latest state, got ${r.date}` });
      }
      checkSources(r.sources, `${path}.sources`);
      more(r, path);
    });
  }

  // Events checked on their way in (common-shape.ts) need no second walk when what it learnt
  // shows nothing wrong: in date order, each sourced and adding up, every figure and source
  // known, and each figure's sum (its largest running total, counts being ≥ 0) within its total.
  const facts = eventFacts(data.events);
  const clean =
    facts?.ordered &&
    !facts.irregular &&
    [...facts.sources].every((id) => sourceIds.has(id)) &&
    [...facts.sums].every(([id, { sum }]) => {
      const total = figures.get(id)?.total ?? sum;
      return figures.has(id) && !(sum > total && !nearlyEqual(sum, total));
    });
  if (!clean) {
    const events = data.events ?? [];
    const running = new Map<string, number>();
    // Positions in date order (no sort when already in it), and a path written only for a
    // problem: 100,000 events make neither an object nor a text each.
    const order = events.map((_, i) => i);
    for (let i = 1; i < events.length; i++) {
      if (compareDates(events[i - 1].date, events[i].date) > 0) {
        order.sort((a, b) => compareDates(events[a].date, events[b].date) || a - b);
        break;
      }
    }
    for (const i of order) {
      const event = events[i];
      let cited = event.sources.length > 0;
      for (let k = 0; cited && k < event.sources.length; k++) cited = sourceIds.has(event.sources[k]);
      if (!cited) checkSources(event.sources, `events[${i}].sources`);
      const figure = figures.get(event.figure);
      if (!figure) {
        problems.push({ path: `events[${i}].figure`, message: `names the figure "${event.figure}", which is not in figures` });
        continue;
      }
      const sum = (running.get(event.figure) ?? 0) + event.value;
      running.set(event.figure, sum);
      if (event.cumulative !== undefined && !nearlyEqual(event.cumulative, sum)) {
        problems.push({ path: `events[${i}].cumulative`, message: `must equal the running total of the events so far (${sum}), got ${event.cumulative}` });
      }
      if (figure.total !== undefined && sum > figure.total && !nearlyEqual(sum, figure.total)) {
        problems.push({ path: `events[${i}].value`, message: `brings the running total to ${sum}, above the figure's total of ${figure.total}` });
      }
    }
  }

  // Notes and subtitles name the figures they are about.
  const checkScoped = (value: unknown, path: string) => {
    const about = (value as { figures?: unknown })?.figures;
    if (Array.isArray(about)) {
      about.forEach((id: string, i) => {
        if (!figures.has(id)) problems.push({ path: `${path}.figures[${i}]`, message: `names the figure "${id}", which is not in figures` });
      });
    }
  };
  const checkTexts = (texts: { subtitle?: unknown; notes?: unknown[] } | undefined, at: string) => {
    if (!texts) return;
    checkScoped(texts.subtitle, `${at}subtitle`);
    texts.notes?.forEach((note, i) => checkScoped(note, `${at}notes[${i}]`));
  };
  checkTexts(data, '');
  for (const [key, texts] of Object.entries(data.views ?? {})) checkTexts(texts as Parameters<typeof checkTexts>[0], `views.${key}.`);

  if (data.contributors) {
    const seen = new Set<string>();
    data.contributors.countries.forEach((c, i) => {
      const at = `contributors.countries[${i}]`;
      if (!countryByAlpha3(c.country)) problems.push({ path: `${at}.country`, message: `"${c.country}" is not an ISO 3166 alpha-3 country code` });
      if (seen.has(c.country)) problems.push({ path: `${at}.country`, message: `lists "${c.country}" a second time` });
      seen.add(c.country);
      checkSources(c.sources, `${at}.sources`);
      if (c.figure) checkApproximation(c.figure, `${at}.figure`);
      checkRevisions(c.revisions, `${at}.revisions`, data.asOf, (r, path) => r.figure && checkApproximation(r.figure, `${path}.figure`));
    });
  }

  (data.annotations ?? []).forEach((a, i) => {
    const at = `annotations[${i}]`;
    if (a.date === undefined && !a.figures?.length) problems.push({ path: at, message: 'must have a date (drawn on the timeline) or figures (pinned to their marks), or both' });
    if (a.date !== undefined && compareDates(a.date, data.asOf) > 0) problems.push({ path: `${at}.date`, message: `must be on or before the dataset's asOf (${data.asOf}), got ${a.date}` });
    checkScoped(a, at);
    if (a.sources) checkSources(a.sources, `${at}.sources`);
  });
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

// Walks the input beside the schema and names every field the schema does not declare (own
// fields only: "constructor" and "__proto__" are fields like any other here). Text maps
// (unions) are leaves: their keys are language tags, not fields. Stops one past the number of
// problems listed, so that the rest can be counted without listing.
function unknownFields(check: Check, input: unknown, keys: (string | number)[], out: Problem[]): void {
  if (out.length > LIMITS.problems) return;
  if (check.item && Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) unknownFields(check.item, input[i], [...keys, i], out);
    return;
  }
  const entries = check.entries;
  if (!entries || input === null || typeof input !== 'object' || Array.isArray(input)) return;
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(entries, key)) unknownFields(entries[key], (input as Record<string, unknown>)[key], [...keys, key], out);
    else out.push({ path: formatPath([...keys, key]), message: 'is not a field this version knows; it is ignored' });
  }
}
