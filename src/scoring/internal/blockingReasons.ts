import type { BlockingReason } from '../Reason';
import type { PairView } from './CriterionDefinition';
import type { ScoringKernel } from './scoringKernel';

/**
 * Every switched-on rule that blocks mentee `e` and mentor `m` of a kernel, in {@link RULES}
 * order, each with its reason built from the pair's records.
 *
 * @internal
 */
export function blockingReasons(
  kernel: ScoringKernel,
  e: number,
  m: number,
  pair: PairView,
): ReadonlyArray<BlockingReason> {
  const reasons: BlockingReason[] = [];
  for (const { kernel: rule } of kernel.rules) {
    kernel.blocked[m] = 0;
    rule.mark(e, m, m + 1, kernel.blocked);
    if (kernel.blocked[m] === 1) reasons.push(rule.reason(e, m, pair));
  }
  return reasons;
}
