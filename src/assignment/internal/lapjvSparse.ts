import type { Blocked } from './Blocked';
import type { Csr } from './Csr';
import type { Reduced } from './reduceDense';
import { reduceSparse } from './reduceSparse';

const UNSEEN = 0;
const TODO = 1;
const WAITING = 2;
const SCANNED = 3;

/**
 * The sparse shortest-augmenting-path kernel (Jonker & Volgenant 1987's LAPJVsp, in the style of
 * LAPMOD): it minimises over an `n × m` CSR problem, `n <= m`, cost `sign * cost[e]`, an absent or
 * infinite entry being forbidden. Its memory is O(n + m + entries): it never allocates `n × m`.
 *
 * The augmentation phase is the dense one's Dijkstra search restricted to the columns it has
 * reached: only those are kept, in a to-do list (tentative distance), a waiting list (at the
 * current minimum) and a scanned list (final), so a search touches the entries of the rows it
 * visits and nothing else. Every loop is bounded; it terminates on any input free of NaN.
 * `initialise = false` skips the initialisation (for tests of the augmentation phase).
 *
 * @internal
 */
export function lapjvSparse(
  n: number,
  m: number,
  csr: Csr,
  sign: number,
  x: Int32Array,
  y: Int32Array,
  initialise = true,
): Blocked {
  x.fill(-1);
  y.fill(-1);
  if (n === 0) return undefined;
  const v = new Float64Array(m);
  const xc = new Float64Array(n);
  const free = new Int32Array(n);
  // Without the initialisation every row starts free; see lapjvDense.
  const reduced = initialise ? reduceSparse(n, m, csr, sign, v, x, y, xc, free) : allFree(n, free);
  if (reduced.blocked !== undefined) return reduced.blocked;
  const { start, col, cost } = csr;
  const numFree = reduced.numFree;

  const d = new Float64Array(m).fill(Infinity);
  const state = new Uint8Array(m);
  const pred = new Int32Array(m);
  const predEntry = new Int32Array(m);
  const todo = new Int32Array(m);
  const where = new Int32Array(m); // position of a to-do column in `todo`
  const waiting = new Int32Array(m);
  const scanned = new Int32Array(m);

  for (let q = 0; q < numFree; q++) {
    const f = free[q] as number;
    let todoLen = 0;
    let waitLen = 0;
    let scanLen = 0;
    let min = 0;
    let end = -1;
    // Distances from f: its own entries (its row price is 0, as in the dense kernel).
    for (let e = start[f] as number, stop = start[f + 1] as number; e < stop; e++) {
      const j = col[e] as number;
      const dj = sign * (cost[e] as number) - (v[j] as number);
      if (dj < Infinity) {
        d[j] = dj;
        pred[j] = f;
        predEntry[j] = e;
        state[j] = TODO;
        where[j] = todoLen;
        todo[todoLen++] = j;
      }
    }
    while (end < 0) {
      if (waitLen === 0) {
        // Nothing left to reach: Hall's condition fails for the rows visited from f.
        if (todoLen === 0) {
          resetColumns(todo, todoLen, waiting, waitLen, scanned, scanLen, d, state);
          return { line: 'row', index: f };
        }
        min = Infinity;
        for (let k = 0; k < todoLen; k++) {
          const h = d[todo[k] as number] as number;
          if (h < min) min = h;
        }
        // Move every to-do column at the minimum to the waiting list; a free one ends the search.
        for (let k = 0; k < todoLen;) {
          const j = todo[k] as number;
          if (d[j] !== min) {
            k++;
            continue;
          }
          const last = todo[--todoLen] as number;
          todo[k] = last;
          where[last] = k;
          state[j] = WAITING;
          waiting[waitLen++] = j;
          if ((y[j] as number) < 0) {
            end = j;
            break;
          }
        }
        if (end >= 0) break;
      }
      // Scan one waiting column: relax the entries of the row that holds it.
      const j1 = waiting[--waitLen] as number;
      state[j1] = SCANNED;
      scanned[scanLen++] = j1;
      const i = y[j1] as number;
      const h = (xc[i] as number) - (v[j1] as number) - min;
      for (let e = start[i] as number, stop = start[i + 1] as number; e < stop; e++) {
        const j = col[e] as number;
        const s = state[j] as number;
        if (s >= WAITING) continue;
        const v2 = sign * (cost[e] as number) - (v[j] as number) - h;
        if (!(v2 < (d[j] as number))) continue;
        d[j] = v2;
        pred[j] = i;
        predEntry[j] = e;
        if (v2 === min) {
          if (s === TODO) {
            const at = where[j] as number;
            const last = todo[--todoLen] as number;
            todo[at] = last;
            where[last] = at;
          }
          state[j] = WAITING;
          waiting[waitLen++] = j;
          if ((y[j] as number) < 0) {
            end = j;
            break;
          }
        } else if (s === UNSEEN) {
          state[j] = TODO;
          where[j] = todoLen;
          todo[todoLen++] = j;
        }
      }
    }
    // Price update on the scanned columns (as in the dense kernel), then flip the path.
    for (let k = 0; k < scanLen; k++) {
      const j = scanned[k] as number;
      v[j] = (v[j] as number) + (d[j] as number) - min;
    }
    let j = end;
    for (;;) {
      const i = pred[j] as number;
      y[j] = i;
      const next = x[i] as number;
      x[i] = j;
      xc[i] = sign * (cost[predEntry[j] as number] as number);
      if (i === f) break;
      j = next;
    }
    resetColumns(todo, todoLen, waiting, waitLen, scanned, scanLen, d, state);
  }
  return undefined;
}

function allFree(n: number, free: Int32Array): Reduced {
  for (let i = 0; i < n; i++) free[i] = i;
  return { numFree: n, blocked: undefined };
}

/** Forgets the columns a search touched, in time proportional to their number. */
function resetColumns(
  todo: Int32Array,
  todoLen: number,
  waiting: Int32Array,
  waitLen: number,
  scanned: Int32Array,
  scanLen: number,
  d: Float64Array,
  state: Uint8Array,
): void {
  forget(todo, todoLen, d, state);
  forget(waiting, waitLen, d, state);
  forget(scanned, scanLen, d, state);
}

function forget(list: Int32Array, length: number, d: Float64Array, state: Uint8Array): void {
  for (let k = 0; k < length; k++) {
    const j = list[k] as number;
    d[j] = Infinity;
    state[j] = UNSEEN;
  }
}
