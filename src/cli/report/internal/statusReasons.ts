import type { Cohort } from '../../../domain/index';
import { type PairReport, explainStatusReason } from '../../../monitoring/index';
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
  return pair.reasons.map((reason) => explainStatusReason(reason, options)).join('; ');
}
