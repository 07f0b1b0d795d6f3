import { dateTime, isInYearRange } from './dates.js';
import { LIMITS } from './limits.js';

// Most datasets' events have one shape: a date, a figure's id, a count, perhaps a running
// total, a few source ids, perhaps a note in one language. Checked here directly, they cost a
// fraction of what the schema's general walk costs, which matters for 100,000 of them. Only
// events that pass are taken this way: anything else (a missing field, an unknown one, a text
// in several languages, a getter that throws) goes through the schema (validate.ts), which
// describes every problem with its path. What passes here passes there, and comes out the same:
// test/data/common-shape.test.ts holds the two side by side.

/** schema.ts IdSchema: letters, digits, "-" or "_", at most 100 characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_ID = 100;
/** The fields of schema.ts EventSchema, in its order (the order of the schema's output). */
const FIELDS = ['date', 'figure', 'value', 'cumulative', 'sources', 'note'] as const;
const KNOWN = new Set<string>(FIELDS);

/** Events checked between two pauses (see eventsOfCommonShape): a ms or two of work, a few in a fresh page. */
const STEP = 1_000;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID && ID.test(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isPlainText = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.textLength;

/**
 * The texts last found good, checked again only when they change: events in date order share
 * their dates, figure and sources with their neighbours, and 100,000 of them are checked at once.
 */
interface Seen {
  date: unknown;
  figure: unknown;
  /** The last event's list of sources as copied (frozen): the next one with the same ids shares it. */
  ids: readonly string[] | undefined;
}

/** What no field of an event can be: nothing has been seen (not even `undefined`, a bad source). */
const NOTHING = Symbol('nothing');

/**
 * What the check of a list of events learnt on its way, beside the copies it made: crossCheck
 * (validate.ts) and the timeline (model.ts) read it rather than walk 100,000 objects again.
 */
export interface EventFacts {
  /** Whether the events are listed in date order. */
  ordered: boolean;
  /** Each event's day, in ms since the epoch (UTC), by position. */
  times: Float64Array;
  /**
   * Each event's running total in its figure's series as the timeline counts it (the reported
   * one, else the one before plus its value), by position: the timeline's, when `ordered`.
   */
  running: Float64Array;
  /**
   * By figure id, in order of first mention: the sum of its events' values, as crossCheck adds
   * them in list order, and its last running total as the timeline counts it.
   */
  sums: Map<string, Sums>;
  /** Every source id the events name. */
  sources: Set<string>;
  /** Whether an event names no source, or reports a running total that is not the sum so far. */
  irregular: boolean;
}

const factsOf = new WeakMap<readonly unknown[], EventFacts>();

/** What eventsOfCommonShape learnt of the events it returned (the very list), if it made them. */
export const eventFacts = (events: readonly unknown[] | undefined): EventFacts | undefined => (events ? factsOf.get(events) : undefined);

/** Equal but for floating-point rounding: 1.1 + 2.2 is 3.3 here. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A figure's sums so far: crossCheck's (values added) and the timeline's (a reported total replaces it). */
export interface Sums {
  sum: number;
  running: number;
}

/** The state of one pass over a list of events. */
interface Pass {
  seen: Seen;
  facts: EventFacts;
  /** The last event's figure's sums so far. */
  sums: Sums;
  i: number;
}

/** An event of the common shape as the schema outputs it (its fields in the schema's order, its list copied), else undefined. */
function commonEvent(event: unknown, pass: Pass): Record<string, unknown> | undefined {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return undefined;
  const e = event as Record<string, unknown>;
  // Inherited fields too: the schema reads fields with `in`, and copies every enumerable one.
  for (const key in e) if (!KNOWN.has(key)) return undefined;
  const { date, figure, value } = e;
  if (typeof date !== 'string' || typeof figure !== 'string' || !isCount(value)) return undefined;
  const { seen, facts } = pass;
  if (date !== seen.date) {
    if (!isInYearRange(date)) return undefined;
    // (YYYY-MM-DD texts are in the order of their days.)
    if (seen.date !== NOTHING && date < (seen.date as string)) facts.ordered = false;
    seen.date = date;
    facts.times[pass.i] = dateTime(date);
  } else facts.times[pass.i] = facts.times[pass.i - 1];
  if (figure !== seen.figure) {
    if (!isId(figure)) return undefined;
    seen.figure = figure;
    let sums = facts.sums.get(figure);
    if (!sums) facts.sums.set(figure, (sums = { sum: 0, running: 0 }));
    pass.sums = sums;
  }
  const sources = e.sources;
  if (!Array.isArray(sources) || sources.length > LIMITS.sourcesPerItem) return undefined;
  // Shared with the event before when it names the same sources (frozen: nothing changes one
  // event's list through another's). 100,000 lists, or objects grown field by field, cost the
  // garbage collector several times the checks themselves.
  let ids = seen.ids;
  let same = ids !== undefined && ids.length === sources.length;
  for (let k = 0; same && k < sources.length; k++) same = sources[k] === ids![k];
  if (!same) {
    const copy = new Array<string>(sources.length);
    for (let k = 0; k < sources.length; k++) {
      const id: unknown = sources[k];
      if (!isId(id)) return undefined;
      copy[k] = id;
      facts.sources.add(id);
    }
    seen.ids = ids = Object.freeze(copy);
    if (!copy.length) facts.irregular = true;
  }
  // An optional field present as undefined is kept as undefined, as the schema keeps it.
  const hasCumulative = 'cumulative' in e;
  const cumulative = hasCumulative ? e.cumulative : undefined;
  if (cumulative !== undefined && !isCount(cumulative)) return undefined;
  const hasNote = 'note' in e;
  const note = hasNote ? e.note : undefined;
  if (note !== undefined && !isPlainText(note)) return undefined;
  const sums = pass.sums;
  sums.sum += value;
  sums.running = cumulative === undefined ? sums.running + value : (cumulative as number);
  if (cumulative !== undefined && !nearlyEqual(cumulative as number, sums.sum)) facts.irregular = true;
  facts.running[pass.i] = sums.running;
  // One literal per shape, in the schema's order of fields (the note is last).
  const list = ids as string[];
  if (hasNote) return hasCumulative ? { date, figure, value, cumulative, sources: list, note } : { date, figure, value, sources: list, note };
  return hasCumulative ? { date, figure, value, cumulative, sources: list } : { date, figure, value, sources: list };
}

/**
 * `events` as validated, when every one of them has the common shape; undefined at the first
 * that does not (the schema then checks them all). A generator: it pauses (yields) between
 * steps of a thousand events, so that a caller can spread 100,000 over several tasks.
 *
 * @example
 * const steps = eventsOfCommonShape(dataset.events);
 * let step = steps.next();
 * while (!step.done) step = steps.next();
 * const events = step.value; // undefined: check them with the schema
 */
export function* eventsOfCommonShape(events: readonly unknown[]): Generator<void, Record<string, unknown>[] | undefined> {
  const n = events.length;
  const out = new Array<Record<string, unknown>>(n);
  // Nothing seen yet: no text is good before it is checked.
  const facts: EventFacts = { ordered: true, times: new Float64Array(n), running: new Float64Array(n), sums: new Map(), sources: new Set(), irregular: false };
  const pass: Pass = { seen: { date: NOTHING, figure: NOTHING, ids: undefined }, facts, sums: { sum: 0, running: 0 }, i: 0 };
  for (let start = 0; start < n; start += STEP) {
    if (start) yield;
    try {
      for (let i = start; i < Math.min(n, start + STEP); i++) {
        pass.i = i;
        const event = commonEvent(events[i], pass);
        if (!event) return undefined;
        out[i] = event;
      }
    } catch {
      // A field that throws when read: the schema reads it again and says so.
      return undefined;
    }
  }
  factsOf.set(out, facts);
  return out;
}
