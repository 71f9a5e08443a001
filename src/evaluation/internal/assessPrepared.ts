import { generationRank } from '../../domain/index';
import type { MenteeOutcome, MentorOutcome, QualityReport } from '../QualityReport';
import { type Audited, auditPairs } from './auditPairs';
import { ANY, heldByMentors } from './heldByMentors';
import {
  LEARN_CRITERIA,
  type PreparedCohort,
  TEACH_CRITERIA,
  allowedScore,
  menteeKey,
  mentorKey,
  prefers,
} from './prepareCohort';
import { scoreStats } from './scoreStats';
import { sharedAvailability } from './sharedAvailability';
import { statedChoices } from './statedChoices';

/** A pair as any matching lists it: two ids, nothing else is read. @internal */
export interface IdPair {
  readonly mentorId: string;
  readonly menteeId: string;
}

/**
 * The {@link QualityReport}s of several lists of pairs on one prepared cohort, in one pass over
 * the mentees: each mentee's row of scores and both preference keys is read once (three rows, no
 * matrix) and serves every list. Ranks do not depend on the list — a mentee's rank of a mentor
 * counts the allowed mentors they prefer, a mentor's rank of a mentee the allowed mentees the
 * mentor prefers — so each pair of the row is placed once among the partners the mentee has in
 * any list (a binary search) and once among the mentees its mentor holds in any list (another);
 * the blocking pairs of each list are then a comparison of those two places with the list's
 * bounds. First the audit (every violation counted, never a throw), then the figures over the
 * effective pairs (see `QualityReport`).
 *
 * @internal
 */
