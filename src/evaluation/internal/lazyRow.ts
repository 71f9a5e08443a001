import type { RankedCandidates } from '../../matching/index';
import { bestFirst } from './bestFirst';
import { LEARN_CRITERIA, type PreparedCohort, menteeKey } from './prepareCohort';

/** How many candidates a row is read ahead: a batch, then the next when it runs out. @internal */
export const BATCH = 32;

/** The largest batch: a row's batches double from {@link BATCH} up to this. */
const MAX_BATCH = 1024;

/**
 * One mentee's candidates (allowed, not pinned, mentor still open) in the order the mentee goes
 * through them, read a batch at a time: each batch scores the row once and keeps the next
 * {@link BATCH} candidates after the last one read (each later batch twice the last, up to 1024,
 * picked with a bounded heap rather than a sort of the row), so a baseline that needs a mentee's whole
 * list pays for it only when it gets there, and memory stays one batch per mentee.
 *
 * @internal
 */
export class LazyRow {
  private mentors: Int32Array = new Int32Array(0);
  private keys: Float64Array = new Float64Array(0);
  private scores: Float64Array = new Float64Array(0);
  private pos = 0;
  private lastKey = Number.POSITIVE_INFINITY;
  private lastScore = Number.POSITIVE_INFINITY;
  private lastMentor = -1;
  private done = false;
  private size = BATCH;

  /**
   * @param e - the mentee
   * @param byLearn - order by the mentee's key (their stated preferences first, then the learn
   *   key), then score (the stable baseline), or by score alone (the greedy baseline)
   * @param open - whether a mentor may still be read (the greedy baseline skips full mentors)
   * @param first - for the order by score: the row's first candidates in that order as a scan kept
   *   them (all of them when `complete`), read before the row is scored at all; `open` is not
   *   applied to them
   */
  constructor(
    private readonly p: PreparedCohort,
    readonly e: number,
    private readonly byLearn: boolean,
    private readonly open: (m: number) => boolean,
    private readonly buffers: { readonly score: Float64Array; readonly learn: Float64Array },
    private first?: RankedCandidates,
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
    const first = this.first;
    if (first !== undefined && !this.byLearn) {
      this.first = undefined;
      this.mentors = first.mentors;
      this.keys = first.scores;
      this.scores = first.scores;
      this.pos = 0;
      this.done = first.complete;
      if (first.mentors.length > 0) return true;
      return this.fill();
    }
    const { p, e } = this;
    const { score, learn } = this.buffers;
    if (this.byLearn) p.score.rowWith(e, score, [{ criteria: LEARN_CRITERIA, into: learn }]);
    else p.score.row(e, score);
    const list: number[] = [];
    for (let m = 0; m < p.cols; m++) {
      const s = score[m] as number;
      if (s < p.minScore || (p.pins.capacityLeft[m] as number) <= 0 || p.pins.isPinned(e, m) || !this.open(m))
        continue;
      const k = this.byLearn ? menteeKey(p, e, m, 2 * (learn[m] as number)) : s;
      // Strictly after the last candidate read, in the order (key down, score down, index up).
      if (
        k > this.lastKey ||
        (k === this.lastKey && (s > this.lastScore || (s === this.lastScore && m <= this.lastMentor)))
      )
        continue;
      list.push(m);
    }
    const keyOf = (m: number): number =>
      this.byLearn ? menteeKey(p, e, m, 2 * (learn[m] as number)) : (score[m] as number);
    // Key down, score down, index up: a strict total order, so the best `size` are one answer.
    const before = (a: number, b: number): boolean => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      if (ka !== kb) return ka > kb;
      const sa = score[a] as number;
      const sb = score[b] as number;
      return sa !== sb ? sa > sb : a < b;
    };
    const size = this.size;
    if (list.length <= size) this.done = true;
    const batch = bestFirst(list, size, before);
    // A row read to its end once is likely read further: each batch is twice the last (to 1024).
    this.size = Math.min(size * 2, MAX_BATCH);
    this.mentors = Int32Array.from(batch);
    this.keys = Float64Array.from(batch, keyOf);
    this.scores = Float64Array.from(batch, (m) => score[m] as number);
    this.pos = 0;
    return batch.length > 0;
  }
}
