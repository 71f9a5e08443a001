import type { PairScorer } from '../../scoring/index';
import type { BipartiteGraph } from '../../assignment/index';

/** What the candidate graph is built from. @internal */
export interface CandidateProblem {
  readonly scorer: PairScorer;
  /** The mentees to place (indices into `cohort.mentees`, ascending), one graph row each. */
  readonly rows: Int32Array;
  /** How many more mentors each row takes (its capacity minus its pins), each > 0. */
  readonly rowCapacity: Int32Array;
  /** What is left of each mentor's capacity once the pins are placed. */
  readonly colCapacity: Int32Array;
  readonly minScore: number;
  /** Whether the pair is pinned already (never made a second time), by row and mentor. */
  readonly pinned: (row: number, mentor: number) => boolean;
  /** Whether the row has any pin (when not, `pinned` is false for all its mentors). */
  readonly hasPins: (row: number) => boolean;
  /** How many of a row's best candidates the graph keeps at first. */
  readonly keep: (capacity: number) => number;
  /** How many candidates after those a row keeps in reserve (default {@link reserveCandidates}). */
  readonly reserve?: ((kept: number) => number) | undefined;
  readonly signal?: { readonly aborted: boolean } | undefined;
  readonly onRow?: ((done: number, total: number) => void) | undefined;
}

/**
 * The candidate graph of a cohort: for each row (a mentee), its best candidates — the mentors
 * with a place left that no hard rule blocks and that reach `minScore`, not pinned to it already —
 * as a {@link BipartiteGraph} whose weights are the scores, and what the scan saw of the rest:
 *
 * - `threshold[r]`: every candidate of row `r` left out of the graph scores at most this
 *   (`-Infinity` when none is left out);
 * - `reserve`: each row's next best candidates after the graph's, with their scores (row `r`'s
 *   entries at `reserve.start[r] …`), so that the certificate checks them without scoring again;
 *   `beyond[r]` bounds the score of every candidate in neither (`≤ threshold[r]`);
 * - `candidates[r]`: the row's mentors reaching `minScore` (places left or not, pins aside), and
 *   the best of them, `bestMentor[r]` (or −1) with `bestScore[r]`;
 * - `bestBelow[r]`, `bestBelowMentor[r]`: its best allowed mentor under `minScore` (or −1).
 *
 * @internal
 */
export interface Candidates {
  readonly graph: BipartiteGraph;
  readonly threshold: Float64Array;
  readonly reserve: Reserve;
  readonly beyond: Float64Array;
  readonly candidates: Int32Array;
  readonly bestMentor: Int32Array;
  readonly bestScore: Float64Array;
  readonly bestBelow: Float64Array;
  readonly bestBelowMentor: Int32Array;
}

/** Candidates outside the graph whose scores are kept: rows in CSR form, columns ascending. @internal */
export interface Reserve {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
}

/** Bytes a candidate edge costs while the graph is built and solved (CSR, copies, solver state). */
export const BYTES_PER_EDGE = 48;

/** Bytes a reserve entry costs (its column and score). */
export const BYTES_PER_RESERVE = 12;

/**
 * How many candidates a row keeps in reserve after the `kept` in the graph: three times as many.
 * At 20,000² the optimum gives 99 % of the mentees a mentor within their best 108 and all within
 * 201 (`keepCandidates` puts 64 in the graph); the reserve takes those up to 256 without scoring
 * the row a second time.
 *
 * @internal
 */
export const reserveCandidates = (kept: number): number => 3 * kept;

/** The number of reserve entries the scan keeps at most. @internal */
export function reserveEntries(p: CandidateProblem): number {
  const open = openColumns(p);
  let entries = 0;
  for (const cap of p.rowCapacity) {
    const k = p.keep(cap);
    entries += Math.max(0, Math.min(open, k + reserveOf(p, k)) - k);
  }
  return entries;
}

function reserveOf(p: CandidateProblem, kept: number): number {
  return (p.reserve ?? reserveCandidates)(kept);
}

function openColumns(p: CandidateProblem): number {
  let open = 0;
  for (const c of p.colCapacity) if (c > 0) open++;
  return open;
}

/** The number of edges the first graph holds: each row's kept share of the mentors with a place. @internal */
export function initialEdges(p: CandidateProblem): number {
  const open = openColumns(p);
  let edges = 0;
  for (const cap of p.rowCapacity) edges += Math.min(open, p.keep(cap));
  return edges;
}

