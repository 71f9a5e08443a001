import { generationRank } from '../../domain/index';
import type { MenteeOutcome, MentorOutcome, QualityReport } from '../QualityReport';
import { type Audited, auditPairs } from './auditPairs';
import {
  LEARN_CRITERIA,
  type PreparedCohort,
  TEACH_CRITERIA,
  allowedScore,
  menteeKey,
  mentorKey,
  pairKeys,
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

/** One effective pair as a mentor sees it, best first in their list. */
interface Held {
  readonly e: number;
  readonly key: number;
  readonly score: number;
}

/**
 * The {@link QualityReport}s of several lists of pairs on one prepared cohort, in one pass over
 * the mentees: each mentee's row of scores and both preference keys is read once (three rows, no
 * matrix) and serves every list — the mentee's ranks, the mentor ranks it changes (a binary search
 * in each mentor's sorted list) and the blocking pairs it is in. First the audit (every violation
 * counted, never a throw), then the figures over the effective pairs (see `QualityReport`).
 *
 * @internal
 */
export function assessMany(p: PreparedCohort, lists: ReadonlyArray<ReadonlyArray<IdPair>>): QualityReport[] {
  const { rows, cols, pins } = p;
  const audits = lists.map((pairs) => auditPairs(p, pairs));
  // Each mentor's effective mentees, best first for the mentor, and their rank counters.
  const mentorLists = audits.map((a) => {
    const byMentor: Held[][] = Array.from({ length: cols }, () => []);
    a.partners.forEach((list, e) => {
      for (const { m } of list) {
        const keys = pairKeys(p, e, m);
        byMentor[m]?.push({ e, key: keys.teach, score: keys.score });
      }
    });
    for (const list of byMentor)
      list.sort((x, y) => (prefers(x.key, x.score, x.e, y.key, y.score, y.e) ? -1 : 1));
    return byMentor;
  });
  const beaten = mentorLists.map((byMentor) => byMentor.map((list) => new Int32Array(list.length + 1)));
  // The unpinned mentee each mentor likes least (the place a mentee outside could take) and how many.
  const worstOf = mentorLists.map((byMentor) =>
    byMentor.map((list, m) => {
      const unpinned = list.filter((h) => !pins.isPinned(h.e, m));
      return { count: unpinned.length, worst: unpinned[unpinned.length - 1] };
    }),
  );
  const menteeRankSum = new Float64Array(lists.length);
  const menteeRanks: MenteeOutcome[][] = lists.map(() => []);
  const blocking = new Float64Array(lists.length);

  const score = new Float64Array(cols);
  const learn = new Float64Array(cols);
  const teach = new Float64Array(cols);
  // The learn and teach rows as p.learn and p.teach score them, in the pass that scores the row.
  const parts = [
    { criteria: LEARN_CRITERIA, into: learn },
    { criteria: TEACH_CRITERIA, into: teach },
  ];
  // What does not depend on the list, once per pair rather than once per list: whether the pair
  // is allowed, the mentee's order key of the mentor and the mentor's order key of the mentee.
  const allowed = new Uint8Array(cols);
  const menteeKeys = new Float64Array(cols);
  const mentorKeys = new Float64Array(cols);
  // 1 for the mentors of the list being read who are the mentee's partners.
  const mine = new Uint8Array(cols);
  for (let e = 0; e < rows; e++) {
    p.score.rowWith(e, score, parts);
    for (let o = 0; o < cols; o++) {
      const s = score[o] as number;
      allowed[o] = allowedScore(p, e, o, s) ? 1 : 0;
      menteeKeys[o] = menteeKey(p, e, o, 2 * (learn[o] as number));
      mentorKeys[o] = mentorKey(p, e, o, (teach[o] as number) + s);
    }
    const L = (m: number): number => menteeKeys[m] as number;
    const S = (m: number): number => score[m] as number;
    // A partner's rank for the mentee: 1 + the allowed mentors the mentee prefers to them. It
    // depends on the partner only, not on the list, so each distinct partner of any list is
    // ranked once per row.
    const ranked = new Map<number, number>();
    for (let j = 0; j < lists.length; j++) {
      for (const { m: x } of (audits[j] as Audited).partners[e] ?? []) {
        if (ranked.has(x)) continue;
        const kx = L(x);
        const sx = S(x);
        let above = 0;
        for (let o = 0; o < cols; o++)
          if (
            allowed[o] !== 0 &&
            o !== x &&
            prefers(menteeKeys[o] as number, score[o] as number, o, kx, sx, x)
          )
            above++;
        ranked.set(x, 1 + above);
      }
    }
    for (let j = 0; j < lists.length; j++) {
      const partners = (audits[j] as Audited).partners[e] ?? [];
      const menteeId = p.cohort.mentees[e]?.id ?? '';
      const ranks = partners.map(({ m }) => ranked.get(m) as number);
      let worstMine = -1;
      let unpinnedMine = 0;
      for (const { m } of partners) {
        mine[m] = 1;
        if (pins.isPinned(e, m)) continue;
        unpinnedMine++;
        if (worstMine === -1 || prefers(L(worstMine), S(worstMine), worstMine, L(m), S(m), m)) worstMine = m;
      }
      const byMentor = mentorLists[j] as Held[][];
      const counters = beaten[j] as Int32Array[];
      const worsts = worstOf[j] as Array<{ count: number; worst: Held | undefined }>;
      const placesLeft = pins.menteeCapacityLeft[e] as number;
      const worstKey = worstMine === -1 ? 0 : L(worstMine);
      const worstScore = worstMine === -1 ? 0 : S(worstMine);
      for (let o = 0; o < cols; o++) {
        if (allowed[o] === 0) continue;
        const s = score[o] as number;
        const ko = menteeKeys[o] as number;
        // Mentor o's mentees that e beats, for o's ranks: a suffix of o's list.
        const list = byMentor[o] as Held[];
        const key = mentorKeys[o] as number;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const h = list[mid] as Held;
          if (prefers(key, s, e, h.key, h.score, h.e)) hi = mid;
          else lo = mid + 1;
        }
        const c = counters[o] as Int32Array;
        c[lo] = (c[lo] as number) + 1;
        // A blocking pair: both would rather have each other, on places nobody pinned.
        if (mine[o] === 1 || placesLeft <= 0 || (pins.capacityLeft[o] as number) <= 0) continue;
        const menteeWants = unpinnedMine < placesLeft || prefers(ko, s, o, worstKey, worstScore, worstMine);
        if (!menteeWants) continue;
        const { count, worst } = worsts[o] as { count: number; worst: Held | undefined };
        if (
          count < (pins.capacityLeft[o] as number) ||
          (worst !== undefined && prefers(key, s, e, worst.key, worst.score, worst.e))
        )
          blocking[j] = (blocking[j] as number) + 1;
      }
      for (const { m } of partners) mine[m] = 0;
      const outcomes = menteeRanks[j] as MenteeOutcome[];
      if (partners.length === 0) outcomes.push({ menteeId, mentorId: null, score: null, rank: null });
      partners.forEach((x, i) => {
        menteeRankSum[j] = (menteeRankSum[j] as number) + (ranks[i] as number);
        outcomes.push({
          menteeId,
          mentorId: p.cohort.mentors[x.m]?.id ?? '',
          score: x.score,
          rank: ranks[i] as number,
        });
      });
    }
  }

  return audits.map((audit, j) => {
    const byMentor = mentorLists[j] as Held[][];
    const counters = beaten[j] as Int32Array[];
    let mentorRankSum = 0;
    const mentorRanks: MentorOutcome[] = p.cohort.mentors.map((mentor, m) => {
      const list = byMentor[m] as Held[];
      const c = counters[m] as Int32Array;
      let above = 0;
      const mentees = list.map((h, i) => {
        above += c[i] as number;
        const rank = 1 + above;
        mentorRankSum += rank;
        return { menteeId: p.cohort.mentees[h.e]?.id ?? '', rank };
      });
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
