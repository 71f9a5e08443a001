import fc from 'fast-check';
import type { BipartiteGraph, BMatching, BMatchingObjective } from '../../src/assignment';

/** A small graph as the tests write it: edges as [row, col, weight], capacities per side. */
export interface SmallGraph {
  readonly rows: number;
  readonly cols: number;
  readonly edges: ReadonlyArray<readonly [number, number, number]>;
  readonly rowCapacity: ReadonlyArray<number>;
  readonly colCapacity: ReadonlyArray<number>;
}

/** The CSR form of a small graph (its edges sorted by row, then column). */
export function toGraph(small: SmallGraph): BipartiteGraph {
  const edges = [...small.edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const start = new Int32Array(small.rows + 1);
  for (const [r] of edges) start[r + 1] = (start[r + 1] as number) + 1;
  for (let r = 0; r < small.rows; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  return {
    rows: small.rows,
    cols: small.cols,
    start,
    col: Int32Array.from(edges, (e) => e[1]),
    weight: Float64Array.from(edges, (e) => e[2]),
    rowCapacity: Int32Array.from(small.rowCapacity),
    colCapacity: Int32Array.from(small.colCapacity),
  };
}

/** Random small graphs: up to 4 × 4, at most 12 edges, capacities 0–3, integer (ties) or float weights. */
export const smallGraphArb: fc.Arbitrary<SmallGraph> = fc
  .record({
    rows: fc.integer({ min: 0, max: 4 }),
    cols: fc.integer({ min: 0, max: 4 }),
    float: fc.boolean(),
  })
  .chain(({ rows, cols, float }) => {
    const pairs: Array<readonly [number, number]> = [];
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) pairs.push([r, c]);
    const weight = float
      ? fc.double({ min: -2, max: 10, noNaN: true, noDefaultInfinity: true })
      : fc.integer({ min: -2, max: 6 });
    return fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      edges: fc
        .subarray(pairs, { maxLength: Math.min(12, pairs.length) })
        .chain((chosen) =>
          fc.tuple(...chosen.map(([r, c]) => weight.map((w) => [r, c, w] as const))).map((xs) => [...xs]),
        ),
      rowCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }),
      colCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
    });
  });

/** The best (count, minimum, total) over every capacity-respecting edge subset, by the objective's order. */
export function bruteForce(
  graph: BipartiteGraph,
  objective: BMatchingObjective,
): { readonly count: number; readonly min: number; readonly total: number } {
  const m = graph.col.length;
  const rowOf = new Int32Array(m);
  for (let r = 0; r < graph.rows; r++)
    for (let e = graph.start[r] as number; e < (graph.start[r + 1] as number); e++) rowOf[e] = r;
  let best = { count: 0, min: Infinity, total: 0 };
  const better = (a: typeof best, b: typeof best): boolean => {
    if (objective === 'max-total') return a.total > b.total + 1e-9;
    if (a.count !== b.count) return a.count > b.count;
    if (objective === 'fairest' && a.min !== b.min) return a.min > b.min;
    return a.total > b.total + 1e-9;
  };
  for (let mask = 0; mask < 1 << m; mask++) {
    const rowDeg = new Array<number>(graph.rows).fill(0);
    const colDeg = new Array<number>(graph.cols).fill(0);
    let ok = true;
    let total = 0;
    let min = Infinity;
    let count = 0;
    for (let e = 0; e < m && ok; e++) {
      if ((mask & (1 << e)) === 0) continue;
      const r = rowOf[e] as number;
      const c = graph.col[e] as number;
      rowDeg[r] = (rowDeg[r] as number) + 1;
      colDeg[c] = (colDeg[c] as number) + 1;
      ok =
        (rowDeg[r] as number) <= (graph.rowCapacity[r] as number) &&
        (colDeg[c] as number) <= (graph.colCapacity[c] as number);
      total += graph.weight[e] as number;
      min = Math.min(min, graph.weight[e] as number);
      count++;
    }
    if (ok && better({ count, min, total }, best)) best = { count, min, total };
  }
  return best;
}

/** Whether the chosen edges respect every capacity and are ascending and distinct. */
export function isFeasible(graph: BipartiteGraph, result: Pick<BMatching, 'edges'>): boolean {
  const rowDeg = new Array<number>(graph.rows).fill(0);
  const colDeg = new Array<number>(graph.cols).fill(0);
  let previous = -1;
  for (const e of result.edges) {
    if (e <= previous || e >= graph.col.length) return false;
    previous = e;
    let r = 0;
    while ((graph.start[r + 1] as number) <= e) r++;
    rowDeg[r] = (rowDeg[r] as number) + 1;
    const c = graph.col[e] as number;
    colDeg[c] = (colDeg[c] as number) + 1;
  }
  return (
    rowDeg.every((d, r) => d <= (graph.rowCapacity[r] as number)) &&
    colDeg.every((d, c) => d <= (graph.colCapacity[c] as number))
  );
}

/**
 * Whether the duals are an optimal LP certificate for the weights `weight + bonus` on the edges
 * the objective optimised (all of them, or those `>= threshold`): feasible, complementary, and
 * with the dual objective equal to the primal one.
 */
export function dualsCertify(graph: BipartiteGraph, result: BMatching): boolean {
  const tol = 1e-7 * (1 + result.bonus);
  const chosen = new Set(result.edges);
  const { rowDual: u, colDual: v } = result;
  if (![...u, ...v].every((x) => x >= 0 && Number.isFinite(x))) return false;
  let dual = 0;
  for (let r = 0; r < graph.rows; r++) dual += (graph.rowCapacity[r] as number) * (u[r] as number);
  for (let c = 0; c < graph.cols; c++) dual += (graph.colCapacity[c] as number) * (v[c] as number);
  for (let r = 0; r < graph.rows; r++) {
    for (let e = graph.start[r] as number; e < (graph.start[r + 1] as number); e++) {
      const w = (graph.weight[e] as number) + result.bonus;
      const slack = (u[r] as number) + (v[graph.col[e] as number] as number) - w;
      if (chosen.has(e)) {
        if (slack > tol) return false;
        dual -= slack;
      } else if ((graph.weight[e] as number) >= (result.threshold ?? -Infinity) && slack < -tol) return false;
    }
  }
  const primal = result.total + result.bonus * result.edges.length;
  return Math.abs(dual - primal) <= tol * (1 + Math.abs(primal));
}
