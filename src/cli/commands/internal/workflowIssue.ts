import { formatPath } from '../../../domain/index';
import type { WorkflowIssue } from '../../../workflow/index';
import type { InputIssue } from '../../io/InputIssue';
import { displayName } from '../../io/readTextFile';
import { matchIssue } from './matchIssue';

/**
 * A workflow error as an issue to print: one about a decision is located in the decisions file
 * (its message names the pair), one about a pair of the matching file at that pair, the
 * matcher's own as `matchIssue` locates them.
 *
 * @internal
 */
export function workflowIssue(
  error: WorkflowIssue,
  files: { readonly programme: string | undefined; readonly matching: string; readonly decisions?: string },
): InputIssue {
  const [root, ...rest] = error.path;
  if (root === 'decisions' && files.decisions !== undefined)
    return {
      code: error.code,
      message: error.message,
      where: displayName(files.decisions),
      path: error.path,
    };
  if (root === 'proposal' || root === 'current')
    return {
      code: error.code,
      message: error.message,
      where:
        rest.length === 0
          ? displayName(files.matching)
          : `${displayName(files.matching)}: ${formatPath(rest)}`,
      path: rest,
    };
  return matchIssue(error as Parameters<typeof matchIssue>[0], files.programme);
}