export function assessMany(p: PreparedCohort, lists: ReadonlyArray<ReadonlyArray<IdPair>>): QualityReport[] {
  const { rows, cols, pins } = p;
  const L = lists.length;
  const audits = lists.map((pairs) => auditPairs(p, pairs));
  const held = heldByMentors(p, audits);
  const { start, key: heldKey, score: heldScore, e: heldE, counters, wantsUpTo } = held;
  const menteeRankSum = new Float64Array(L);
  const menteeRanks: MenteeOutcome[][] = lists.map(() => []);
  const blocking = new Float64Array(L);

  const score = new Float64Array(cols);
  const learn = new Float64Array(cols);
  const teach = new Float64Array(cols);
  // The learn and teach rows as p.learn and p.teach score them, in the pass that scores the row.
  const parts = [
    { criteria: LEARN_CRITERIA, into: learn },
    { criteria: TEACH_CRITERIA, into: teach },
  ];
  // 1 at o * L + j when mentor o is the mentee's partner in list j.
  const mine = new Uint8Array(cols * L);
  // Per list, the last place among the mentee's partners (of any list) a mentor outside must
  // reach for the mentee to take them: ANY when the mentee has a place left nobody pinned.
  const menteeBound = new Int32Array(L);
  for (let e = 0; e < rows; e++) {
    p.score.rowWith(e, score, parts);
    // The distinct partners of any list, best first for the mentee.
    const partnersOf = audits.map((a) => a.partners[e] ?? []);
    const x = [...new Set(partnersOf.flatMap((list) => list.map(({ m }) => m)))]
      .map((m) => ({ m, key: menteeKey(p, e, m, 2 * (learn[m] as number)), score: score[m] as number }))
      .sort((a, b) => (prefers(a.key, a.score, a.m, b.key, b.score, b.m) ? -1 : 1));
    const xKey = Float64Array.from(x, (o) => o.key);
    const xScore = Float64Array.from(x, (o) => o.score);
    const xM = Int32Array.from(x, (o) => o.m);
    const placeOf = new Map(x.map((o, i) => [o.m, i]));
    // How many allowed mentors fall at each place among the partners: cntX[q] counts those the
    // mentee puts after q partners and before the rest.
    const cntX = new Int32Array(x.length + 1);
    const placesLeft = pins.menteeCapacityLeft[e] as number;
    let widest = -1;
    partnersOf.forEach((list, j) => {
      let unpinned = 0;
      let worst = -1;
      for (const { m } of list) {
        mine[m * L + j] = 1;
        if (pins.isPinned(e, m)) continue;
        unpinned++;
        worst = Math.max(worst, placeOf.get(m) as number);
      }
      menteeBound[j] = unpinned < placesLeft ? ANY : worst;
      widest = Math.max(widest, menteeBound[j] as number);
    });
    if (placesLeft <= 0) widest = -1;
    for (let o = 0; o < cols; o++) {
      const s = score[o] as number;
      if (!allowedScore(p, e, o, s)) continue;
      const ko = menteeKey(p, e, o, 2 * (learn[o] as number));
      // Among the mentee's partners: how many the mentee prefers to o.
      // Most mentors come after every partner, most mentees after every mentee their mentor holds:
      // the last one is compared first, and the search runs only when the newcomer beats it.
      const n = x.length;
      let lo =
        n > 0 && prefers(xKey[n - 1] as number, xScore[n - 1] as number, xM[n - 1] as number, ko, s, o)
          ? n
          : 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefers(xKey[mid] as number, xScore[mid] as number, xM[mid] as number, ko, s, o)) lo = mid + 1;
        else hi = mid;
      }
      const q = lo;
      cntX[q] = (cntX[q] as number) + 1;
      // Among mentor o's mentees: the first that e beats (o's counters sit at start + o onwards).
      const ke = mentorKey(p, e, o, (teach[o] as number) + s);
      hi = start[o + 1] as number;
      lo = start[o] as number;
      const z = hi - 1;
      if (z >= lo && !prefers(ke, s, e, heldKey[z] as number, heldScore[z] as number, heldE[z] as number))
        lo = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefers(ke, s, e, heldKey[mid] as number, heldScore[mid] as number, heldE[mid] as number))
          hi = mid;
        else lo = mid + 1;
      }
      counters[lo + o] = (counters[lo + o] as number) + 1;
      // A blocking pair: both would rather have each other, on places nobody pinned.
      if (q > widest || (pins.capacityLeft[o] as number) <= 0) continue;
      for (let j = 0; j < L; j++)
        if (
          mine[o * L + j] === 0 &&
          q <= (menteeBound[j] as number) &&
          lo <= (wantsUpTo[j * cols + o] as number)
        )
          blocking[j] = (blocking[j] as number) + 1;
    }
    // A partner's rank: 1 + the allowed mentors before it (itself not counted).
    const rankAt = new Int32Array(x.length);
    let before = 0;
    x.forEach((o, i) => {
      before += cntX[i] as number;
      rankAt[i] = 1 + before - (allowedScore(p, e, o.m, o.score) ? 1 : 0);
    });
    const menteeId = p.cohort.mentees[e]?.id ?? '';
    partnersOf.forEach((list, j) => {
      const outcomes = menteeRanks[j] as MenteeOutcome[];
      if (list.length === 0) outcomes.push({ menteeId, mentorId: null, score: null, rank: null });
      for (const { m, score: s } of list) {
        mine[m * L + j] = 0;
        const rank = rankAt[placeOf.get(m) as number] as number;
        menteeRankSum[j] = (menteeRankSum[j] as number) + rank;
        outcomes.push({ menteeId, mentorId: p.cohort.mentors[m]?.id ?? '', score: s, rank });
      }
    });
  }

  // A held mentee's rank for their mentor: 1 + the allowed mentees the mentor prefers to them.
  const mentorRank = new Int32Array(heldE.length);
  for (let m = 0; m < cols; m++) {
    let above = 0;
    for (let i = start[m] as number; i < (start[m + 1] as number); i++) {
      above += counters[i + m] as number;
      mentorRank[i] = 1 + above;
    }
  }
  return audits.map((audit, j) => {
    const byMentor: Array<Array<{ menteeId: string; rank: number }>> = p.cohort.mentors.map(() => []);
    let mentorRankSum = 0;
    audit.partners.forEach((list, e) => {
      for (const { m } of list) {
        const rank = mentorRank[held.at(e, m) as number] as number;
        mentorRankSum += rank;
        byMentor[m]?.push({ menteeId: p.cohort.mentees[e]?.id ?? '', rank });
      }
    });
    const mentorRanks: MentorOutcome[] = p.cohort.mentors.map((mentor, m) => {
      const mentees = byMentor[m] ?? [];
      mentees.sort((a, b) => (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : 0));
      return { mentorId: mentor.id, capacity: mentor.capacity, mentees };
    });
    return report(p, audit, {
      menteeRankSum: menteeRankSum[j] as number,
      mentorRankSum,
      blockingPairs: blocking[j] as number,
      menteeRanks: menteeRanks[j] as MenteeOutcome[],
      mentorRanks,
    });
  });
}

