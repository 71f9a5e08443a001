/**
 * The `cap` left-out pairs with the least slack seen so far (a violator's is negative), in typed
 * arrays of at most twice that size: the dual check's memory stays bounded however many pairs
 * violate or nearly do (a cohort of equal scores has them all). Compacting selects by slack, then
 * row, then column (a total order, so the pairs kept depend on the pairs only) and hands each
 * pair it drops to `onDrop`, so that the caller can still bound it.
 *
 * @internal
 */
export class ClosestPairs {
  private slack: Float64Array;
  private row: Int32Array;
  private col: Int32Array;
  private score: Float64Array;
  private reserved: Uint8Array;
  private size = 0;

  constructor(private readonly cap: number) {
    const room = 2 * cap;
    this.slack = new Float64Array(room);
    this.row = new Int32Array(room);
    this.col = new Int32Array(room);
    this.score = new Float64Array(room);
    this.reserved = new Uint8Array(room);
  }

  /** Adds a pair (`fromReserve`: it stays in the reserve if dropped). Call {@link fit} when {@link full}. */
  push(slack: number, r: number, c: number, s: number, fromReserve: boolean): void {
    const i = this.size++;
    if (i === this.slack.length) this.grow(i + 1);
    this.slack[i] = slack;
    this.row[i] = r;
    this.col[i] = c;
    this.score[i] = s;
    this.reserved[i] = fromReserve ? 1 : 0;
  }

  /**
   * Whether it holds twice its cap: time to compact (between rows, not inside one). Compacting
   * only then keeps a push at constant amortised cost; compacting at the cap itself would select
   * over `cap` pairs for every few pushes (at 50,000² the first check took 232 s so).
   */
  get full(): boolean {
    return this.size >= 2 * this.cap;
  }

  /** Keeps the `cap` pairs of least slack, dropping the others (each to `onDrop`). */
  fit(onDrop: (r: number, c: number, s: number, fromReserve: boolean) => void): void {
    if (this.size <= this.cap) return;
    this.select(this.cap);
    for (let i = this.cap; i < this.size; i++)
      onDrop(this.row[i] as number, this.col[i] as number, this.score[i] as number, this.reserved[i] === 1);
    this.size = this.cap;
  }

  /** The pairs kept, as `[row, column, score]`, by row then column. */
  pairs(): Array<readonly [number, number, number]> {
    const out: Array<readonly [number, number, number]> = [];
    for (let i = 0; i < this.size; i++)
      out.push([this.row[i] as number, this.col[i] as number, this.score[i] as number]);
    return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  /** Makes room for `n` pairs: one row may add up to all its columns past the cap. */
  private grow(n: number): void {
    if (n <= this.slack.length) return;
    const room = Math.max(n, 2 * this.slack.length);
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (k: number) => T): T => {
      const b = make(room);
      b.set(a);
      return b;
    };
    this.slack = copy(this.slack, (k) => new Float64Array(k));
    this.row = copy(this.row, (k) => new Int32Array(k));
    this.col = copy(this.col, (k) => new Int32Array(k));
    this.score = copy(this.score, (k) => new Float64Array(k));
    this.reserved = copy(this.reserved, (k) => new Uint8Array(k));
  }

  /** Whether pair `i` comes before pair `j`: less slack, then lower row, then lower column. */
  private before(i: number, j: number): boolean {
    const a = this.slack[i] as number;
    const b = this.slack[j] as number;
    if (a !== b) return a < b;
    const ri = this.row[i] as number;
    const rj = this.row[j] as number;
    return ri !== rj ? ri < rj : (this.col[i] as number) < (this.col[j] as number);
  }

  private swap(i: number, j: number): void {
    const swapIn = (a: Float64Array | Int32Array | Uint8Array): void => {
      const t = a[i] as number;
      a[i] = a[j] as number;
      a[j] = t;
    };
    swapIn(this.slack);
    swapIn(this.row);
    swapIn(this.col);
    swapIn(this.score);
    swapIn(this.reserved);
  }

  /** Hoare's selection: the first `k` pairs in the order {@link before}, in any order among them. */
  private select(k: number): void {
    const target = k - 1;
    let lo = 0;
    let hi = this.size - 1;
    // The pivot is parked at the end of its range, so comparing with it never reads a moved slot.
    while (target >= 0 && lo < hi) {
      this.swap((lo + hi) >> 1, hi);
      let store = lo;
      for (let i = lo; i < hi; i++) {
        if (this.before(i, hi)) {
          this.swap(i, store);
          store++;
        }
      }
      this.swap(store, hi);
      if (store === target) return;
      if (target < store) hi = store - 1;
      else lo = store + 1;
    }
  }
}
