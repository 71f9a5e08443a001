import type { Cohort, Mentee, Mentor } from '../../domain/index';
import { CRITERIA, CRITERION_DEFINITIONS } from '../Criteria';
import type { CriterionReason } from '../Reason';
import { RULES, RULE_DEFINITIONS } from '../Rule';
import type { CriterionDefinition } from './CriterionDefinition';
import type { RuleDefinition } from './RuleDefinition';

const SUPPORTS = RULES.flatMap((rule) => {
  const supports = (RULE_DEFINITIONS[rule] as RuleDefinition).supports;
  return supports === undefined ? [] : [supports];
});

/** The criteria whose reasons lead a pair's list (the people's own choices). */
const LEADING = CRITERIA.filter(
  (name) => (CRITERION_DEFINITIONS[name] as CriterionDefinition).leads === true,
);

/**
 * The reasons that speak for a feasible pair, strongest first: the people's own stated choices
 * (`preferred`) first, then each criterion's reasons in
 * {@link CRITERIA} order (the goals the mentor can teach, the goals the mentee covers back, the
 * generation and grade gap, different departments, shared working hours), with a rule's
 * supporting reasons (shared languages) just before the criterion it names. A criterion switched
 * off (weight 0) gives no reason. Only fields that feed a criterion appear: never a birth year or
 * a manager.
 *
 * @internal
 */
export function pairReasons(cohort: Cohort, mentor: Mentor, mentee: Mentee): ReadonlyArray<CriterionReason> {
  const pair = { cohort, mentor, mentee };
  const reasons: CriterionReason[] = [];
  for (const name of LEADING) reasons.push(...CRITERION_DEFINITIONS[name].reasons(pair));
  for (const name of CRITERIA) {
    for (const supports of SUPPORTS) if (supports.before === name) reasons.push(...supports.reasons(pair));
    if (!LEADING.includes(name)) reasons.push(...CRITERION_DEFINITIONS[name].reasons(pair));
  }
  return reasons;
}
