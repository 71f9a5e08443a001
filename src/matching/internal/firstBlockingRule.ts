import type { Cohort } from '../../domain/index';
import { type Rule } from '../../scoring/index';
import { checkRulesUnchecked } from '../../scoring/checkRulesUnchecked';

/**
 * The first hard rule (in `RULES` order) that blocks each pair, by mentee and mentor index, with
 * the excluded and previous pairs indexed once: `checkRules` scans both lists on every call, so
 * asking it about every mentor of a mentee with 10,000 excluded pairs took minutes (issue 14).
 * The answer is `checkRules`'s: the two list rules come first in `RULES`, and the other rules are
 * asked of the same cohort without the two lists.
 *
 * @internal
 */
export function firstBlockingRule(cohort: Cohort): (mentee: number, mentor: number) => Rule | undefined {
  const { rules } = cohort.programme;
  const cols = cohort.mentors.length;
  const mentorIndex = new Map<string, number>(cohort.mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map<string, number>(cohort.mentees.map((m, i) => [m.id, i]));
  const index = (pairs: ReadonlyArray<readonly [string, string]>): Set<number> => {
    const set = new Set<number>();
    for (const [mentorId, menteeId] of pairs) {
      const m = mentorIndex.get(mentorId);
      const e = menteeIndex.get(menteeId);
      if (m !== undefined && e !== undefined) set.add(e * cols + m);
    }
    return set;
  };
  const excluded = index(rules.excludedPairs);
  const previous = index(rules.previousPairs);
  const rest: Cohort = {
    ...cohort,
    programme: { ...cohort.programme, rules: { ...rules, excludedPairs: [], previousPairs: [] } },
  };
  return (e, m) => {
    if (excluded.has(e * cols + m)) return 'excluded';
    if (previous.has(e * cols + m)) return 'previous';
    const mentor = cohort.mentors[m];
    const mentee = cohort.mentees[e];
    if (mentor === undefined || mentee === undefined) return undefined;
    return checkRulesUnchecked(rest, mentor, mentee)[0]?.kind;
  };
}
