import { isInYearRange } from './dates.js';
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

/** Events checked between two pauses (see eventsOfCommonShape): a few ms of work. */
const STEP = 5_000;

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
  source: unknown;
}

/** What no field of an event can be: nothing has been seen (not even `undefined`, a bad source). */
const NOTHING = Symbol('nothing');

/** An event of the common shape as the schema outputs it (its fields in the schema's order, its list copied), else undefined. */
function commonEvent(event: unknown, seen: Seen): Record<string, unknown> | undefined {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return undefined;
  const e = event as Record<string, unknown>;
  // Inherited fields too: the schema reads fields with `in`, and copies every enumerable one.
  for (const key in e) if (!KNOWN.has(key)) return undefined;
  const { date, figure, value } = e;
  if (typeof date !== 'string' || typeof figure !== 'string' || !isCount(value)) return undefined;
  if (date !== seen.date) {
    if (!isInYearRange(date)) return undefined;
    seen.date = date;
  }
  if (figure !== seen.figure) {
    if (!isId(figure)) return undefined;
    seen.figure = figure;
  }
  const sources = e.sources;
  if (!Array.isArray(sources) || sources.length > LIMITS.sourcesPerItem) return undefined;
  // Made at their size, and each event in one piece: 100,000 lists grown by push, and objects
  // grown field by field, cost the garbage collector several times the checks themselves.
  const ids = new Array<string>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const id: unknown = sources[i];
    if (id !== seen.source) {
      if (!isId(id)) return undefined;
      seen.source = id;
    }
    ids[i] = id as string;
  }
  // An optional field present as undefined is kept as undefined, as the schema keeps it.
  const hasCumulative = 'cumulative' in e;
  const cumulative = hasCumulative ? e.cumulative : undefined;
  if (cumulative !== undefined && !isCount(cumulative)) return undefined;
  const hasNote = 'note' in e;
  const note = hasNote ? e.note : undefined;
  if (note !== undefined && !isPlainText(note)) return undefined;
  // The schema's order of fields (the note is last).
  const out: Record<string, unknown> = hasCumulative ? { date, figure, value, cumulative, sources: ids } : { date, figure, value, sources: ids };
  if (hasNote) out.note = note;
  return out;
}

/**
 * `events` as validated, when every one of them has the common shape; undefined at the first
 * that does not (the schema then checks them all). A generator: it pauses (yields) between
 * steps of a few thousand events, so that a caller can spread 100,000 over several tasks.
 *
 * @example
 * const steps = eventsOfCommonShape(dataset.events);
 * let step = steps.next();
 * while (!step.done) step = steps.next();
 * const events = step.value; // undefined: check them with the schema
 */
export function* eventsOfCommonShape(events: readonly unknown[]): Generator<void, Record<string, unknown>[] | undefined> {
  const out = new Array<Record<string, unknown>>(events.length);
  // Nothing seen yet: no text is good before it is checked.
  const seen: Seen = { date: NOTHING, figure: NOTHING, source: NOTHING };
  for (let start = 0; start < events.length; start += STEP) {
    if (start) yield;
    try {
      for (let i = start; i < Math.min(events.length, start + STEP); i++) {
        const event = commonEvent(events[i], seen);
        if (!event) return undefined;
        out[i] = event;
      }
    } catch {
      // A field that throws when read: the schema reads it again and says so.
      return undefined;
    }
  }
  return out;
}
