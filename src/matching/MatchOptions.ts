import type { MenteeId, MentorId } from '../domain/index';
import type { Objective } from './Matching';

/**
 * Where a long run is: `phase` (`'scoring'`: rows of the candidate graph scored; `'solving'`:
 * the b-matching solver and the optimality certificate's rounds; `'explaining'`: pairs
 * explained), `done` of `total` in that phase.
 *
 * @category Matching
 */
export interface MatchProgress {
  readonly phase: 'scoring' | 'solving' | 'explaining';
  readonly done: number;
  readonly total: number;
}

/**
 * A cancellation flag, structurally an `AbortSignal` (pass `controller.signal`): the run checks
 * `aborted` between phases and every few thousand rows, and answers `Left` with code `'aborted'`.
 *
 * @category Matching
 */
export interface CancelSignal {
  readonly aborted: boolean;
}

/**
 * Options of {@link match}:
 *
 * - `objective` (default `'max-total'`), see {@link Objective};
 * - `minScore`: overrides `programme.rules.minScore` (pairs below it are never made, unless pinned);
 * - `pinnedPairs`: `[mentorId, menteeId]` pairs to keep on top of the programme's pinned pairs
 *   (to rematch around a decision, or to ask what forcing a pair would cost);
 * - `onProgress`: called with a {@link MatchProgress} as the run moves (for a progress bar);
 * - `signal`: a {@link CancelSignal} (an `AbortSignal` will do) to stop the run.
 *
 * @category Matching
 */
export interface MatchOptions {
  readonly objective?: Objective;
  readonly minScore?: number;
  readonly pinnedPairs?: ReadonlyArray<readonly [MentorId, MenteeId]>;
  readonly onProgress?: (progress: MatchProgress) => void;
  readonly signal?: CancelSignal;
}