/** The report of one audited list once the ranks and blocking pairs are counted. */
function report(
  p: PreparedCohort,
  audit: Audited,
  counted: {
    readonly menteeRankSum: number;
    readonly mentorRankSum: number;
    readonly blockingPairs: number;
    readonly menteeRanks: ReadonlyArray<MenteeOutcome>;
    readonly mentorRanks: ReadonlyArray<MentorOutcome>;
  },
): QualityReport {
  const { cohort } = p;
  const scores: number[] = [];
  let coverageSum = 0;
  let withGoals = 0;
  let crossKnown = 0;
  let cross = 0;
  let generationKnown = 0;
  let generationSum = 0;
  let gradeSum = 0;
  audit.partners.forEach((list, e) => {
    const mentee = cohort.mentees[e];
    if (mentee === undefined) return;
    if (p.hasOpenGoals[e] === 1) {
      withGoals++;
      // Several mentors: the mentee's goals are as covered as their best mentor covers them.
      let best = 0;
      for (const { m } of list) best = Math.max(best, p.coverage.at(e, m));
      coverageSum += best;
    }
    for (const { m, score } of list) {
      const mentor = cohort.mentors[m];
      if (mentor === undefined) continue;
      scores.push(score);
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
  });
  const stats = scoreStats(scores);
  const matched = scores.length;
  const capacity = p.capacity.reduce((a, b) => a + b, 0);
  const wanted = p.menteeCapacity.reduce((a, b) => a + b, 0);
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  const v = audit.violations;
  return {
    mentees: p.rows,
    mentors: p.cols,
    matched,
    matchedShare: share(matched, wanted),
    totalScore: stats.total,
    meanScore: stats.mean,
    minScore: stats.min,
    p10Score: stats.p10,
    gini: stats.gini,
    goalCoverage: share(coverageSum, withGoals),
    meanMenteeRank: share(counted.menteeRankSum, matched),
    meanMentorRank: share(counted.mentorRankSum, matched),
    blockingPairs: counted.blockingPairs,
    load: { used: matched, capacity, share: share(matched, capacity) },
    crossDepartmentShare: share(cross, crossKnown),
    meanGenerationGap: share(generationSum, generationKnown),
    meanGradeGap: share(gradeSum, matched),
    ...statedChoices(p, audit.partners),
    ...sharedAvailability(p, audit.partners),
    ruleViolations:
      v.unknownPerson + v.blockedPair + v.belowMinScore + v.overCapacity + v.duplicateMentee + v.missingPin,
    violations: v,
    menteeRanks: counted.menteeRanks,
    mentorRanks: counted.mentorRanks,
  };
}

/** The {@link QualityReport} of one list of pairs. @internal */
export function assessPrepared(p: PreparedCohort, pairs: ReadonlyArray<IdPair>): QualityReport {
  return assessMany(p, [pairs])[0] as QualityReport;
}
