import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { BMatchingIssue } from '../BMatchingIssue';
import type { BMatchingObjective, BMatchingOptions } from '../solveBMatching';

const OBJECTIVES: ReadonlyArray<BMatchingObjective> = ['max-total', 'max-matched', 'fairest'];

/**
 * Checks {@link BMatchingOptions} as plain JavaScript may pass them: every issue at once, at
 * `['options', name]`.
 *
 * @internal
 */
export function readBMatchingOptions(
  options: unknown,
): E.Either<Issues<BMatchingIssue>, Required<Pick<BMatchingOptions, 'objective'>> & BMatchingOptions> {
  if (options === undefined) return E.right({ objective: 'max-total' });
  if (typeof options !== 'object' || options === null)
    return E.left([{ code: 'invalid-option', message: 'The options must be an object.', path: ['options'] }]);
  const { objective = 'max-total', signal, onProgress } = options as Record<string, unknown>;
  const issues: BMatchingIssue[] = [];
  if (!OBJECTIVES.includes(objective as BMatchingObjective))
    issues.push({
      code: 'invalid-option',
      message: `objective must be one of ${OBJECTIVES.join(', ')}; got ${String(objective)}.`,
      path: ['options', 'objective'],
    });
  if (
    signal !== undefined &&
    (typeof signal !== 'object' ||
      signal === null ||
      typeof (signal as { aborted?: unknown }).aborted !== 'boolean')
  )
    issues.push({
      code: 'invalid-option',
      message: 'signal must be an object with a boolean aborted property (an AbortSignal).',
      path: ['options', 'signal'],
    });
  if (onProgress !== undefined && typeof onProgress !== 'function')
    issues.push({
      code: 'invalid-option',
      message: 'onProgress must be a function (done, total) => void.',
      path: ['options', 'onProgress'],
    });
  const [first, ...rest] = issues;
  if (first !== undefined) return E.left([first, ...rest]);
  return E.right({ ...(options as BMatchingOptions), objective: objective as BMatchingObjective });
}
