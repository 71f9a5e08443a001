import type { Cohort } from '../../../domain/index';
import { type PairReport } from '../../../monitoring/index';
import { explainStatusReasonUnchecked } from '../../../monitoring/explainStatusUnchecked';
import type { Locale } from '../../summary/locale';

/**
 * The reasons of a pair's status in words, without the names and the status that a table row
 * already shows. Empty for a pair on track.
 *
 * @internal
 */
export function statusReasons(
  pair: PairReport,
  options: { readonly locale: Locale; readonly cohort: Cohort },
): string {
  return pair.reasons.map((reason) => explainStatusReasonUnchecked(reason, options)).join('; ');
}
