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

/** An event of the common shape as the schema outputs it (its fields in the schema's order, its list copied), else undefined. */
function commonEvent(event: unknown): Record<string, unknown> | undefined {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return undefined;
  const e = event as Record<string, unknown>;
  // Inherited fields too: the schema reads fields with `in`, and copies every enumerable one.
  for (const key in e) if (!KNOWN.has(key)) return undefined;
  const date = e.date;
  if (typeof date !== 'string' || !isInYearRange(date) || !isId(e.figure) || !isCount(e.value)) return undefined;
  const sources = e.sources;
  if (!Array.isArray(sources) || sources.length > LIMITS.sourcesPerItem) return undefined;
  const ids: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    const id: unknown = sources[i];
    if (!isId(id)) return undefined;
    ids.push(id);
  }
  const out: Record<string, unknown> = { date, figure: e.figure, value: e.value };
  if ('cumulative' in e) {
    // An optional field present as undefined is kept as undefined, as the schema keeps it.
    if (e.cumulative !== undefined && !isCount(e.cumulative)) return undefined;
    out.cumulative = e.cumulative;
  }
  out.sources = ids;
  if ('note' in e) {
    if (e.note !== undefined && !isPlainText(e.note)) return undefined;
    out.note = e.note;
  }
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
  const out: Record<string, unknown>[] = [];
  for (let start = 0; start < events.length; start += STEP) {
    if (start) yield;
    try {
      for (let i = start; i < Math.min(events.length, start + STEP); i++) {
        const event = commonEvent(events[i]);
        if (!event) return undefined;
        out.push(event);
      }
    } catch {
      // A field that throws when read: the schema reads it again and says so.
      return undefined;
    }
  }
  return out;
}
