import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCohort } from '../../src/domain/index';
import { START, rowBatch } from '../../src/evaluation/internal/lazyRow';
import {
  LEARN_CRITERIA,
  menteeKey,
  prefers,
  prepareCohort,
} from '../../src/evaluation/internal/prepareCohort';
import { cohortArbitrary } from '../support/cohortArbitrary';

describe('rowBatch', () => {
  it('equals sorting the row’s candidates after the last one read and taking the first `size`', () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ minMentors: 1, maxMentors: 14, minMentees: 1, maxMentees: 3 }),
        fc.boolean(),
        fc.nat(16),
        fc.nat(16),
        fc.nat(3),
        (input, byLearn, size, skip, closed) => {
          const parsed = parseCohort(input);
          fc.pre(parsed._tag === 'Right');
          if (parsed._tag !== 'Right') return;
          const p = prepareCohort(parsed.right);
          const rows = { score: new Float64Array(p.cols), learn: new Float64Array(p.cols) };
          p.score.rowWith(0, rows.score, [{ criteria: LEARN_CRITERIA, into: rows.learn }]);
          const open = (m: number): boolean => m % 4 !== closed;
          const keyOf = (m: number): number =>
            byLearn ? menteeKey(p, 0, m, 2 * (rows.learn[m] as number)) : (rows.score[m] as number);
          // Every candidate in the row's order, the slow way.
          const all = Array.from({ length: p.cols }, (_, m) => m)
            .filter(
              (m) =>
                (rows.score[m] as number) >= p.minScore &&
                (p.pins.capacityLeft[m] as number) > 0 &&
                !p.pins.isPinned(0, m) &&
                open(m),
            )
            .sort((a, b) =>
              prefers(keyOf(a), rows.score[a] as number, a, keyOf(b), rows.score[b] as number, b) ? -1 : 1,
            );
          // Read from the start, or after the `skip`-th candidate.
          const last = all[skip];
          const after =
            last === undefined || skip >= all.length - 1
              ? START
              : { key: keyOf(last), score: rows.score[last] as number, mentor: last };
          const rest = after === START ? all : all.slice(skip + 1);
          const batch = rowBatch(p, 0, rows, { byLearn, open }, after, size);
          expect([...batch.mentors]).toEqual(rest.slice(0, size));
          expect([...batch.keys]).toEqual(rest.slice(0, size).map(keyOf));
          expect([...batch.scores]).toEqual(rest.slice(0, size).map((m) => rows.score[m] as number));
          expect(batch.complete).toBe(rest.length <= size);
        },
      ),
      { numRuns: 500 },
    );
  });
});