/**
 * Scores the rows one by one (each pair once, into one reused row buffer) and keeps each row's
 * `keep(capacity)` best candidates (score down, then mentor index up) in the graph and the next
 * `reserve(kept)` in reserve (see `scanRow`): memory follows the kept candidates and one row,
 * never mentees × mentors. Returns `undefined` when cancelled.
 *
 * @internal
 */
export function buildCandidates(p: CandidateProblem): Candidates | undefined {
  const { scorer, rows } = p;
  const R = rows.length;
  const C = scorer.cols;
  const cap = initialEdges(p);
  const col = new Int32Array(cap);
  const weight = new Float64Array(cap);
  const start = new Int32Array(R + 1);
  const reserveCol = new Int32Array(reserveEntries(p));
  const reserveScore = new Float64Array(reserveCol.length);
  const reserveStart = new Int32Array(R + 1);
  const threshold = new Float64Array(R).fill(Number.NEGATIVE_INFINITY);
  const beyond = new Float64Array(R).fill(Number.NEGATIVE_INFINITY);
  const candidates = new Int32Array(R);
  const bestMentor = new Int32Array(R).fill(-1);
  const bestScore = new Float64Array(R).fill(Number.NEGATIVE_INFINITY);
  const bestBelow = new Float64Array(R).fill(Number.NEGATIVE_INFINITY);
  const bestBelowMentor = new Int32Array(R).fill(-1);
  const buffer = new Float64Array(C);
  const keptScore = new Float64Array(C);
  const keptCol = new Int32Array(C);
  const sampled = Math.ceil(C / SAMPLE_STRIDE);
  const sample = { score: new Float64Array(sampled), col: new Int32Array(sampled) };
  const scan = new Float64Array(SCAN_FIELDS);
  let n = 0;
  let x = 0;
  for (let r = 0; r < R; r++) {
    if ((r & 1023) === 0) {
      if (p.signal?.aborted === true) return undefined;
      p.onRow?.(r, R);
    }
    scorer.row(rows[r] as number, buffer);
    const k = p.keep(p.rowCapacity[r] as number);
    let size = scanRow(p, r, buffer, keptScore, keptCol, k + reserveOf(p, k), scan, sample);
    const count = scan[COUNT] as number;
    const topMentor = scan[TOP_MENTOR] as number;
    const top = scan[TOP] as number;
    const below = scan[BELOW] as number;
    const belowMentor = scan[BELOW_MENTOR] as number;
    const dropped = scan[DROPPED] as number;
    candidates[r] = count;
    bestMentor[r] = topMentor;
    bestScore[r] = top;
    bestBelow[r] = below;
    bestBelowMentor[r] = belowMentor;
    beyond[r] = dropped;
    // The best `k` to the graph, the rest (each worse than all of those) to the reserve.
    const kept = Math.min(k, size);
    selectBest(keptScore, keptCol, size, kept);
    const reserved = reserveCol.subarray(x, x + size - kept);
    reserved.set(keptCol.subarray(kept, size));
    reserved.sort();
    let reserveTop = dropped;
    for (let i = 0; i < reserved.length; i++) {
      const score = buffer[reserved[i] as number] as number;
      reserveScore[x + i] = score;
      if (score > reserveTop) reserveTop = score;
    }
    threshold[r] = reserveTop;
    x += reserved.length;
    reserveStart[r + 1] = x;
    size = kept;
    // The row's edges in column order, as the CSR wants them (a typed sort; the row's buffer
    // still holds each kept column's score).
    const edges = col.subarray(n, n + size);
    edges.set(keptCol.subarray(0, size));
    edges.sort();
    for (let i = 0; i < size; i++) weight[n + i] = buffer[edges[i] as number] as number;
    n += size;
    start[r + 1] = n;
  }
  p.onRow?.(R, R);
  return {
    graph: {
      rows: R,
      cols: C,
      start,
      col: col.subarray(0, n),
      weight: weight.subarray(0, n),
      rowCapacity: p.rowCapacity,
      colCapacity: p.colCapacity,
    },
    threshold,
    reserve: { start: reserveStart, col: reserveCol.subarray(0, x), score: reserveScore.subarray(0, x) },
    beyond,
    candidates,
    bestMentor,
    bestScore,
    bestBelow,
    bestBelowMentor,
  };
}

// What scanRow tells of a row besides its kept candidates, as fields of one reused array.
const COUNT = 0;
const TOP = 1;
const TOP_MENTOR = 2;
const BELOW = 3;
const BELOW_MENTOR = 4;
const DROPPED = 5;
const SCAN_FIELDS = 6;

