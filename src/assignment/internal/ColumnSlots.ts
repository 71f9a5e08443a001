import type { FlowGraph } from './FlowGraph';

/**
 * Which edges each column holds: column `c`'s used edges sit in
 * `slots[slotStart[c]] … slots[slotStart[c] + colDeg[c] - 1]`, and `slotPos[e]` is the place of a
 * used edge in its column's list, so an edge is swapped out in O(1). A column never holds more
 * than `min(capacity, its edge count)` edges, which sizes the lists.
 *
 * @internal
 */
export interface ColumnSlots {
  readonly slotStart: Int32Array;
  readonly slots: Int32Array;
  readonly slotPos: Int32Array;
  readonly colDeg: Int32Array;
  readonly rowDeg: Int32Array;
  readonly used: Uint8Array;
}

/** Empty slot lists for `graph` (no edge used). @internal */
export function columnSlots(graph: FlowGraph): ColumnSlots {
  const { cols, col, colCapacity } = graph;
  const perCol = new Int32Array(cols);
  for (let e = 0; e < col.length; e++) {
    const c = col[e] as number;
    perCol[c] = (perCol[c] as number) + 1;
  }
  const slotStart = new Int32Array(cols + 1);
  for (let c = 0; c < cols; c++) {
    slotStart[c + 1] = (slotStart[c] as number) + Math.min(colCapacity[c] as number, perCol[c] as number);
  }
  return {
    slotStart,
    slots: new Int32Array(slotStart[cols] as number),
    slotPos: new Int32Array(col.length),
    colDeg: new Int32Array(cols),
    rowDeg: new Int32Array(graph.rows),
    used: new Uint8Array(col.length),
  };
}
