import { columnSlots } from './ColumnSlots';
import type { FlowGraph } from './FlowGraph';

const UNSEEN = 0x7fffffff;
const DEAD = -1;

/**
 * The size of a maximum-cardinality b-matching on the edges of weight `>= threshold`, stopping
 * early at `target` ({@link cardinalityMatching}'s size).
 *
 * @internal
 */
export function bMatchingCardinality(
  graph: FlowGraph,
  weight: Float64Array,
  threshold: number,
  target: number,
): number {
  return cardinalityMatching(graph, weight, threshold, target).size;
}

/**
 * A maximum-cardinality b-matching on the edges of weight `>= threshold` (`used[e]` is 1 for a
 * chosen edge), stopping early at `target`: Dinic's blocking flows (Hopcroft–Karp generalised to capacities). Each phase
 * layers the residual graph by a breadth-first search from the rows with room left (a row goes to
 * a column through an unused edge, a column back to a row through a used one) up to the first
 * level holding a column with room, then pushes unit paths along the layers with an iterative
 * depth-first search and current-arc pointers. An edge carries at most one unit, so no pair is
 * counted twice. A greedy pass matches most units before the first phase.
 *
 * @internal
 */
export function cardinalityMatching(
  graph: FlowGraph,
  weight: Float64Array,
  threshold: number,
  target: number,
): { readonly size: number; readonly used: Uint8Array } {
  const { rows, cols, start, col, edgeRow, rowCapacity, colCapacity } = graph;
  const { slotStart, slots, slotPos, colDeg, rowDeg, used } = columnSlots(graph);
  const take = (e: number, c: number, k: number): void => {
    used[e] = 1;
    slots[(slotStart[c] as number) + k] = e;
    slotPos[e] = k;
  };
  let size = 0;
  for (let r = 0; r < rows && size < target; r++) {
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      if ((rowDeg[r] as number) >= (rowCapacity[r] as number) || size >= target) break;
      const c = col[e] as number;
      if ((weight[e] as number) < threshold || (colDeg[c] as number) >= (colCapacity[c] as number)) continue;
      take(e, c, colDeg[c] as number);
      colDeg[c] = (colDeg[c] as number) + 1;
      rowDeg[r] = (rowDeg[r] as number) + 1;
      size++;
    }
  }
  const rowLevel = new Int32Array(rows);
  const colLevel = new Int32Array(cols);
  const queue = new Int32Array(rows);
  const rowNext = new Int32Array(rows);
  const colNext = new Int32Array(cols);
  // The path: stack[0] is the root row, then alternately a column and a row; via[i] is the edge
  // from stack[i] to stack[i + 1].
  const stack = new Int32Array(2 * (rows + cols) + 2);
  const via = new Int32Array(2 * (rows + cols) + 2);

  while (size < target) {
    rowLevel.fill(UNSEEN);
    colLevel.fill(UNSEEN);
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rows; r++) {
      if ((rowDeg[r] as number) < (rowCapacity[r] as number)) {
        rowLevel[r] = 0;
        queue[tail++] = r;
      }
    }
    let limit = UNSEEN; // the level of the first columns with room
    while (head < tail) {
      const r = queue[head++] as number;
      const level = (rowLevel[r] as number) + 1;
      if (level > limit) break;
      for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
        if (used[e] !== 0 || (weight[e] as number) < threshold) continue;
        const c = col[e] as number;
        if (colLevel[c] !== UNSEEN) continue;
        colLevel[c] = level;
        if ((colDeg[c] as number) < (colCapacity[c] as number)) {
          limit = level;
          continue;
        }
        if (limit !== UNSEEN) continue;
        for (let k = slotStart[c] as number, to = k + (colDeg[c] as number); k < to; k++) {
          const r2 = edgeRow[slots[k] as number] as number;
          if (rowLevel[r2] === UNSEEN) {
            rowLevel[r2] = level + 1;
            queue[tail++] = r2;
          }
        }
      }
    }
    if (limit === UNSEEN) break; // No augmenting path: the flow is maximum.
    rowNext.set(start.subarray(0, rows));
    colNext.fill(0);
    for (let root = 0; root < rows && size < target; root++) {
      if (rowLevel[root] !== 0) continue;
      while ((rowDeg[root] as number) < (rowCapacity[root] as number) && size < target) {
        let sp = 0;
        stack[0] = root;
        let found = false;
        while (sp >= 0) {
          const x = stack[sp] as number;
          if ((sp & 1) === 0) {
            // A row: the next unused edge to a column one level down.
            const level = (rowLevel[x] as number) + 1;
            let e = rowNext[x] as number;
            const to = start[x + 1] as number;
            while (e < to) {
              const c = col[e] as number;
              if (used[e] === 0 && (weight[e] as number) >= threshold && colLevel[c] === level) break;
              e++;
            }
            rowNext[x] = e;
            if (e >= to) {
              rowLevel[x] = DEAD;
              sp--;
              continue;
            }
            via[sp] = e;
            stack[++sp] = col[e] as number;
          } else {
            const level = colLevel[x] as number;
            // A dead end is marked and left; its parent's scan skips it by its level.
            if (level === limit) {
              if ((colDeg[x] as number) < (colCapacity[x] as number)) {
                found = true;
                break;
              }
              colLevel[x] = DEAD;
              sp--;
              continue;
            }
            // A column: the next row it holds that lies one level down.
            const base = slotStart[x] as number;
            const held = colDeg[x] as number;
            let k = colNext[x] as number;
            while (k < held && rowLevel[edgeRow[slots[base + k] as number] as number] !== level + 1) k++;
            colNext[x] = k;
            if (k >= held) {
              colLevel[x] = DEAD;
              sp--;
              continue;
            }
            const e = slots[base + k] as number;
            via[sp] = e;
            stack[++sp] = edgeRow[e] as number;
          }
        }
        if (!found) break;
        // Augment along the stack: each column swaps the edge it held for the one it was reached by.
        const last = stack[sp] as number;
        take(via[sp - 1] as number, last, colDeg[last] as number);
        colDeg[last] = (colDeg[last] as number) + 1;
        for (let i = sp - 2; i > 0; i -= 2) {
          const c = stack[i] as number;
          const dropped = via[i] as number;
          used[dropped] = 0;
          take(via[i - 1] as number, c, slotPos[dropped] as number);
        }
        rowDeg[root] = (rowDeg[root] as number) + 1;
        size++;
      }
    }
  }
  return { size, used };
}