/**
 * One scored row: gathers its `k` best candidates with a place left (score down, then mentor
 * index up) at the front of `keptScore` / `keptCol` and returns how many; writes the row's
 * candidate count, best candidate, best mentor under `minScore` and best score left out into
 * `scan`. Its own function, with every table in a local, so that the loop over the mentors (once
 * per cell of the cohort) is compiled on its own.
 *
 * Rather than a heap of `k` over the whole row (about k·ln(mentors / k) replacements, each a walk
 * down the heap), the loop gathers the candidates scoring at least a threshold read off a sample
 * of the row ({@link sampledThreshold}: about 1.5 k of them are expected above it) and selects the
 * best `k` of those. When fewer than `k` reach the threshold while some below it were passed
 * over, the row is gathered again without one, so the kept candidates are the row's best `k`
 * whatever the sample: only the time depends on it.
 */
function scanRow(
  p: CandidateProblem,
  r: number,
  buffer: Float64Array,
  keptScore: Float64Array,
  keptCol: Int32Array,
  k: number,
  scan: Float64Array,
  sample: { readonly score: Float64Array; readonly col: Int32Array },
): number {
  const C = buffer.length;
  const minScore = p.minScore;
  const colCapacity = p.colCapacity;
  const pins = p.hasPins(r);
  const threshold = sampledThreshold(buffer, minScore, k, sample);
  let size = 0;
  let count = 0;
  let below = Number.NEGATIVE_INFINITY;
  let belowMentor = -1;
  let dropped = Number.NEGATIVE_INFINITY;
  let top = Number.NEGATIVE_INFINITY;
  let topMentor = -1;
  for (let m = 0; m < C; m++) {
    const s = buffer[m] as number;
    if (s < minScore) {
      if (s > below) {
        below = s;
        belowMentor = m;
      }
      continue;
    }
    if (pins && p.pinned(r, m)) continue;
    count++;
    if (s > top) {
      top = s;
      topMentor = m;
    }
    if ((colCapacity[m] as number) <= 0) continue;
    if (s >= threshold) {
      keptScore[size] = s;
      keptCol[size] = m;
      size++;
    } else if (s > dropped) {
      dropped = s;
    }
  }
  if (size < k && dropped > Number.NEGATIVE_INFINITY) {
    // The sample set the bar too high for this row: every candidate with a place, in full.
    size = 0;
    dropped = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < C; m++) {
      const s = buffer[m] as number;
      if (s < minScore || (colCapacity[m] as number) <= 0 || (pins && p.pinned(r, m))) continue;
      keptScore[size] = s;
      keptCol[size] = m;
      size++;
    }
  }
  if (size > k) {
    selectBest(keptScore, keptCol, size, k);
    for (let i = k; i < size; i++) if ((keptScore[i] as number) > dropped) dropped = keptScore[i] as number;
    size = k;
  }
  scan[COUNT] = count;
  scan[TOP] = top;
  scan[TOP_MENTOR] = topMentor;
  scan[BELOW] = below;
  scan[BELOW_MENTOR] = belowMentor;
  scan[DROPPED] = dropped;
  return size;
}

/** Every how many mentors {@link sampledThreshold} reads a score. */
const SAMPLE_STRIDE = 8;

/**
 * A score about 1.5 k candidates of the row are expected to reach: the score of rank
 * ⌈1.5 k / 8⌉ among every 8th mentor's scores that reach `minScore`, so that the row's `k` best
 * are almost always at or above it (`-Infinity` when the sample holds too few to tell, or the row
 * is short). `sample` is scratch of at least ⌈mentors / 8⌉ entries.
 */
function sampledThreshold(
  buffer: Float64Array,
  minScore: number,
  k: number,
  sample: { readonly score: Float64Array; readonly col: Int32Array },
): number {
  const C = buffer.length;
  const rank = Math.ceil((1.5 * k) / SAMPLE_STRIDE);
  if (C <= 2 * k) return Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let m = 0; m < C; m += SAMPLE_STRIDE) {
    const s = buffer[m] as number;
    if (s < minScore) continue;
    sample.score[n] = s;
    sample.col[n++] = m;
  }
  if (n <= rank) return Number.NEGATIVE_INFINITY;
  // The best `rank` of the sample first (the same selection as the row's), and the worst of them.
  selectBest(sample.score, sample.col, n, rank);
  let threshold = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rank; i++)
    if ((sample.score[i] as number) < threshold) threshold = sample.score[i] as number;
  return threshold;
}

// Candidates ordered best first: among equal scores the smaller column is better.
const worse = (s1: number, c1: number, s2: number, c2: number): boolean => s1 < s2 || (s1 === s2 && c1 > c2);

