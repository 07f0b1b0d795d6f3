// The bench's timeline at scale, shared by bench/lab.js and bench/page.js.

/** `n` events one day apart or more, each adding 1 to figure "f". */
export function events(n) {
  const start = Date.UTC(2000, 0, 1);
  const day = 86_400_000;
  return {
    title: 'Scale',
    asOf: '2025-10-16',
    sources: [{ id: 's', name: 'Bench' }],
    figures: [{ id: 'f', label: 'Events', value: n, total: n, qualifier: 'exact', sources: ['s'] }],
    events: Array.from({ length: n }, (_, i) => ({
      date: new Date(start + Math.floor((i * 9000 * day) / n)).toISOString().slice(0, 10),
      figure: 'f',
      value: 1,
      sources: ['s'],
    })),
  };
}
