import type { Cohort } from '../../src/domain/index';
import { scoreMatrix } from '../../src/scoring/index';
import { orThrow } from '../../src/domain/orThrow';

/** The best of every objective, found by trying every matching. */
export interface BruteForce {
  /** Largest total (free pairs only). */
  readonly maxTotal: number;
  /** Most free pairs, and the largest total among those. */
  readonly maxCount: number;
  readonly maxTotalAtMaxCount: number;
  /** Among matchings with `maxCount` pairs, the best worst pair, and the largest total among those. */
  readonly bestMin: number;
  readonly maxTotalAtBestMin: number;
}

/**
 * Enumerates every way to give each free mentee one allowed mentor with a place left (or none),
 * with the pinned pairs fixed. Exponential: for cohorts of a few people only.
 */
export function bruteForce(cohort: Cohort, minScore: number): BruteForce {
  const matrix = orThrow(scoreMatrix(cohort));
  const places = cohort.mentors.map((m) => m.capacity);
  const pinned = new Set<number>();
  for (const [mentorId, menteeId] of cohort.programme.rules.pinnedPairs) {
    const e = cohort.mentees.findIndex((x) => x.id === menteeId);
    const m = cohort.mentors.findIndex((x) => x.id === mentorId);
    if (pinned.has(e)) continue;
    pinned.add(e);
    places[m] = (places[m] ?? 0) - 1;
  }
  const free = cohort.mentees.map((_, e) => e).filter((e) => !pinned.has(e));
  let maxTotal = 0;
  let maxCount = 0;
  let maxTotalAtMaxCount = 0;
  let bestMin = Number.NEGATIVE_INFINITY;
  let maxTotalAtBestMin = 0;
  const go = (i: number, total: number, count: number, min: number): void => {
    if (i === free.length) {
      maxTotal = Math.max(maxTotal, total);
      if (count > maxCount || (count === maxCount && total > maxTotalAtMaxCount)) {
        if (count > maxCount) {
          bestMin = Number.NEGATIVE_INFINITY;
          maxTotalAtBestMin = 0;
        }
        maxCount = count;
        maxTotalAtMaxCount = total;
      }
      if (count === maxCount && (min > bestMin || (min === bestMin && total > maxTotalAtBestMin))) {
        bestMin = min;
        maxTotalAtBestMin = total;
      }
      return;
    }
    const e = free[i] as number;
    go(i + 1, total, count, min);
    for (let m = 0; m < matrix.cols; m++) {
      const s = matrix.data[e * matrix.cols + m] as number;
      if ((places[m] ?? 0) <= 0 || !(s >= minScore)) continue;
      places[m] = (places[m] ?? 0) - 1;
      go(i + 1, total + s, count + 1, Math.min(min, s));
      places[m] = (places[m] ?? 0) + 1;
    }
  };
  go(0, 0, 0, Number.POSITIVE_INFINITY);
  return { maxTotal, maxCount, maxTotalAtMaxCount, bestMin, maxTotalAtBestMin };
}

/** Best pair first among allowed pairs with places left: the greedy baseline. */
export function greedyTotal(cohort: Cohort, minScore: number, places: number[], taken: Set<number>): number {
  const matrix = orThrow(scoreMatrix(cohort));
  const cells: Array<{ readonly e: number; readonly m: number; readonly s: number }> = [];
  for (let e = 0; e < matrix.rows; e++) {
    for (let m = 0; m < matrix.cols; m++) {
      const s = matrix.data[e * matrix.cols + m] as number;
      if (s >= minScore && !taken.has(e)) cells.push({ e, m, s });
    }
  }
  cells.sort((a, b) => b.s - a.s || a.e - b.e || a.m - b.m);
  let total = 0;
  const done = new Set(taken);
  for (const { e, m, s } of cells) {
    if (done.has(e) || (places[m] ?? 0) <= 0) continue;
    done.add(e);
    places[m] = (places[m] ?? 0) - 1;
    total += s;
  }
  return total;
}
