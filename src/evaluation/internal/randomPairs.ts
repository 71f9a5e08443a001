import { createRandomUnchecked } from '../../synthetic/createRandomUnchecked';
import { LEARN_CRITERIA, type PreparedCohort } from './prepareCohort';

/**
 * The random baseline by index: pins first, then the mentees with places left in a seeded random
 * order, each drawing their mentors one by one, uniformly among the allowed mentors with a place
 * left that they do not have yet. The result is a valid matching and maximal (a mentee short of
 * mentors had no allowed mentor with a place left when their turn came, and places only fill up).
 * Each mentee's row is scored once, at their turn.
 *
 * @param visit - called with each row once scored, with its learn criteria too, for a baseline
 *   that would score the same rows (the stable one reads its first candidates from them)
 * @returns the chosen pairs `[mentee, mentor]`, pins aside
 * @internal
 */
export function randomPairs(
  p: PreparedCohort,
  seed: number,
  visit?: (e: number, rows: { readonly score: Float64Array; readonly learn: Float64Array }) => void,
): Array<readonly [number, number]> {
  const { rows, cols, minScore, pins } = p;
  const random = createRandomUnchecked(seed);
  const left = Int32Array.from(pins.capacityLeft);
  const free: number[] = [];
  for (let e = 0; e < rows; e++) if ((pins.menteeCapacityLeft[e] as number) > 0) free.push(e);
  const candidates = new Int32Array(cols);
  const buffers = { score: new Float64Array(cols), learn: new Float64Array(visit === undefined ? 0 : cols) };
  const { score } = buffers;
  const chosen: Array<readonly [number, number]> = [];
  for (const e of random.shuffle(free)) {
    if (visit === undefined) p.score.row(e, score);
    else {
      p.score.rowWith(e, score, [{ criteria: LEARN_CRITERIA, into: buffers.learn }]);
      visit(e, buffers);
    }
    let n = 0;
    for (let m = 0; m < cols; m++)
      if ((left[m] as number) > 0 && (score[m] as number) >= minScore && !pins.isPinned(e, m))
        candidates[n++] = m;
    for (let draws = pins.menteeCapacityLeft[e] as number; draws > 0 && n > 0; draws--) {
      const i = random.int(0, n - 1);
      const m = candidates[i] as number;
      // Without replacement: the last candidate takes the drawn one's slot.
      candidates[i] = candidates[--n] as number;
      chosen.push([e, m]);
      left[m] = (left[m] as number) - 1;
    }
  }
  return chosen;
}
