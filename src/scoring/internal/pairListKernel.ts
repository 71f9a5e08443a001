import type { MenteeId, MentorId } from '../../domain/index';
import type { Rule } from '../Rule';
import type { RuleKernel } from './RuleDefinition';
import type { ScoringTables } from './scoringTables';

/**
 * The kernel of a rule that lists its pairs (`excludedPairs`, `previousPairs`): for each mentee,
 * the mentors it names, so that a row marks only its few listed cells instead of testing all of
 * them. `undefined` for an empty list (the rule is off).
 *
 * @internal
 */
export function pairListKernel<K extends 'excluded' | 'previous'>(
  tables: ScoringTables,
  kind: K & Rule,
  pairs: ReadonlyArray<readonly [MentorId, MenteeId]>,
): RuleKernel<K> | undefined {
  if (pairs.length === 0) return undefined;
  const listed: number[][] = Array.from({ length: tables.mentees.count }, () => []);
  for (const [mentor, mentee] of pairs) {
    const m = tables.mentorIndex.get(mentor);
    const e = tables.menteeIndex.get(mentee);
    if (m !== undefined && e !== undefined) listed[e]?.push(m);
  }
  return {
    mark: (e, from, to, blocked) => {
      for (const m of listed[e] ?? []) if (m >= from && m < to) blocked[m] = 1;
    },
    reason: (_e, _m, { mentor, mentee }) =>
      ({ kind, mentorId: mentor.id, menteeId: mentee.id }) as Extract<
        ReturnType<RuleKernel<K>['reason']>,
        { kind: K }
      >,
  };
}
