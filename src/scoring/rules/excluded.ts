import { pairListKernel } from '../internal/pairListKernel';
import type { RuleDefinition } from '../internal/RuleDefinition';

/**
 * Excluded pairs: the programme's `excludedPairs` are never made. Reads the list only.
 *
 * @internal
 */
export const excluded: RuleDefinition<'excluded'> = {
  label: { en: 'excluded pair', pl: 'para wykluczona' },
  prepare: (tables) => pairListKernel(tables, 'excluded', tables.cohort.programme.rules.excludedPairs),
};
