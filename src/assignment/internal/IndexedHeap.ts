/**
 * A 4-ary min-heap (shallower than a binary one, so fewer moves per insertion) of node ids keyed by `key[id]`, ties broken by the smaller id, with
 * decrease-key through a position index: all in typed arrays, no allocation after construction.
 * Used by the b-matching solver's Dijkstra searches.
 *
 * @internal
 */
export class IndexedHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private readonly key: Float64Array;
  size = 0;

  constructor(key: Float64Array) {
    this.key = key;
    this.heap = new Int32Array(key.length);
    this.pos = new Int32Array(key.length).fill(-1);
  }

  /** Empties the heap in O(size). */
  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.heap[k] as number] = -1;
    this.size = 0;
  }

  /** The id with the smallest key; the heap must not be empty. */
  peek(): number {
    return this.heap[0] as number;
  }

  /** Inserts `id`, or moves it up after its key decreased. */
  push(id: number): void {
    let k = this.pos[id] as number;
    if (k < 0) k = this.size++;
    this.up(id, k);
  }

  /** Removes and returns the id with the smallest key. */
  pop(): number {
    const top = this.heap[0] as number;
    this.pos[top] = -1;
    const last = this.heap[--this.size] as number;
    if (this.size > 0) this.down(last, 0);
    return top;
  }

  private up(id: number, from: number): void {
    const { heap, pos, key } = this;
    const kid = key[id] as number;
    let k = from;
    while (k > 0) {
      const parent = (k - 1) >> 2;
      const p = heap[parent] as number;
      const kp = key[p] as number;
      if (kp < kid || (kp === kid && p < id)) break;
      heap[k] = p;
      pos[p] = k;
      k = parent;
    }
    heap[k] = id;
    pos[id] = k;
  }

  private down(id: number, from: number): void {
    const { heap, pos, key } = this;
    const n = this.size;
    const kid = key[id] as number;
    let k = from;
    for (;;) {
      const first = 4 * k + 1;
      if (first >= n) break;
      // The smallest of up to four children (ties: the smaller id).
      let best = heap[first] as number;
      let bestKey = key[best] as number;
      let at = first;
      const last = Math.min(first + 4, n);
      for (let j = first + 1; j < last; j++) {
        const c = heap[j] as number;
        const kc = key[c] as number;
        if (kc < bestKey || (kc === bestKey && c < best)) {
          best = c;
          bestKey = kc;
          at = j;
        }
      }
      if (kid < bestKey || (kid === bestKey && id < best)) break;
      heap[k] = best;
      pos[best] = k;
      k = at;
    }
    heap[k] = id;
    pos[id] = k;
  }
}
