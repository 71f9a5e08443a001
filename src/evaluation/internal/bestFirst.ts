/**
 * The `count` best items of a list in order, best first, for a strict total order `before` (a
 * before b: a is better): a bounded heap of the best seen so far, so the cost is
 * O(n log count) rather than a sort of the whole list. The result equals
 * `[...items].sort(order).slice(0, count)` for the same order.
 *
 * @internal
 */
export function bestFirst(
  items: ReadonlyArray<number>,
  count: number,
  before: (a: number, b: number) => boolean,
): number[] {
  if (count <= 0) return [];
  // A heap with the worst kept item at the root: an item better than the root replaces it.
  const heap: number[] = [];
  const worse = (i: number, j: number): boolean => before(heap[j] as number, heap[i] as number);
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(l, w)) w = l;
      if (r < heap.length && worse(r, w)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w] as number, heap[i] as number];
      i = w;
    }
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      up(heap.length - 1);
    } else if (before(item, heap[0] as number)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
