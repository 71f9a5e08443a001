import type { Cohort } from '../../../domain/index';
import { type PairReport, explainStatus } from '../../../monitoring/index';
import type { Locale } from '../../summary/locale';

/**
 * The reasons of a pair's status in words, without the names and the status that a table row
 * already shows: `explainStatus` writes `mentor → mentee: status — reasons`, and this is the part
 * after the dash (the whole line, should that form ever change). Empty for a pair on track.
 *
 * @internal
 */
export function statusReasons(pair: PairReport, options: { readonly locale: Locale; readonly cohort: Cohort }): string {
  if (pair.reasons.length === 0) return '';
  const full = explainStatus(pair, options);
  const head = `${explainStatus({ ...pair, reasons: [] }, options)} — `;
  return full.startsWith(head) ? full.slice(head.length) : full;
}
