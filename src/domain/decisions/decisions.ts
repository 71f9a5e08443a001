import type { Decision } from './decisionSchema';

/**
 * A validated decisions file: every decision on a pair of the cohort, each once, sorted by mentee
 * id, mentor id, date and who decided (so the order of the file does not matter).
 *
 * @category Domain
 */
export interface Decisions {
  readonly decisions: ReadonlyArray<Decision>;
}
