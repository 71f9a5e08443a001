import { createRandom } from '../../synthetic/index';
import type { PreparedCohort } from './prepareCohort';

/**
 * The random baseline by index: pins first, then the other mentees in a seeded random order, each
 * taking a mentor drawn uniformly among the allowed mentors with a place left. The result is a
 * valid matching and maximal (a mentee left out had no allowed mentor with a place left when
 * their turn came, and places only fill up).
 *
 * @returns the mentor of each mentee, or −1
 * @internal
 */
export function randomPairs(p: PreparedCohort, seed: number): Int32Array {
  const { rows, cols, score, minScore, pins } = p;
  const random = createRandom(seed);
  const mentorOf = Int32Array.from(pins.pinnedTo);
  const left = Int32Array.from(pins.capacityLeft);
  const free: number[] = [];
  for (let e = 0; e < rows; e++) if (mentorOf[e] === -1) free.push(e);
  const candidates = new Int32Array(cols);
  for (const e of random.shuffle(free)) {
    let n = 0;
    for (let m = 0; m < cols; m++)
      if ((left[m] as number) > 0 && (score[e * cols + m] as number) >= minScore) candidates[n++] = m;
    if (n === 0) continue;
    const m = candidates[random.int(0, n - 1)] as number;
    mentorOf[e] = m;
    left[m] = (left[m] as number) - 1;
  }
  return mentorOf;
}
