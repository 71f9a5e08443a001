import { generationRank } from '../../domain/index';
import type { MenteeOutcome, MentorOutcome, QualityReport, Violations } from '../QualityReport';
import { type PreparedCohort, allowed, menteePrefers, mentorPrefers } from './prepareCohort';
import { scoreStats } from './scoreStats';

/** A pair as any matching lists it: two ids, nothing else is read. @internal */
export interface IdPair {
  readonly mentorId: string;
  readonly menteeId: string;
}

/**
 * The {@link QualityReport} of a list of pairs on a prepared cohort: first the audit (every
 * violation counted, never a throw), then the figures over the effective pairs (see
 * `QualityReport`). Every loop is over typed arrays; the costliest, the ranks and the blocking
 * pairs, are O(mentees × mentors) comparisons in all, without allocation.
 *
 * @internal
 */
export function assessPrepared(p: PreparedCohort, pairs: ReadonlyArray<IdPair>): QualityReport {
  const { cohort, rows, cols, score, pins } = p;
  const mentorIndex = new Map<string, number>(cohort.mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map<string, number>(cohort.mentees.map((m, i) => [m.id, i]));

  // The audit.
  const listedTimes = new Int32Array(rows);
  const mentorTimes = new Int32Array(cols);
  const best = new Int32Array(rows).fill(-1);
  const present = new Set<string>();
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
    const s = score[e * cols + m] as number;
    if (s === Number.NEGATIVE_INFINITY) {
      blockedPair++;
      continue;
    }
    if (!allowed(p, e, m)) belowMinScore++;
    const b = best[e] as number;
    if (b === -1 || s > (score[e * cols + b] as number) || (s === score[e * cols + b] && m < b)) best[e] = m;
  }
  let duplicateMentee = 0;
  for (let e = 0; e < rows; e++) duplicateMentee += Math.max(0, (listedTimes[e] as number) - 1);
  let overCapacity = 0;
  for (let m = 0; m < cols; m++)
    overCapacity += Math.max(0, (mentorTimes[m] as number) - (p.capacity[m] as number));
  const missingPin = pins.listed.filter((pin) => !present.has(JSON.stringify(pin))).length;
  const violations: Violations = {
    unknownPerson,
    blockedPair,
    belowMinScore,
    overCapacity,
    duplicateMentee,
    missingPin,
  };

  // Each mentor's mentees that are not pinned to them, and the one they like least: the place a
  // mentee outside could take.
  const unpinnedCount = new Int32Array(cols);
  const worst = new Int32Array(cols).fill(-1);
  for (let e = 0; e < rows; e++) {
    const m = best[e] as number;
    if (m === -1 || pins.pinnedTo[e] === m) continue;
    unpinnedCount[m] = (unpinnedCount[m] as number) + 1;
    const w = worst[m] as number;
    if (w === -1 || mentorPrefers(p, m, w, e)) worst[m] = e;
  }

  const scores: number[] = [];
  const menteeRanks: MenteeOutcome[] = [];
  const mentorPartners: Array<Array<{ readonly menteeId: string; readonly rank: number }>> = Array.from(
    { length: cols },
    () => [],
  );
  let coverageSum = 0;
  let withGoals = 0;
  let menteeRankSum = 0;
  let mentorRankSum = 0;
  let blockingPairs = 0;
  let crossKnown = 0;
  let cross = 0;
  let generationKnown = 0;
  let generationSum = 0;
  let gradeSum = 0;
  for (let e = 0; e < rows; e++) {
    const mentee = cohort.mentees[e];
    if (mentee === undefined) continue;
    const m = best[e] as number;
    const mentor = cohort.mentors[m];
    if (p.hasOpenGoals[e] === 1) {
      withGoals++;
      if (m !== -1) coverageSum += p.coverage.at(e, m);
    }
    if (pins.pinnedTo[e] === -1) {
      // Blocking pairs with e: an allowed mentor with open places whom e prefers to their partner
      // and who has a free place or prefers e to the mentee they like least.
      for (let o = 0; o < cols; o++) {
        if (o === m || (pins.capacityLeft[o] as number) <= 0 || !allowed(p, e, o)) continue;
        if (m !== -1 && !menteePrefers(p, e, o, m)) continue;
        const w = worst[o] as number;
        if (
          (unpinnedCount[o] as number) < (pins.capacityLeft[o] as number) ||
          (w !== -1 && mentorPrefers(p, o, e, w))
        )
          blockingPairs++;
      }
    }
    if (mentor === undefined) {
      menteeRanks.push({ menteeId: mentee.id, mentorId: null, score: null, rank: null });
      continue;
    }
    const s = score[e * cols + m] as number;
    scores.push(s);
    // Rank = 1 + the allowed partners each side prefers to the one they got.
    let rank = 1;
    for (let o = 0; o < cols; o++) if (o !== m && allowed(p, e, o) && menteePrefers(p, e, o, m)) rank++;
    menteeRankSum += rank;
    menteeRanks.push({ menteeId: mentee.id, mentorId: mentor.id, score: s, rank });
    let mentorRank = 1;
    for (let o = 0; o < rows; o++) if (o !== e && allowed(p, o, m) && mentorPrefers(p, m, o, e)) mentorRank++;
    mentorRankSum += mentorRank;
    mentorPartners[m]?.push({ menteeId: mentee.id, rank: mentorRank });

    if (mentor.department !== undefined && mentee.department !== undefined) {
      crossKnown++;
      if (mentor.department !== mentee.department) cross++;
    }
    if (mentor.generation !== undefined && mentee.generation !== undefined) {
      generationKnown++;
      generationSum += generationRank(mentor.generation) - generationRank(mentee.generation);
    }
    gradeSum += mentee.grade - mentor.grade;
  }

  const stats = scoreStats(scores);
  const matched = scores.length;
  const capacity = p.capacity.reduce((a, b) => a + b, 0);
  const mentorRanks: MentorOutcome[] = cohort.mentors.map((mentor, m) => ({
    mentorId: mentor.id,
    capacity: mentor.capacity,
    mentees: mentorPartners[m] ?? [],
  }));
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  return {
    mentees: rows,
    mentors: cols,
    matched,
    matchedShare: share(matched, rows),
    totalScore: stats.total,
    meanScore: stats.mean,
    minScore: stats.min,
    p10Score: stats.p10,
    gini: stats.gini,
    goalCoverage: share(coverageSum, withGoals),
    meanMenteeRank: share(menteeRankSum, matched),
    meanMentorRank: share(mentorRankSum, matched),
    blockingPairs,
    load: { used: matched, capacity, share: share(matched, capacity) },
    crossDepartmentShare: share(cross, crossKnown),
    meanGenerationGap: share(generationSum, generationKnown),
    meanGradeGap: share(gradeSum, matched),
    ruleViolations: unknownPerson + blockedPair + belowMinScore + overCapacity + duplicateMentee + missingPin,
    violations,
    menteeRanks,
    mentorRanks,
  };
}
