import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type BipartiteGraph,
  type BMatching,
  type BMatchingOptions,
  solveBMatching,
} from '../../src/assignment';
import {
  type SmallGraph,
  bruteForce,
  dualsCertify,
  isFeasible,
  smallGraphArb,
  toGraph,
} from './bmatchOracle';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * (1 + Math.abs(b));

function solve(graph: BipartiteGraph, options?: BMatchingOptions): BMatching {
  const result = solveBMatching(graph, options);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
}

/** The index in `graph` of the edge (r, c), or −1. */
function edgeOf(graph: BipartiteGraph, r: number, c: number): number {
  for (let e = graph.start[r] as number; e < (graph.start[r + 1] as number); e++)
    if (graph.col[e] === c) return e;
  return -1;
}

/** The row of each edge of `graph`. */
function rowsOf(graph: BipartiteGraph): number[] {
  const rows: number[] = [];
  for (let r = 0; r < graph.rows; r++)
    for (let e = graph.start[r] as number; e < (graph.start[r + 1] as number); e++) rows.push(r);
  return rows;
}

/** `from`'s chosen edges that `to` has too, as indices into `to`. */
function carried(from: BipartiteGraph, edges: Int32Array, to: BipartiteGraph): number[] {
  const rows = rowsOf(from);
  return Array.from(edges, (e) => edgeOf(to, rows[e] as number, from.col[e] as number)).filter((e) => e >= 0);
}

/** A graph and, drawn on its edges, a b-matching within its capacities (greedily from a random order) and prices. */
const startArb = smallGraphArb.chain((small) =>
  fc.record({
    small: fc.constant(small),
    order: fc.shuffledSubarray(
      small.edges.map((_, k) => k),
      { minLength: 0, maxLength: small.edges.length },
    ),
    rowDual: fc.array(fc.double({ min: -3, max: 12, noNaN: true, noDefaultInfinity: true }), {
      minLength: small.rows,
      maxLength: small.rows,
    }),
    colDual: fc.array(fc.double({ min: -3, max: 12, noNaN: true, noDefaultInfinity: true }), {
      minLength: small.cols,
      maxLength: small.cols,
    }),
  }),
);

/** The edges of `order` (indices into `small.edges`) that fit in the capacities, as indices into `graph`. */
function fitting(small: SmallGraph, graph: BipartiteGraph, order: ReadonlyArray<number>): number[] {
  const rowDeg = new Array<number>(small.rows).fill(0);
  const colDeg = new Array<number>(small.cols).fill(0);
  const edges: number[] = [];
  for (const k of order) {
    const [r, c] = small.edges[k] as readonly [number, number, number];
    if ((rowDeg[r] as number) >= (small.rowCapacity[r] as number)) continue;
    if ((colDeg[c] as number) >= (small.colCapacity[c] as number)) continue;
    rowDeg[r] = (rowDeg[r] as number) + 1;
    colDeg[c] = (colDeg[c] as number) + 1;
    edges.push(edgeOf(graph, r, c));
  }
  return edges.sort((a, b) => a - b);
}

describe('solveBMatching from a start', { timeout: 60_000 }, () => {
  it('reaches the brute-force maximum with proving duals from any b-matching and any prices', () => {
    fc.assert(
      fc.property(startArb, ({ small, order, rowDual, colDual }) => {
        const graph = toGraph(small);
        const edges = fitting(small, graph, order);
        const result = solve(graph, { start: { edges, rowDual, colDual } });
        expect(isFeasible(graph, result)).toBe(true);
        expect(close(result.total, bruteForce(graph, 'max-total').total)).toBe(true);
        expect(result.edges.every((e) => (graph.weight[e] as number) > 0)).toBe(true);
        expect(dualsCertify(graph, result)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it("continues an earlier optimum after edges are added or taken away, to the new graph's maximum", () => {
    fc.assert(
      fc.property(smallGraphArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (small, drop) => {
        const before = toGraph({ ...small, edges: small.edges.filter((_, k) => !drop[k]) });
        const after = toGraph(small);
        const earlier = solve(before);
        // Grown: the earlier optimum is a b-matching of the larger graph.
        const grown = solve(after, {
          start: {
            edges: carried(before, earlier.edges, after),
            rowDual: earlier.rowDual,
            colDual: earlier.colDual,
          },
        });
        expect(close(grown.total, bruteForce(after, 'max-total').total)).toBe(true);
        expect(dualsCertify(after, grown)).toBe(true);
        // Shrunk: the larger graph's optimum, less the edges taken away.
        const full = solve(after);
        const shrunk = solve(before, {
          start: { edges: carried(after, full.edges, before), rowDual: full.rowDual, colDual: full.colDual },
        });
        expect(close(shrunk.total, earlier.total)).toBe(true);
        expect(dualsCertify(before, shrunk)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('says what is wrong with a start, at its path', () => {
    const graph = toGraph({
      rows: 2,
      cols: 2,
      edges: [
        [0, 0, 1],
        [0, 1, 2],
        [1, 0, 3],
      ],
      rowCapacity: [1, 1],
      colCapacity: [1, 1],
    });
    const issues = (options: unknown): unknown => {
      const result = solveBMatching(graph, options as Parameters<typeof solveBMatching>[1]);
      return E.isLeft(result) ? result.left.map(({ code, path }) => ({ code, path })) : 'solved';
    };
    const prices = { rowDual: [0, 0], colDual: [0, 0] };
    expect(issues({ start: { edges: [0, 1], ...prices } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start', 'edges', 1] },
    ]);
    expect(issues({ start: { edges: [0, 2], ...prices } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start', 'edges', 1] },
    ]);
    expect(issues({ start: { edges: [3], ...prices } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start', 'edges', 0] },
    ]);
    expect(issues({ start: { edges: [1, 1], ...prices } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start', 'edges', 1] },
    ]);
    expect(issues({ start: { edges: [], rowDual: [0], colDual: [0, Number.NaN] } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start', 'rowDual'] },
      { code: 'invalid-option', path: ['options', 'start', 'colDual', 1] },
    ]);
    expect(issues({ start: 'yes' })).toEqual([{ code: 'invalid-option', path: ['options', 'start'] }]);
    expect(issues({ objective: 'fairest', start: { edges: [], ...prices } })).toEqual([
      { code: 'invalid-option', path: ['options', 'start'] },
    ]);
    expect(issues({ start: { edges: [1], ...prices } })).toBe('solved');
  });
});
