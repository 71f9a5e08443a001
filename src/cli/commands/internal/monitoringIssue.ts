import { formatPath } from '../../../domain/index';
import type { MonitoringIssue } from '../../../monitoring/index';
import type { InputIssue } from '../../io/InputIssue';
import { displayName } from '../../io/readTextFile';

/** The command-line option behind each option of `assessProgramme`. */
const OPTION_OF: Readonly<Record<string, string>> = {
  asOf: '--as-of',
  startDate: '--start',
  cadenceDays: '--cadence',
};

/**
 * A monitoring issue as an issue to print as `where: message`: what is wrong with the matching
 * is located in the matching file (`m.json: pairs[3].mentorId`), what is wrong with an option at
 * the option (`--as-of`).
 *
 * @param issue - from `assessProgramme` or `suggestRematch`
 * @param matchingFile - the `--matching` file
 * @returns the issue, located
 * @internal
 */
export function monitoringIssue(issue: MonitoringIssue, matchingFile: string): InputIssue {
  const [head, ...rest] = issue.path;
  const option = head === 'options' && typeof rest[0] === 'string' ? OPTION_OF[rest[0]] : undefined;
  const where =
    head === 'matching'
      ? [displayName(matchingFile), ...(rest.length === 0 ? [] : [formatPath(rest)])].join(': ')
      : (option ?? formatPath(issue.path));
  return { code: issue.code, message: issue.message, where, path: issue.path };
}
