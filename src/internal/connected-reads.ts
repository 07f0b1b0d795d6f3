// What elements read of the layout when they connect (where they are, how wide), read together
// in one microtask once every element connected in this task has written its own styles (the
// height it reserves): one forced layout for a live blog's fifty embeds, not one per read. The
// microtask comes before lit's first update of the first of them (see ExchangeElement's
// connectedCallback), so each still draws its first frame knowing its width and whether it is near.

const pending: (() => void)[] = [];

/** Runs `read` in the microtask that reads the layout for every element connected in this task. */
export function readAfterConnect(read: () => void): void {
  if (!pending.length) queueMicrotask(flush);
  pending.push(read);
}

function flush(): void {
  for (const read of pending.splice(0)) read();
}
