import { refreshTimers } from '../../src/internal/data-controller.js';

/**
 * Runs the timers of refresh and announcements `factor` times faster, and records the delay
 * each was asked for (in the element's own milliseconds). Call the returned stop() after.
 */
export function fastRefresh(factor = 100): { delays: number[]; stop: () => void } {
  const { set } = refreshTimers;
  const delays: number[] = [];
  refreshTimers.set = (callback, ms) => {
    delays.push(ms);
    return set(callback, ms / factor);
  };
  return { delays, stop: () => void (refreshTimers.set = set) };
}
