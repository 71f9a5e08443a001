/**
 * A binary min-heap of node ids keyed by `key[id]`, ties broken by the smaller id, with
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

  private less(a: number, b: number): boolean {
    const ka = this.key[a] as number;
    const kb = this.key[b] as number;
    return ka < kb || (ka === kb && a < b);
  }

  private up(id: number, from: number): void {
    const heap = this.heap;
    let k = from;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = heap[parent] as number;
      if (!this.less(id, p)) break;
      heap[k] = p;
      this.pos[p] = k;
      k = parent;
    }
    heap[k] = id;
    this.pos[id] = k;
  }

  private down(id: number, from: number): void {
    const heap = this.heap;
    const n = this.size;
    let k = from;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(heap[child + 1] as number, heap[child] as number)) child++;
      const c = heap[child] as number;
      if (!this.less(c, id)) break;
      heap[k] = c;
      this.pos[c] = k;
      k = child;
    }
    heap[k] = id;
    this.pos[id] = k;
  }
}
