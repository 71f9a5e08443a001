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

/**
 * One list's effective pairs as the mentors see them: mentor `m`'s mentees, best first for `m`,
 * at `start[m]` to `start[m + 1]` of `key` (`m`'s order key of the mentee), `score` and `e`; the
 * counters of how many mentees beat each of them at `start[m] + m` onwards (one more than the
 * list is long: the last counts mentees who beat none); the unpinned mentees and the flat index
 * of the one `m` likes least (the place a mentee outside could take, -1 for none).
 */
interface HeldByMentor {
  readonly start: Int32Array;
  readonly key: Float64Array;
  readonly score: Float64Array;
  readonly e: Int32Array;
  readonly beaten: Int32Array;
  readonly unpinned: Int32Array;
  readonly worst: Int32Array;
}

function heldByMentor(p: PreparedCohort, audit: Audited): HeldByMentor {
  const { cols, pins } = p;
  const byMentor: Array<Array<{ readonly e: number; readonly key: number; readonly score: number }>> =
    Array.from({ length: cols }, () => []);
  audit.partners.forEach((list, e) => {
    for (const { m } of list) {
      const keys = pairKeys(p, e, m);
      byMentor[m]?.push({ e, key: keys.teach, score: keys.score });
    }
  });
  const start = new Int32Array(cols + 1);
  byMentor.forEach((list, m) => {
    list.sort((x, y) => (prefers(x.key, x.score, x.e, y.key, y.score, y.e) ? -1 : 1));
    start[m + 1] = (start[m] as number) + list.length;
  });
  const total = start[cols] as number;
  const held: HeldByMentor = {
    start,
    key: new Float64Array(total),
    score: new Float64Array(total),
    e: new Int32Array(total),
    beaten: new Int32Array(total + cols),
    unpinned: new Int32Array(cols),
    worst: new Int32Array(cols).fill(-1),
  };
  byMentor.forEach((list, m) => {
    list.forEach((h, i) => {
      const at = (start[m] as number) + i;
      held.key[at] = h.key;
      held.score[at] = h.score;
      held.e[at] = h.e;
      if (pins.isPinned(h.e, m)) return;
      held.unpinned[m] = (held.unpinned[m] as number) + 1;
      held.worst[m] = at;
    });
  });
  return held;
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
  // Each mentor's effective mentees, best first for the mentor, laid out flat per list (the
  // inner loop below walks the mentors in order, so it reads these arrays front to back).
  const mentorLists = audits.map((a) => heldByMentor(p, a));
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
      const held = mentorLists[j] as HeldByMentor;
      const { start, key: heldKey, score: heldScore, e: heldE, beaten: counters } = held;
      const placesLeft = pins.menteeCapacityLeft[e] as number;
      const worstKey = worstMine === -1 ? 0 : L(worstMine);
      const worstScore = worstMine === -1 ? 0 : S(worstMine);
      for (let o = 0; o < cols; o++) {
        if (allowed[o] === 0) continue;
        const s = score[o] as number;
        const ko = menteeKeys[o] as number;
        // Mentor o's mentees that e beats, for o's ranks: a suffix of o's list.
        const key = mentorKeys[o] as number;
        const first = start[o] as number;
        let lo = first;
        let hi = start[o + 1] as number;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (prefers(key, s, e, heldKey[mid] as number, heldScore[mid] as number, heldE[mid] as number))
            hi = mid;
          else lo = mid + 1;
        }
        // Mentor o's counters sit at first + o onwards: one more than o's list is long.
        const c = lo + o;
        counters[c] = (counters[c] as number) + 1;
        // A blocking pair: both would rather have each other, on places nobody pinned.
        if (mine[o] === 1 || placesLeft <= 0 || (pins.capacityLeft[o] as number) <= 0) continue;
        const menteeWants = unpinnedMine < placesLeft || prefers(ko, s, o, worstKey, worstScore, worstMine);
        if (!menteeWants) continue;
        const w = held.worst[o] as number;
        if (
          (held.unpinned[o] as number) < (pins.capacityLeft[o] as number) ||
          (w !== -1 && prefers(key, s, e, heldKey[w] as number, heldScore[w] as number, heldE[w] as number))
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
    const { start, e: heldE, beaten: counters } = mentorLists[j] as HeldByMentor;
    let mentorRankSum = 0;
    const mentorRanks: MentorOutcome[] = p.cohort.mentors.map((mentor, m) => {
      const mentees: Array<{ menteeId: string; rank: number }> = [];
      let above = 0;
      for (let i = start[m] as number; i < (start[m + 1] as number); i++) {
        above += counters[i + m] as number;
        const rank = 1 + above;
        mentorRankSum += rank;
        mentees.push({ menteeId: p.cohort.mentees[heldE[i] as number]?.id ?? '', rank });
      }
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
