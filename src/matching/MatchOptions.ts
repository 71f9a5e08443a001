import type { MenteeId, MentorId } from '../domain/index';
import type { Objective } from './Matching';

/**
 * Options of {@link match}:
 *
 * - `objective` (default `'max-total'`), see {@link Objective};
 * - `minScore`: overrides `programme.rules.minScore` (pairs below it are never made, unless pinned);
 * - `pinnedPairs`: `[mentorId, menteeId]` pairs to keep on top of the programme's pinned pairs
 *   (to rematch around a decision, or to ask what forcing a pair would cost).
 *
 * @category Matching
 */
export interface MatchOptions {
  readonly objective?: Objective;
  readonly minScore?: number;
  readonly pinnedPairs?: ReadonlyArray<readonly [MentorId, MenteeId]>;
}
