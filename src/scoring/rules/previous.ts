import { pairListKernel } from '../internal/pairListKernel';
import type { RuleDefinition } from '../internal/RuleDefinition';

/**
 * No repeat of a previous pair: the programme's `previousPairs` are never made again. Reads the
 * list only.
 *
 * @internal
 */
export const previous: RuleDefinition<'previous'> = {
  label: { en: 'paired before', pl: 'para z poprzedniej edycji' },
  prepare: (tables) => pairListKernel(tables, 'previous', tables.cohort.programme.rules.previousPairs),
};
