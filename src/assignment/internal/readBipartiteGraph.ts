import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { BMatchingIssue } from '../BMatchingIssue';
import type { FlowGraph } from './FlowGraph';

/** At most this many issues are listed: a broken array of a million entries is one mistake. */
const MAX_ISSUES = 20;

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isArrayLike = (a: unknown): a is ArrayLike<unknown> =>
  Array.isArray(a) || (ArrayBuffer.isView(a) && !(a instanceof DataView));

/**
 * Checks a {@link BipartiteGraph} completely, in O(rows + cols + edges), and returns it in the
 * solvers' form (with the row of each edge). Plain arrays from JavaScript are accepted and copied
 * into typed arrays, so a fractional or negative capacity is reported, not truncated. Paths point
 * into the caller's graph (`['col', k]`, `['weight', k]`, `['rowCapacity', r]`); up to
 * {@link MAX_ISSUES} issues are listed.
 *
 * @internal
 */
export function readBipartiteGraph(
  input: unknown,
): E.Either<Issues<BMatchingIssue>, { readonly graph: FlowGraph; readonly weight: Float64Array }> {
  const issues: BMatchingIssue[] = [];
  const fail = (message: string, path: ReadonlyArray<string | number>): boolean => {
    if (issues.length < MAX_ISSUES) issues.push({ code: 'invalid-graph', message, path });
    return false;
  };
  const left = () => E.left(issues as unknown as Issues<BMatchingIssue>);
  if (typeof input !== 'object' || input === null) {
    fail('The graph must be an object with rows, cols, start, col, weight, rowCapacity and colCapacity.', []);
    return left();
  }
  const g = input as Record<string, unknown>;
  const { rows, cols } = g;
  if (!isSize(rows)) fail(`rows must be a non-negative integer, got ${String(rows)}.`, ['rows']);
  if (!isSize(cols)) fail(`cols must be a non-negative integer, got ${String(cols)}.`, ['cols']);
  const arrays = ['start', 'col', 'weight', 'rowCapacity', 'colCapacity'] as const;
  for (const name of arrays) {
    if (!isArrayLike(g[name])) fail(`${name} must be an array (a typed array for speed).`, [name]);
  }
  if (issues.length > 0) return left();
  const R = rows as number;
  const C = cols as number;
  const start = g['start'] as ArrayLike<unknown>;
  const colIn = g['col'] as ArrayLike<unknown>;
  const weightIn = g['weight'] as ArrayLike<unknown>;
  const edges = colIn.length;
  if (start.length !== R + 1)
    fail(`start must hold rows + 1 = ${R + 1} offsets, got ${start.length}.`, ['start']);
  if (weightIn.length !== edges)
    fail(`weight must be as long as col (${edges}), got ${weightIn.length}.`, ['weight']);
  const capacities = (name: 'rowCapacity' | 'colCapacity', n: number): Int32Array => {
    const a = g[name] as ArrayLike<unknown>;
    const out = new Int32Array(n);
    if (a.length !== n) {
      fail(`${name} must hold ${n} capacities, got ${a.length}.`, [name]);
      return out;
    }
    for (let i = 0; i < n; i++) {
      const x = a[i];
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 0x7fffffff)
        fail(`A capacity must be a non-negative integer, got ${String(x)}.`, [name, i]);
      else out[i] = x;
    }
    return out;
  };
  const rowCapacity = capacities('rowCapacity', R);
  const colCapacity = capacities('colCapacity', C);
  if (issues.length > 0) return left();

  const startOut = new Int32Array(R + 1);
  if (start[0] !== 0) fail(`start[0] must be 0, got ${String(start[0])}.`, ['start', 0]);
  if (start[R] !== edges) fail(`start[${R}] must equal the number of edges, ${edges}.`, ['start', R]);
  for (let r = 1; r <= R && issues.length === 0; r++) {
    const s = start[r];
    if (typeof s !== 'number' || !Number.isInteger(s) || s < (start[r - 1] as number) || s > edges)
      fail(`start must be non-decreasing integers up to ${edges}; start[${r}] is ${String(s)}.`, [
        'start',
        r,
      ]);
    else startOut[r] = s;
  }
  if (issues.length > 0) return left();

  const col = colIn instanceof Int32Array ? colIn : new Int32Array(edges);
  const weight = weightIn instanceof Float64Array ? weightIn : new Float64Array(edges);
  const edgeRow = new Int32Array(edges);
  if (col === colIn && weight === weightIn && typedEdgesValid(startOut, col, weight, C, edgeRow))
    return E.right({
      graph: { rows: R, cols: C, start: startOut, col, edgeRow, rowCapacity, colCapacity },
      weight,
    });
  for (let r = 0; r < R; r++) {
    let previous = -1;
    for (let e = startOut[r] as number; e < (startOut[r + 1] as number); e++) {
      edgeRow[e] = r;
      const c = colIn[e];
      if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= C)
        fail(`Edge ${e} of row ${r} has column ${String(c)}, outside [0, ${C}).`, ['col', e]);
      else if (c <= previous)
        fail(`The columns of row ${r} must be strictly increasing; edge ${e} has ${c} after ${previous}.`, [
          'col',
          e,
        ]);
      else {
        previous = c;
        if (col !== colIn) col[e] = c;
      }
      const w = weightIn[e];
      if (typeof w !== 'number' || !Number.isFinite(w))
        fail(`Edge ${e} of row ${r} has weight ${String(w)}; weights must be finite numbers.`, ['weight', e]);
      else if (weight !== weightIn) weight[e] = w;
    }
  }
  if (issues.length > 0) return left();
  return E.right({
    graph: { rows: R, cols: C, start: startOut, col, edgeRow, rowCapacity, colCapacity },
    weight,
  });
}

/**
 * The check of the edges for the usual input, typed arrays (whose entries are integers and
 * numbers by construction): columns in range and strictly increasing along each row, weights
 * finite; fills `edgeRow` as it goes. `false` at the first fault, for the full check to locate and
 * report it.
 */
function typedEdgesValid(
  start: Int32Array,
  col: Int32Array,
  weight: Float64Array,
  cols: number,
  edgeRow: Int32Array,
): boolean {
  const rows = start.length - 1;
  for (let r = 0; r < rows; r++) {
    let previous = -1;
    for (let e = start[r] as number, to = start[r + 1] as number; e < to; e++) {
      const c = col[e] as number;
      if (c <= previous || c >= cols || !Number.isFinite(weight[e] as number)) return false;
      previous = c;
      edgeRow[e] = r;
    }
  }
  return true;
}
