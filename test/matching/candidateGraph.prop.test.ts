import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestCandidates } from '../../src/matching/internal/bestCandidates';
import { matrixProblem } from './matrixScorer';

describe('the candidate graph of a scan', () => {
  it("keeps each row's best candidates (score down, then mentor up) in the graph, the next ones in reserve, and bounds the rest", () => {
    const problems = fc
      // Short rows, and rows long enough for the scan to gather by a sampled threshold (over twice
      // the candidates kept), with few distinct scores and mentors without a place, so that the
      // threshold is sometimes too high and the row is gathered again in full.
      .record({
        rows: fc.integer({ min: 1, max: 6 }),
        cols: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 61, max: 400 })),
      })
      .chain(({ rows, cols }) =>
        fc.record({
          scores: fc.array(
            fc.array(
              fc.oneof(
                { weight: 1, arbitrary: fc.constant(Number.NEGATIVE_INFINITY) },
                { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }).map((x) => x / 10) },
                { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
              ),
              { minLength: cols, maxLength: cols },
            ),
            { minLength: rows, maxLength: rows },
          ),
          colCapacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cols, maxLength: cols }),
          keep: fc.integer({ min: 1, max: 8 }),
          reserve: fc.integer({ min: 0, max: 30 }),
          minScore: fc.constantFrom(0, 0.35),
        }),
      );
    fc.assert(
      fc.property(problems, ({ scores, colCapacity, keep, reserve, minScore }) => {
        const rowCapacity = scores.map(() => 1);
        const { p, candidates: c } = matrixProblem({
          scores,
          rowCapacity,
          colCapacity,
          minScore,
          keep,
          reserve,
        });
        scores.forEach((row, r) => {
          const ranked = row
            .map((s, m) => ({ s, m }))
            .filter(({ s, m }) => s >= minScore && (colCapacity[m] as number) > 0)
            .sort((a, b) => b.s - a.s || a.m - b.m);
          const inGraph = ranked.slice(0, keep).map(({ m }) => m);
          const inReserve = ranked.slice(keep, keep + reserve).map(({ m }) => m);
          const rest = ranked.slice(keep + reserve);
          const slice = (start: Int32Array, col: Int32Array): number[] =>
            Array.from(col.subarray(start[r] as number, start[r + 1] as number));
          expect(slice(c.graph.start, c.graph.col)).toEqual([...inGraph].sort((a, b) => a - b));
          expect(slice(c.reserve.start, c.reserve.col)).toEqual([...inReserve].sort((a, b) => a - b));
          expect(c.beyond[r]).toBe(rest[0]?.s ?? Number.NEGATIVE_INFINITY);
          expect(c.threshold[r]).toBe(ranked[keep]?.s ?? Number.NEGATIVE_INFINITY);
          // Both merged: the row's first candidates in order, and whether they are all of them.
          const best = bestCandidates(p, c)(r);
          const first = ranked.slice(0, keep + reserve);
          expect(Array.from(best?.mentors ?? [])).toEqual(first.map(({ m }) => m));
          expect(Array.from(best?.scores ?? [])).toEqual(first.map(({ s }) => s));
          expect(best?.complete).toBe(rest.length === 0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
