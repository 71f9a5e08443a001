import type { ByWeight } from './byWeight';
import type { ColumnSlots } from './ColumnSlots';
import type { FlowGraph } from './FlowGraph';
import type { IndexedHeap } from './IndexedHeap';

/**
 * Everything a b-matching run keeps, in typed arrays; small functions over it let the JIT optimise
 * each phase.
 *
 * @internal
 */
export interface State extends ColumnSlots {
  readonly graph: FlowGraph;
  readonly weight: Float64Array;
  /** Each row's edges heaviest first, for the searches: see {@link ByWeight}. */
  readonly byWeight: ByWeight;
  readonly u: Float64Array;
  readonly v: Float64Array;
  /** Units a row still has to place or dump. */
  readonly remaining: Int32Array;
  // Nodes: rows 0 … rows - 1, columns rows … rows + cols - 1.
  readonly dist: Float64Array;
  /** The edge a node was reached by. */
  readonly pred: Int32Array;
  /** Search stamps: `dist` and `pred` valid, settled. */
  readonly seen: Int32Array;
  readonly done: Int32Array;
  /** The nodes settled by the current search, `count` of them. */
  readonly settled: Int32Array;
  readonly heap: IndexedHeap;
  stamp: number;
  count: number;
  /**
   * A lower bound of every column price from the searches' start on: prices only rise in a
   * search (settled columns by `best - dist ≥ 0`), so the least price after the start phase holds.
   */
  vLow: number;
}
