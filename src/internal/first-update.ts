// lit runs an element's first update in a microtask after it connects. When the bundle loads,
// customElements.define upgrades every element already on the page in that one task, and the
// microtasks after it render them all: a live blog's fifty embeds (or one map drawn from inline
// data) made one long task of the library's loading. Here each element's first update waits for
// a task of its own, queued in the order the elements connected: defining them stays short, and
// the page may handle input (or paint) between two first renders.
//
// Nothing moves meanwhile: the element has reserved its height when it connected (height-hint,
// --exchange-chart-min-height), and an HTML fallback stands until the drawing replaces it. A
// MessageChannel task comes before the next frame unless one is due, is not throttled like a
// timeout, and runs in a hidden tab too.

const queue: (() => void)[] = [];
let channel: MessageChannel | undefined;

function runNext(): void {
  queue.shift()?.();
}

function post(): void {
  if (typeof MessageChannel === 'undefined') return void setTimeout(runNext, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runNext;
  }
  channel.port2.postMessage(null);
}

/**
 * Runs `update` (an element's first update) in a task of its own, after the first updates queued
 * before it. The promise settles when it has run: rejected with what it threw, as lit's own
 * update would be (the element's updateComplete then rejects too).
 */
export function inTaskOfItsOwn(update: () => unknown): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        update();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    post();
  });
}
