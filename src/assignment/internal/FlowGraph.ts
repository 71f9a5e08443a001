/**
 * A validated b-matching graph as the solvers use it: CSR by row plus `edgeRow` (the row of each
 * edge), so that an edge index alone names both of its ends.
 *
 * @internal
 */
export interface FlowGraph {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly edgeRow: Int32Array;
  readonly rowCapacity: Int32Array;
  readonly colCapacity: Int32Array;
}

/**
 * Progress and cancellation as the kernels see them: `tick(done)` reports progress and returns
 * `true` when the caller's signal has been aborted.
 *
 * @internal
 */
export interface Ticker {
  readonly tick: (done: number) => boolean;
}

/** How many augmentations (or phases) between two ticks. @internal */
export const TICK_EVERY = 2048;

/**
 * The edges of `graph` that pass `keep`, as a graph of their own, with `origin[k]` the index in
 * `graph` of the new graph's edge `k` (rows keep their order, so columns stay increasing).
 *
 * @internal
 */
export function subgraph(
  graph: FlowGraph,
  weight: Float64Array,
  keep: (w: number) => boolean,
): { readonly graph: FlowGraph; readonly weight: Float64Array; readonly origin: Int32Array } {
  const { rows, start, col, edgeRow } = graph;
  let count = 0;
  for (let e = 0; e < col.length; e++) if (keep(weight[e] as number)) count++;
  const origin = new Int32Array(count);
  const newStart = new Int32Array(rows + 1);
  const newCol = new Int32Array(count);
  const newRow = new Int32Array(count);
  const newWeight = new Float64Array(count);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const w = weight[e] as number;
      if (!keep(w)) continue;
      origin[k] = e;
      newCol[k] = col[e] as number;
      newRow[k] = edgeRow[e] as number;
      newWeight[k++] = w;
    }
    newStart[r + 1] = k;
  }
  return {
    graph: { ...graph, start: newStart, col: newCol, edgeRow: newRow },
    weight: newWeight,
    origin,
  };
}
