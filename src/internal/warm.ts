import { formatDate, formatNumber } from '../data/format.js';
import { isPlainEnglish } from '../data/english.js';
import { listParts } from '../data/list.js';
import { measureText } from './measure.js';

// The first Intl formatter in a fresh page starts ICU (15 to 75 ms on a slow phone or a busy
// 2-core machine), the first region name loads its data (~30 ms), the first canvas measure
// loads the font (5 to 20 ms). In the task that draws, they would make it a long task; done
// here while the data is on its way, each in a task of its own, the drawing finds them ready.

/** One piece of warming up, for a locale and an element's font family. */
export type WarmUp = (locale: string, family: string) => void;

// ICU's start, in two pieces of 5 to 25 ms rather than one of 15 to 75 inside the first
// NumberFormat: the locale's likely subtags, then the numbering systems every format looks up.
const ICU_START: readonly WarmUp[] = [(locale) => new Intl.Locale(locale).maximize(), () => Intl.supportedValuesOf('numberingSystem')];

/**
 * A warm-up that measures a digit in a font: the first measure in each size and weight of a
 * family loads it (1 to 12 ms on a busy machine), which the first label in it would otherwise
 * pay while drawing.
 */
export const fontWarmUp =
  (font: (family: string) => string): WarmUp =>
  (_locale, family) =>
    void measureText('0', font(family));

// Numbers, dates, lists and the canvas that measures text (in the plain labels' font).
const DRAWING: readonly WarmUp[] = [
  (locale) => formatNumber(0, locale),
  (locale) => formatDate('2000-01-01', locale),
  (locale) => listParts(2, locale),
  fontWarmUp((family) => `400 13px ${family}`),
];
// The steps of ICU's start left out in plain English.
const NOT_IN_ENGLISH = new Set<WarmUp>(ICU_START);

/**
 * What every element uses to draw. Not ICU's start in plain English, which both elements write
 * without Intl (english.ts, the region names in countries.ts): bars, units, progress and the
 * map never start it, and a timeline's axis (Intl.DateTimeFormat) starts it in a layout step
 * of its own.
 */
export const WARM_UPS: readonly WarmUp[] = [...ICU_START, ...DRAWING];

// Per list of steps: the `${step}|${locale}` already started.
const started = new WeakMap<readonly WarmUp[], Set<string>>();

/** A task of its own for `work`: scheduler.postTask where the browser has it, else a timeout. */
export function inTask(work: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (work: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(work, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(work, 0);
}

/**
 * Runs each of `steps` once per locale (and family) in a page, each in a task of its own, soon:
 * called when an element connects, so that they run while its data loads.
 */
export function warmUp(element: Element, locale: string, steps: readonly WarmUp[]): void {
  let done = started.get(steps);
  if (!done) started.set(steps, (done = new Set()));
  for (const [i, step] of steps.entries()) {
    const key = `${i}|${locale}`;
    if (done.has(key) || (NOT_IN_ENGLISH.has(step) && isPlainEnglish(locale))) continue;
    done.add(key);
    inTask(() => {
      try {
        // Read in the task, not at connection: the page's styles may still be coming then.
        step(locale, step.length > 1 ? getComputedStyle(element).fontFamily || 'sans-serif' : '');
      } catch {
        // Warming up is only ever a head start: the drawing does the same work when it needs it.
      }
    });
  }
}
