import { nextTask } from '../data/validate.js';

/**
 * How long a task may run steps before it hands the page back, in ms: a fifth of what makes a
 * long task (50 ms), so that a step that runs long, or a machine twice as busy, stays short of it.
 */
export const SLICE_MS = 10;

/**
 * Runs `steps` (each `yield` of a generator is a place to pause) in tasks of about SLICE_MS:
 * when the next step, expected to take as long as the last, would take the current task past
 * that, it waits for a task of its own. A few ms of work then costs no extra task, and many
 * costs no long one, however fast the machine. Returns false, and runs no more steps, once
 * `wanted()` is false after a pause (the element was given other data, or left the page).
 */
export async function runInSlices(steps: Iterable<void>, wanted: () => boolean): Promise<boolean> {
  let start = performance.now();
  let before = start;
  for (const _ of steps) {
    const now = performance.now();
    const last = now - before;
    before = now;
    if (now + last - start < SLICE_MS) continue;
    await nextTask();
    if (!wanted()) return false;
    before = start = performance.now();
  }
  return true;
}

/** Runs `steps` to their end at once, and returns what they return. */
export function finish<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
