import type { Cohort } from '../../src/domain/index';
import { pairScorer } from '../../src/scoring/index';
import { orThrow } from '../../src/domain/orThrow';

/** The best of every objective over every b-matching of the free places, found by enumeration. */
export interface BMatchingOptimum {
  readonly maxTotal: number;
  readonly maxCount: number;
  readonly maxTotalAtMaxCount: number;
  readonly bestMin: number;
  readonly maxTotalAtBestMin: number;
}

/**
 * Tries every way to give each mentee a set of allowed mentors (score ≥ minScore, not pinned to
 * them) within both sides' places left after the pins, each pair at most once. Exponential: a
 * handful of people only.
 */
export function bMatchingBruteForce(cohort: Cohort, minScore: number): BMatchingOptimum {
  const scorer = orThrow(pairScorer(cohort));
  const places = cohort.mentors.map((m) => m.capacity);
  const wants = cohort.mentees.map((m) => m.capacity);
  const pinned = new Set<string>();
  for (const [mentorId, menteeId] of cohort.programme.rules.pinnedPairs) {
    const key = JSON.stringify([mentorId, menteeId]);
    if (pinned.has(key)) continue;
    pinned.add(key);
    const m = cohort.mentors.findIndex((x) => x.id === mentorId);
    const e = cohort.mentees.findIndex((x) => x.id === menteeId);
    places[m] = (places[m] ?? 0) - 1;
    wants[e] = (wants[e] ?? 0) - 1;
  }
  let maxTotal = 0;
  let maxCount = 0;
  let maxTotalAtMaxCount = 0;
  let bestMin = Number.NEGATIVE_INFINITY;
  let maxTotalAtBestMin = 0;
  const visit = (e: number, from: number, left: number, total: number, count: number, min: number): void => {
    if (e === cohort.mentees.length) {
      maxTotal = Math.max(maxTotal, total);
      if (count > maxCount) {
        maxCount = count;
        maxTotalAtMaxCount = total;
        bestMin = min;
        maxTotalAtBestMin = total;
      } else if (count === maxCount) {
        maxTotalAtMaxCount = Math.max(maxTotalAtMaxCount, total);
        if (min > bestMin) {
          bestMin = min;
          maxTotalAtBestMin = total;
        } else if (min === bestMin) maxTotalAtBestMin = Math.max(maxTotalAtBestMin, total);
      }
      return;
    }
    // Stop taking mentors for e here, or take one more (in index order, so each set once).
    visit(e + 1, 0, wants[e + 1] ?? 0, total, count, min);
    if (left <= 0) return;
    const mentee = cohort.mentees[e];
    for (let m = from; m < cohort.mentors.length; m++) {
      const mentor = cohort.mentors[m];
      if (mentee === undefined || mentor === undefined || (places[m] ?? 0) <= 0) continue;
      if (pinned.has(JSON.stringify([mentor.id, mentee.id]))) continue;
      const s = scorer.at(e, m);
      if (!(s >= minScore)) continue;
      places[m] = (places[m] ?? 0) - 1;
      visit(e, m + 1, left - 1, total + s, count + 1, Math.min(min, s));
      places[m] = (places[m] ?? 0) + 1;
    }
  };
  visit(0, 0, wants[0] ?? 0, 0, 0, Number.POSITIVE_INFINITY);
  return { maxTotal, maxCount, maxTotalAtMaxCount, bestMin, maxTotalAtBestMin };
}
