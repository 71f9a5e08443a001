import { formatPath } from '../../../domain/index';
import type { MatchError } from '../../../matching/index';
import type { InputIssue } from '../../io/InputIssue';
import { displayName } from '../../io/readTextFile';

/**
 * A matcher error as an issue to print as `where: message`: the path into the cohort
 * (`programme.rules.pinnedPairs[0]`), preceded by the programme file's name when the programme
 * came from `--programme` (as `loadCohort` locates its issues).
 *
 * @internal
 */
export function matchIssue(error: MatchError, programmeFile: string | undefined): InputIssue {
  const path = formatPath(error.path);
  const fromFile = programmeFile !== undefined && error.path[0] === 'programme';
  return {
    code: error.code,
    message: error.message,
    where: fromFile ? `${displayName(programmeFile)}: ${path}` : path,
    path: error.path,
  };
}
