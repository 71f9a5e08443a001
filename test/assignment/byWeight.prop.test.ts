import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byWeight } from '../../src/assignment/internal/byWeight';

/** Rows of 0 to 150 edges (short ones sorted by insertion, long ones by comparator), weights with ties. */
const rowsArb = fc.array(
  fc.oneof(
    fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 60, maxLength: 150 }),
  ),
  { minLength: 1, maxLength: 5 },
);

describe('byWeight', () => {
  it("orders each row's edges heaviest first, ties by edge index, within the row's own range", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const weights = Float64Array.from(rows.flat(), (k) => k / 4);
        const start = new Int32Array(rows.length + 1);
        rows.forEach((row, r) => (start[r + 1] = (start[r] as number) + row.length));
        const graph = {
          rows: rows.length,
          cols: 1,
          start,
          col: new Int32Array(weights.length),
          edgeRow: new Int32Array(weights.length),
          rowCapacity: new Int32Array(rows.length),
          colCapacity: new Int32Array(1),
        };
        const { edge, weight } = byWeight(graph, weights);
        for (let r = 0; r < rows.length; r++) {
          const from = start[r] as number;
          const to = start[r + 1] as number;
          const expected = Array.from({ length: to - from }, (_, i) => from + i).sort(
            (a, b) => (weights[b] as number) - (weights[a] as number) || a - b,
          );
          expect(Array.from(edge.subarray(from, to))).toEqual(expected);
          expect(Array.from(weight.subarray(from, to))).toEqual(expected.map((e) => weights[e]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
