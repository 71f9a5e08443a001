import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bottleneckThreshold, maxCardinality, sparseFromDense } from '../../src/assignment';
import { matrixArb } from './arbitraries';
import { kuhnMatching } from './checks';

/** The definition, checked value by value from the top: the largest t whose cells >= t allow k pairs. */
function bottleneckByDefinition(m: number[][], k: number): number | undefined {
  if (k === 0) return Infinity;
  const values = [...new Set(m.flat().filter(Number.isFinite))].sort((a, b) => b - a);
  return values.find((t) => kuhnMatching(m.map((row) => row.map((v) => v >= t))) >= k);
}

/** The worst pair of the fairest full assignment, by enumerating every assignment. */
function fairestByEnumeration(m: number[][]): number | undefined {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const t = rows > cols;
  const n = Math.min(rows, cols);
  const cell = (i: number, j: number): number =>
    (t ? (m[j] as number[])[i] : (m[i] as number[])[j]) as number;
  const used = new Array<boolean>(Math.max(rows, cols)).fill(false);
  let best: number | undefined;
  const go = (i: number, worst: number): void => {
    if (i === n) {
      if (best === undefined || worst > best) best = worst;
      return;
    }
    for (let j = 0; j < used.length; j++) {
      const value = cell(i, j);
      if (used[j] || value === -Infinity) continue;
      used[j] = true;
      go(i + 1, Math.min(worst, value));
      used[j] = false;
    }
  };
  go(0, Infinity);
  return best;
}

const scores = matrixArb({ maxRows: 7, maxCols: 7, maximize: true, forbidden: true, minSize: 1 });

describe('bottleneckThreshold', () => {
  it('is the worst pair of the fairest full assignment', () => {
    fc.assert(
      fc.property(scores, (m) => {
        const expected = fairestByEnumeration(m);
        const got = bottleneckThreshold(m);
        return expected === undefined
          ? E.isLeft(got) && got.left[0].code === 'infeasible'
          : E.isRight(got) && got.right === expected;
      }),
      { numRuns: 300 },
    );
  });

  it('is the largest threshold that still allows minMatched pairs, on dense and sparse input alike', () => {
    fc.assert(
      fc.property(scores, fc.nat(), (m, pick) => {
        const k = pick % (Math.min(m.length, m[0]?.length ?? 0) + 1);
        const expected = bottleneckByDefinition(m, k);
        const sparse = sparseFromDense(m, { maximize: true });
        if (E.isLeft(sparse)) return false;
        return [
          bottleneckThreshold(m, { minMatched: k }),
          bottleneckThreshold(sparse.right, { minMatched: k }),
        ].every((got) =>
          expected === undefined
            ? E.isLeft(got) && got.left[0].code === 'infeasible'
            : E.isRight(got) && got.right === expected,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a minMatched that is not an integer in [0, min(rows, cols)]', () => {
    for (const minMatched of [-1, 3, 1.5]) {
      expect(
        bottleneckThreshold(
          [
            [1, 2],
            [3, 4],
          ],
          { minMatched },
        ),
      ).toMatchObject({ _tag: 'Left', left: [{ code: 'invalid-option', path: ['options', 'minMatched'] }] });
    }
  });

  it('gives +Infinity for minMatched 0 and for an empty matrix', () => {
    expect(bottleneckThreshold([[1, 2]], { minMatched: 0 })).toEqual(E.right(Infinity));
    expect(bottleneckThreshold([])).toEqual(E.right(Infinity));
  });

  it('rejects NaN and +Infinity (scores are maximised, -Infinity is the forbidden value)', () => {
    expect(bottleneckThreshold([[1, NaN]])).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost', row: 0, col: 1 }],
    });
    expect(bottleneckThreshold([[Infinity, 1]])).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost', row: 0, col: 0 }],
    });
  });

  it('is infeasible when not even every allowed cell gives enough pairs', () => {
    expect(
      bottleneckThreshold([
        [1, -Infinity],
        [2, -Infinity],
      ]),
    ).toMatchObject({ _tag: 'Left', left: [{ code: 'infeasible' }] });
  });
});

describe('maxCardinality', () => {
  it('is the size of a maximum matching over the finite cells (dense, nested, sparse)', () => {
    fc.assert(
      fc.property(matrixArb({ maxRows: 9, maxCols: 9, maximize: false, forbidden: true }), (m) => {
        const expected = kuhnMatching(m.map((row) => row.map(Number.isFinite)));
        const sparse = sparseFromDense(m);
        const flat = { rows: m.length, cols: m[0]?.length ?? 0, data: Float64Array.from(m.flat()) };
        return (
          E.isRight(sparse) &&
          [maxCardinality(m), maxCardinality(flat), maxCardinality(sparse.right)].every(
            (got) => E.isRight(got) && got.right === expected,
          )
        );
      }),
      { numRuns: 300 },
    );
  });

  it('matches a long chain that needs deep augmenting paths', () => {
    // Row r may take column r + 1 (listed first) or r: the greedy start matches r to r + 1 and
    // leaves the last row free, whose only augmenting path runs the whole chain back to column 0.
    const n = 3000;
    const rowStart = new Int32Array(n + 1);
    const colIndex: number[] = [];
    for (let r = 0; r < n; r++) {
      if (r + 1 < n) colIndex.push(r + 1);
      colIndex.push(r);
      rowStart[r + 1] = colIndex.length;
    }
    const m = {
      rows: n,
      cols: n,
      rowStart,
      colIndex: Int32Array.from(colIndex),
      cost: new Float64Array(colIndex.length),
    };
    expect(maxCardinality(m)).toEqual(E.right(n));
  });

  it('reads -Infinity as forbidden when maximising', () => {
    expect(
      maxCardinality(
        [
          [0.9, -Infinity],
          [0.4, -Infinity],
        ],
        { maximize: true },
      ),
    ).toEqual(E.right(1));
    expect(maxCardinality([[0.9, -Infinity]])).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost' }],
    });
  });
});
