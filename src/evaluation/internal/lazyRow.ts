import { LEARN_CRITERIA, type PreparedCohort, menteeKey, prefers } from './prepareCohort';

/** How many candidates a row is read ahead: a batch, then the next when it runs out. @internal */
export const BATCH = 32;

/** The largest batch: a row's batches double from {@link BATCH} up to this. */
const MAX_BATCH = 1024;

/**
 * A row's next candidates in the row's order, read ahead: their mentors, order keys and scores,
 * and whether they are all the candidates left (when not, every other one comes after them).
 *
 * @internal
 */
export interface RowBatch {
  readonly mentors: Int32Array;
  readonly keys: Float64Array;
  readonly scores: Float64Array;
  readonly complete: boolean;
}

/**
 * The best `size` candidates of mentee `e` from their scored row (`score`, and `learn` when by
 * the mentee's key) that come strictly after the last one read (`after`: key, score, mentor), in
 * the row's order — key down, score down, index up (`prefers`), a strict total order, so the best
 * `size` are one answer — picked in one pass with a bounded heap of the best so far (a candidate
 * no better than the worst kept is dropped at one comparison) rather than a sort of the row.
 *
 * @param byLearn - order by the mentee's key (their stated preferences first, then the learn
 *   key), then score; or by score alone
 * @param open - whether a mentor may be read
 * @internal
 */
export function rowBatch(
  p: PreparedCohort,
  e: number,
  rows: { readonly score: Float64Array; readonly learn: Float64Array },
  order: { readonly byLearn: boolean; readonly open: (m: number) => boolean },
  after: { readonly key: number; readonly score: number; readonly mentor: number },
  size: number,
): RowBatch {
  const { score, learn } = rows;
  const { byLearn, open } = order;
  // The heap: the worst kept candidate at the root.
  const hk = new Float64Array(size);
  const hs = new Float64Array(size);
  const hm = new Int32Array(size);
  let n = 0;
  let found = 0;
  for (let m = 0; m < p.cols; m++) {
    const s = score[m] as number;
    if (s < p.minScore || (p.pins.capacityLeft[m] as number) <= 0 || p.pins.isPinned(e, m) || !open(m))
      continue;
    const k = byLearn ? menteeKey(p, e, m, 2 * (learn[m] as number)) : s;
    // Strictly after the last candidate read.
    if (!prefers(after.key, after.score, after.mentor, k, s, m)) continue;
    found++;
    if (n < size) {
      // Sift up from a new leaf.
      let i = n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!prefers(hk[parent] as number, hs[parent] as number, hm[parent] as number, k, s, m)) break;
        hk[i] = hk[parent] as number;
        hs[i] = hs[parent] as number;
        hm[i] = hm[parent] as number;
        i = parent;
      }
      hk[i] = k;
      hs[i] = s;
      hm[i] = m;
    } else if (size > 0 && prefers(k, s, m, hk[0] as number, hs[0] as number, hm[0] as number)) {
      // Replace the root and sift down.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c =
          r < n &&
          prefers(
            hk[l] as number,
            hs[l] as number,
            hm[l] as number,
            hk[r] as number,
            hs[r] as number,
            hm[r] as number,
          )
            ? r
            : l;
        if (!prefers(k, s, m, hk[c] as number, hs[c] as number, hm[c] as number)) break;
        hk[i] = hk[c] as number;
        hs[i] = hs[c] as number;
        hm[i] = hm[c] as number;
        i = c;
      }
      hk[i] = k;
      hs[i] = s;
      hm[i] = m;
    }
  }
  const kept = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    prefers(
      hk[a] as number,
      hs[a] as number,
      hm[a] as number,
      hk[b] as number,
      hs[b] as number,
      hm[b] as number,
    )
      ? -1
      : 1,
  );
  return {
    mentors: Int32Array.from(kept, (i) => hm[i] as number),
    keys: Float64Array.from(kept, (i) => hk[i] as number),
    scores: Float64Array.from(kept, (i) => hs[i] as number),
    complete: found <= size,
  };
}

/** Before any candidate: the position a row's reading starts from. @internal */
export const START = { key: Number.POSITIVE_INFINITY, score: Number.POSITIVE_INFINITY, mentor: -1 };

/**
 * One mentee's candidates (allowed, not pinned, mentor still open) in the order the mentee goes
 * through them, read a batch at a time: each batch scores the row once and keeps the next
 * {@link BATCH} candidates after the last one read (each later batch twice the last, up to 1024;
 * see {@link rowBatch}), so a baseline that needs a mentee's whole list pays for it only when it
 * gets there, and memory stays one batch per mentee.
 *
 * @internal
 */
export class LazyRow {
  private mentors: Int32Array = new Int32Array(0);
  private keys: Float64Array = new Float64Array(0);
  private scores: Float64Array = new Float64Array(0);
  private pos = 0;
  private lastKey = START.key;
  private lastScore = START.score;
  private lastMentor = START.mentor;
  private done = false;
  private size = BATCH;

  /**
   * @param e - the mentee
   * @param byLearn - order by the mentee's key (their stated preferences first, then the learn
   *   key), then score (the stable baseline), or by score alone (the greedy baseline)
   * @param open - whether a mentor may still be read (the greedy baseline skips full mentors)
   * @param first - the row's first candidates in its order, read before the row is scored at all
   *   (a scan kept them, or a pass that scored the row for another reason); `open` is not
   *   applied to them
   */
  constructor(
    private readonly p: PreparedCohort,
    readonly e: number,
    private readonly byLearn: boolean,
    private readonly open: (m: number) => boolean,
    private readonly buffers: { readonly score: Float64Array; readonly learn: Float64Array },
    private first?: RowBatch,
  ) {}

  /** The current candidate, or −1 when the list is over. */
  mentor(): number {
    if (this.pos >= this.mentors.length && !this.fill()) return -1;
    return this.mentors[this.pos] as number;
  }

  /** The current candidate's score (call after {@link mentor} gave one). */
  score(): number {
    return this.scores[this.pos] as number;
  }

  /** The current candidate's order key (the learn key, or the score). */
  key(): number {
    return this.keys[this.pos] as number;
  }

  /** Moves to the next candidate. */
  next(): void {
    this.lastKey = this.keys[this.pos] as number;
    this.lastScore = this.scores[this.pos] as number;
    this.lastMentor = this.mentors[this.pos] as number;
    this.pos++;
  }

  private fill(): boolean {
    if (this.done) return false;
    let batch = this.first;
    this.first = undefined;
    // The batch after a given one is at least twice as long (to 1024), as after a computed one.
    if (batch !== undefined) this.size = Math.max(this.size, Math.min(2 * batch.mentors.length, MAX_BATCH));
    else {
      const { p, e } = this;
      const { score, learn } = this.buffers;
      if (this.byLearn) p.score.rowWith(e, score, [{ criteria: LEARN_CRITERIA, into: learn }]);
      else p.score.row(e, score);
      batch = rowBatch(
        p,
        e,
        this.buffers,
        { byLearn: this.byLearn, open: this.open },
        { key: this.lastKey, score: this.lastScore, mentor: this.lastMentor },
        this.size,
      );
      // A row read to its end once is likely read further: each batch is twice the last (to 1024).
      this.size = Math.min(this.size * 2, MAX_BATCH);
    }
    this.mentors = batch.mentors;
    this.keys = batch.keys;
    this.scores = batch.scores;
    this.pos = 0;
    this.done = batch.complete;
    if (batch.mentors.length > 0) return true;
    return this.fill();
  }
}
