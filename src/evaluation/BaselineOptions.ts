import type { MatchOptions } from '../matching/index';

/**
 * Options of the baselines ({@link greedyMatch}, {@link stableMatch}, {@link randomMatch}): the
 * constraints of {@link match} that a baseline obeys too — `minScore` (default the programme's)
 * and extra `pinnedPairs` — and the `seed` of {@link randomMatch} (a safe integer, default 1).
 * A {@link MatchOptions} value can be passed as it is: its `objective` means nothing
 * to a baseline and is not read.
 *
 * @category Evaluation
 */
export interface BaselineOptions extends Pick<MatchOptions, 'minScore' | 'pinnedPairs'> {
  readonly seed?: number;
}
