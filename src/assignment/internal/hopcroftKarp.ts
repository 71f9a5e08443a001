/**
 * Maximum-cardinality bipartite matching by Hopcroft & Karp (1973, "An n^{5/2} algorithm for
 * maximum matchings in bipartite graphs"): phases of one breadth-first search that layers the
 * graph from the free rows, then depth-first searches for vertex-disjoint shortest augmenting
 * paths along the layers, O(E √V) in all.
 *
 * Row `i`'s neighbours are `adj[start[i]] … adj[end[i] - 1]` (passing `end` separately lets a
 * caller use a prefix of each row, as the bottleneck search does). The depth-first search is
 * iterative, so deep paths cannot overflow the call stack. It stops as soon as `target` pairs are
 * matched. `x` (rows) and `y` (columns) receive the matching, `-1` for unmatched.
 *
 * @returns the number of pairs matched.
 * @internal
 */
export function hopcroftKarp(
  rows: number,
  start: Int32Array,
  end: Int32Array,
  adj: Int32Array,
  x: Int32Array,
  y: Int32Array,
  target: number,
): number {
  x.fill(-1);
  y.fill(-1);
  let size = 0;
  // Greedy start: most rows of a typical input are matched here, before any search.
  for (let i = 0; i < rows && size < target; i++) {
    for (let e = start[i] as number, stop = end[i] as number; e < stop; e++) {
      const j = adj[e] as number;
      if ((y[j] as number) < 0) {
        x[i] = j;
        y[j] = i;
        size++;
        break;
      }
    }
  }
  const dist = new Int32Array(rows);
  const queue = new Int32Array(rows);
  const next = new Int32Array(rows);
  const stack = new Int32Array(rows);
  const via = new Int32Array(rows);
  const UNSEEN = 0x7fffffff;
  while (size < target) {
    // Breadth-first layering from every free row; `limit` is the length of the shortest
    // augmenting path, beyond which layers are not needed in this phase.
    let head = 0;
    let tail = 0;
    for (let i = 0; i < rows; i++) {
      if ((x[i] as number) < 0) {
        dist[i] = 0;
        queue[tail++] = i;
      } else {
        dist[i] = UNSEEN;
      }
    }
    let limit = UNSEEN;
    while (head < tail) {
      const i = queue[head++] as number;
      const di = dist[i] as number;
      if (di >= limit) continue;
      for (let e = start[i] as number, stop = end[i] as number; e < stop; e++) {
        const i2 = y[adj[e] as number] as number;
        if (i2 < 0) {
          if (limit === UNSEEN) limit = di + 1;
        } else if (dist[i2] === UNSEEN) {
          dist[i2] = di + 1;
          queue[tail++] = i2;
        }
      }
    }
    if (limit === UNSEEN) break; // No augmenting path: the matching is maximum (Berge).
    for (let i = 0; i < rows; i++) next[i] = start[i] as number;
    for (let root = 0; root < rows && size < target; root++) {
      if ((x[root] as number) >= 0 || dist[root] !== 0) continue;
      let sp = 0;
      stack[sp++] = root;
      while (sp > 0) {
        const i = stack[sp - 1] as number;
        const e = next[i] as number;
        if (e >= (end[i] as number)) {
          dist[i] = UNSEEN; // A dead end for the rest of this phase.
          sp--;
          continue;
        }
        next[i] = e + 1;
        const j = adj[e] as number;
        const i2 = y[j] as number;
        if (i2 < 0) {
          if ((dist[i] as number) + 1 !== limit) continue;
          // Augment: every row on the stack takes the column that led to the next one.
          via[sp - 1] = j;
          for (let l = 0; l < sp; l++) {
            const row = stack[l] as number;
            const col = via[l] as number;
            x[row] = col;
            y[col] = row;
          }
          size++;
          break;
        }
        if (dist[i2] === (dist[i] as number) + 1) {
          via[sp - 1] = j;
          stack[sp++] = i2;
        }
      }
    }
  }
  return size;
}