/**
 * What the certificate works on: the graph as it grows, and what the scan saw of the pairs left
 * out of it (see {@link Candidates}).
 *
 * @internal
 */
export interface CandidateState {
  graph: BipartiteGraph;
  readonly threshold: Float64Array;
  readonly reserve: Reserve;
  readonly beyond: Float64Array;
}

/**
 * Reorders the first `size` entries of a row's gathered candidates so that the best `k` (score down, then
 * column up: all distinct, since the columns are) come first, in linear expected time (Hoare's
 * selection, the middle entry as pivot): which entries end up there depends on the entries only.
 */
function selectBest(hs: Float64Array, hc: Int32Array, size: number, k: number): void {
  const target = k - 1;
  let lo = 0;
  let hi = size - 1;
  while (target >= 0 && lo < hi) {
    const mid = (lo + hi) >> 1;
    const ps = hs[mid] as number;
    const pc = hc[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (worse(ps, pc, hs[i] as number, hc[i] as number)) i++;
      while (worse(hs[j] as number, hc[j] as number, ps, pc)) j--;
      if (i <= j) {
        const s = hs[i] as number;
        const c = hc[i] as number;
        hs[i] = hs[j] as number;
        hc[i] = hc[j] as number;
        hs[j] = s;
        hc[j] = c;
        i++;
        j--;
      }
    }
    // [lo, j] are better than or equal to the pivot, [i, hi] worse or equal, between them equal.
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
}

/** Whether row `r` of the graph has an edge to column `c`. @internal */
export function hasEdge(g: BipartiteGraph, r: number, c: number): boolean {
  return entryOf(g.start, g.col, r, c) >= 0;
}

/** Whether row `r` of the reserve holds column `c`. @internal */
export function hasReserved(reserve: Reserve, r: number, c: number): boolean {
  return entryOf(reserve.start, reserve.col, r, c) >= 0;
}

/**
 * The index of column `c` among row `r`'s entries of a CSR layout (`cols[start[r]] …`, ascending),
 * or −1 when the row does not hold it: a binary search. @internal
 */
export function entryOf(start: Int32Array, cols: Int32Array, r: number, c: number): number {
  let lo = start[r] as number;
  let hi = (start[r + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = cols[mid] as number;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** An edge to add: row, column, weight. @internal */
export type ExtraEdge = readonly [number, number, number];

/** The graph with more edges (none of them in it already), each row's columns still ascending. @internal */
export function withEdges(g: BipartiteGraph, extra: ReadonlyArray<ExtraEdge>): BipartiteGraph {
  const sorted = [...extra].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const E = g.col.length + sorted.length;
  const col = new Int32Array(E);
  const weight = new Float64Array(E);
  const start = new Int32Array(g.rows + 1);
  let n = 0;
  let x = 0;
  for (let r = 0; r < g.rows; r++) {
    let k = g.start[r] as number;
    const end = g.start[r + 1] as number;
    for (;;) {
      const next = sorted[x];
      const takeExtra = next !== undefined && next[0] === r && (k >= end || next[1] < (g.col[k] as number));
      if (takeExtra) {
        col[n] = next[1];
        weight[n] = next[2];
        x++;
      } else if (k < end) {
        col[n] = g.col[k] as number;
        weight[n] = g.weight[k] as number;
        k++;
      } else break;
      n++;
    }
    start[r + 1] = n;
  }
  return { ...g, start, col, weight };
}

/**
 * The graph's edges of weight at least `floor` (or above it, `strict`), with `from[i]` the index
 * of edge `i` in the whole graph.
 *
 * @internal
 */
export function edgesFrom(
  g: BipartiteGraph,
  floor: number,
  strict = false,
): { readonly graph: BipartiteGraph; readonly from: Int32Array } {
  const pass = (w: number): boolean => (strict ? w > floor : w >= floor);
  // Counted first, so that each array is allocated at its size, not the whole graph's.
  let total = 0;
  for (let k = g.start[0] as number; k < (g.start[g.rows] as number); k++)
    if (pass(g.weight[k] as number)) total++;
  const from = new Int32Array(total);
  const col = new Int32Array(total);
  const weight = new Float64Array(total);
  const start = new Int32Array(g.rows + 1);
  let n = 0;
  for (let r = 0; r < g.rows; r++) {
    const end = g.start[r + 1] as number;
    for (let k = g.start[r] as number; k < end; k++) {
      const w = g.weight[k] as number;
      if (pass(w)) {
        from[n] = k;
        col[n] = g.col[k] as number;
        weight[n] = w;
        n++;
      }
    }
    start[r + 1] = n;
  }
  return { graph: { ...g, start, col, weight }, from };
}
