import type { Objective } from '../Matching';
import type { Optimum } from './optimise';

/**
 * The optimiser's chosen edges as pairs `[mentee, mentor]`, row by row, with, for `max-total`,
 * the pairs scoring exactly 0 whose two sides still have a place: they tie with no pair, and
 * leave nobody short for nothing. Pins aside.
 *
 * @internal
 */
export function chosenPairs(optimum: Optimum, objective: Objective): Array<readonly [number, number]> {
  const { problem: p, graph, edges } = optimum;
  const chosen = new Uint8Array(graph.col.length);
  for (const k of edges) chosen[k] = 1;
  const colUsed = new Int32Array(graph.cols);
  for (const k of edges) colUsed[graph.col[k] as number] = (colUsed[graph.col[k] as number] as number) + 1;
  const pairs: Array<readonly [number, number]> = [];
  for (let r = 0; r < graph.rows; r++) {
    const e = p.rows[r] as number;
    let used = 0;
    for (let k = graph.start[r] as number; k < (graph.start[r + 1] as number); k++) {
      if (chosen[k] === 1) {
        pairs.push([e, graph.col[k] as number]);
        used++;
      }
    }
    if (objective !== 'max-total') continue;
    for (let k = graph.start[r] as number; k < (graph.start[r + 1] as number); k++) {
      const m = graph.col[k] as number;
      if (used >= (graph.rowCapacity[r] as number)) break;
      if (chosen[k] === 0 && (colUsed[m] as number) < (graph.colCapacity[m] as number)) {
        chosen[k] = 1;
        colUsed[m] = (colUsed[m] as number) + 1;
        used++;
        pairs.push([e, m]);
      }
    }
  }
  return pairs;
}
