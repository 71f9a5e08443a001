import type { Cohort } from '../../domain/index';
import type { MatchError } from '../MatchError';
import type { MatchOptions } from '../MatchOptions';
import { OBJECTIVES, type Objective } from '../Matching';

/** The options of {@link match} once checked, with their defaults. @internal */
export interface CheckedMatchOptions {
  readonly objective: Objective;
  readonly minScore: number;
}

/**
 * Checks the options `match` reads (the one place, so every entry point answers alike): the
 * objective, `minScore` in [0, 1], `onProgress` a function and `signal` an object when given.
 *
 * @internal
 */
export function checkMatchOptions(cohort: Cohort, options: MatchOptions): MatchError | CheckedMatchOptions {
  const objective = options.objective ?? 'max-total';
  if (!OBJECTIVES.includes(objective)) {
    return {
      code: 'invalid-option',
      message: `the objective must be one of ${OBJECTIVES.join(', ')}`,
      path: ['options', 'objective'],
    };
  }
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (!(minScore >= 0 && minScore <= 1)) {
    return {
      code: 'invalid-option',
      message: 'the minimum score must be a number in [0, 1]',
      path: ['options', 'minScore'],
    };
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    return {
      code: 'invalid-option',
      message: 'onProgress must be a function',
      path: ['options', 'onProgress'],
    };
  }
  const signal: unknown = options.signal;
  if (signal !== undefined && (typeof signal !== 'object' || signal === null)) {
    return {
      code: 'invalid-option',
      message: 'signal must be an object with an aborted flag, such as an AbortSignal',
      path: ['options', 'signal'],
    };
  }
  return { objective, minScore };
}
