import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../../../domain/index';
import { type MatchOptions, type Matching, match } from '../../../matching/index';
import type { CliIo } from '../../io/CliIo';
import type { InputIssue } from '../../io/InputIssue';
import { createProgress } from '../../output/createProgress';
import { matchIssue } from './matchIssue';

/** From this many possible pairs (500 × 500) a run takes long enough to show progress. @internal */
export const BIG_COHORT_PAIRS = 250_000;

/**
 * Runs the matcher, with a progress line on standard error for a big cohort (only when stderr is
 * a terminal, as `createProgress` does). The line follows `match`'s own progress: scoring the
 * rows is the first 80 %, solving (with the optimality certificate) up to 95 %, explaining the
 * pairs the rest; it is cleared before anything is printed.
 *
 * @param io - the I/O
 * @param cohort - the validated cohort
 * @param options - the matcher's options
 * @param programmeFile - the `--programme` file, to locate an error in the programme
 * @returns the matching, or the matcher's error as an issue
 * @internal
 */
export function matchWithProgress(
  io: CliIo,
  cohort: Cohort,
  options: MatchOptions,
  programmeFile: string | undefined,
): Either<ReadonlyArray<InputIssue>, Matching> {
  const big = cohort.mentors.length * cohort.mentees.length >= BIG_COHORT_PAIRS;
  const progress = createProgress(
    io,
    `matching ${cohort.mentees.length} mentees with ${cohort.mentors.length} mentors`,
  );
  const share = { scoring: [0, 800], solving: [800, 950], explaining: [950, 1000] } as const;
  const result = match(cohort, {
    ...options,
    ...(big
      ? {
          onProgress: ({ phase, done, total }) => {
            const [from, to] = share[phase];
            progress.update(from + Math.floor(((to - from) * done) / Math.max(1, total)), 1000);
          },
        }
      : {}),
  });
  progress.finish();
  return result._tag === 'Left'
    ? left(result.left.map((error) => matchIssue(error, programmeFile)))
    : right(result.right);
}
