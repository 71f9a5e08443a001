import type { Audience } from './Audience';
import type { Locale } from './Locale';
import type { RuleDefinition } from './internal/RuleDefinition';
import { RULE_DEFINITIONS, type Rule } from './Rule';

/**
 * {@link ruleLabel} without its checks, for the library's own callers, which pass rules the
 * library made.
 *
 * @internal
 */
export function ruleLabelUnchecked(
  rule: Rule,
  locale: Locale = 'en',
  audience: Audience = 'programme',
): string {
  const definition: Pick<RuleDefinition, 'label' | 'participantLabel'> = RULE_DEFINITIONS[rule];
  const label =
    audience === 'participant' ? (definition.participantLabel ?? definition.label) : definition.label;
  return label[locale];
}
