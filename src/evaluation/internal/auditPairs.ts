import type { Violations } from '../QualityReport';
import type { IdPair } from './assessPrepared';
import { type PreparedCohort, allowedScore } from './prepareCohort';

/** A list of pairs audited: what is wrong with it, and its effective pairs by mentee. @internal */
export interface Audited {
  readonly violations: Violations;
  /** Each mentee's effective pairs (mentor index and score), by mentor index. */
  readonly partners: ReadonlyArray<ReadonlyArray<{ readonly m: number; readonly score: number }>>;
}

/**
 * Audits a list of pairs (every violation counted, never a throw) and keeps its effective pairs:
 * for each mentee, the distinct pairs with a known mentor that no hard rule blocks, the
 * `capacity` highest-scoring of them (ties to the mentor first by id). For a valid matching these
 * are simply its pairs.
 *
 * @internal
 */
export function auditPairs(p: PreparedCohort, pairs: ReadonlyArray<IdPair>): Audited {
  const { cohort, rows, cols, pins } = p;
  const mentorIndex = new Map<string, number>(cohort.mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map<string, number>(cohort.mentees.map((m, i) => [m.id, i]));
  const listedTimes = new Int32Array(rows);
  const repeats = new Int32Array(rows);
  const mentorTimes = new Int32Array(cols);
  const seen = new Set<number>();
  const present = new Set<string>();
  const found: Array<Array<{ readonly m: number; readonly score: number }>> = Array.from(
    { length: rows },
    () => [],
  );
  let unknownPerson = 0;
  let blockedPair = 0;
  let belowMinScore = 0;
  for (const pair of pairs) {
    const m = mentorIndex.get(pair.mentorId);
    const e = menteeIndex.get(pair.menteeId);
    if (m === undefined || e === undefined) {
      unknownPerson++;
      continue;
    }
    present.add(JSON.stringify([pair.mentorId, pair.menteeId]));
    listedTimes[e] = (listedTimes[e] as number) + 1;
    mentorTimes[m] = (mentorTimes[m] as number) + 1;
    if (seen.has(e * cols + m)) {
      repeats[e] = (repeats[e] as number) + 1;
      continue;
    }
    seen.add(e * cols + m);
    const s = p.score.at(e, m);
    if (s === Number.NEGATIVE_INFINITY) {
      blockedPair++;
      continue;
    }
    if (!allowedScore(p, e, m, s)) belowMinScore++;
    found[e]?.push({ m, score: s });
  }
  let duplicateMentee = 0;
  for (let e = 0; e < rows; e++)
    duplicateMentee += Math.max(
      0,
      (listedTimes[e] as number) - (p.menteeCapacity[e] as number),
      repeats[e] as number,
    );
  let overCapacity = 0;
  for (let m = 0; m < cols; m++)
    overCapacity += Math.max(0, (mentorTimes[m] as number) - (p.capacity[m] as number));
  const missingPin = pins.listed.filter((pin) => !present.has(JSON.stringify(pin))).length;
  const partners = found.map((list, e) =>
    list
      .sort((a, b) => b.score - a.score || a.m - b.m)
      .slice(0, Math.max(0, p.menteeCapacity[e] as number))
      .sort((a, b) => a.m - b.m),
  );
  return {
    violations: { unknownPerson, blockedPair, belowMinScore, overCapacity, duplicateMentee, missingPin },
    partners,
  };
}
