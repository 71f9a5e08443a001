import type { Cohort } from '../../src/domain/index';
import { scoreParticipants } from '../../src/scoring/index';
import { orThrow } from '../../src/domain/orThrow';

/**
 * The preferences, ranks and blocking pairs of a valid matching, computed the slow and obvious
 * way from the definitions in assess's TSDoc, with the criteria read from `scoreParticipants`
 * (another path through the scoring layer than assess's). Valid only when every criterion weight
 * is above 0 (scoreParticipants omits the criteria a programme switches off).
 */
export function qualityOracle(
  cohort: Cohort,
  pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>,
  minScore: number,
): {
  readonly blockingPairs: number;
  readonly menteeRanks: ReadonlyArray<number | null>;
  readonly mentorRanks: ReadonlyArray<number>;
} {
  const pins = cohort.programme.rules.pinnedPairs;
  const isPin = (m: string, e: string): boolean => pins.some(([a, b]) => a === m && b === e);
  const info = cohort.mentees.map((mentee) =>
    cohort.mentors.map((mentor) => {
      const s = orThrow(scoreParticipants(cohort, mentor, mentee));
      if (s.kind === 'infeasible') return undefined;
      return {
        score: s.score as number,
        learn: (s.criteria.skillGain ?? 0) + (s.criteria.goalCoverage ?? 0),
        teach: (s.criteria.reciprocity ?? 0) + s.score,
        allowed: s.score >= minScore || isPin(mentor.id, mentee.id),
      };
    }),
  );
  const cell = (e: number, m: number) => info[e]?.[m];
  const allowed = (e: number, m: number): boolean => cell(e, m)?.allowed === true;
  // Lexicographic: key, then score, then index (= id order), higher first for the numbers.
  const menteePrefers = (e: number, a: number, b: number): boolean => {
    const x = cell(e, a);
    const y = cell(e, b);
    if (x === undefined || y === undefined) throw new Error('oracle: infeasible pair compared');
    return x.learn !== y.learn ? x.learn > y.learn : x.score !== y.score ? x.score > y.score : a < b;
  };
  const mentorPrefers = (m: number, a: number, b: number): boolean => {
    const x = cell(a, m);
    const y = cell(b, m);
    if (x === undefined || y === undefined) throw new Error('oracle: infeasible pair compared');
    return x.teach !== y.teach ? x.teach > y.teach : x.score !== y.score ? x.score > y.score : a < b;
  };
  const mentorIndex = new Map<string, number>(cohort.mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map<string, number>(cohort.mentees.map((m, i) => [m.id, i]));
  const partner = cohort.mentees.map(() => -1);
  for (const p of pairs) {
    const m = mentorIndex.get(p.mentorId);
    const e = menteeIndex.get(p.menteeId);
    if (m !== undefined && e !== undefined) partner[e] = m;
  }
  const pinnedMentee = (e: number): boolean => pins.some(([, b]) => b === cohort.mentees[e]?.id);
  const pinsOn = (m: number): number => pins.filter(([a]) => a === cohort.mentors[m]?.id).length;

  let blockingPairs = 0;
  cohort.mentees.forEach((_, e) => {
    if (pinnedMentee(e)) return;
    cohort.mentors.forEach((mentor, m) => {
      if (m === partner[e] || !allowed(e, m)) return;
      const cur = partner[e] ?? -1;
      if (cur !== -1 && !menteePrefers(e, m, cur)) return;
      const theirs = partner.flatMap((x, o) =>
        x === m && !isPin(mentor.id, cohort.mentees[o]?.id ?? '') ? [o] : [],
      );
      const open = mentor.capacity - pinsOn(m);
      if (open <= 0) return;
      if (theirs.length < open || theirs.some((o) => mentorPrefers(m, e, o))) blockingPairs++;
    });
  });
  const menteeRanks = partner.map((m, e) => {
    if (m === -1) return null;
    return 1 + cohort.mentors.filter((_, o) => o !== m && allowed(e, o) && menteePrefers(e, o, m)).length;
  });
  const mentorRanks: number[] = [];
  cohort.mentors.forEach((_, m) => {
    partner.forEach((x, e) => {
      if (x === m)
        mentorRanks.push(
          1 + cohort.mentees.filter((__, o) => o !== e && allowed(o, m) && mentorPrefers(m, o, e)).length,
        );
    });
  });
  return { blockingPairs, menteeRanks, mentorRanks };
}
