import type { CliIo } from '../io/CliIo';
import type { InputIssue } from '../io/InputIssue';
import { neutraliseControls } from './neutraliseControls';

/**
 * Prints issues on standard error, one per line as `where: message`, then how many there were
 * when there is more than one. Ids and names quoted in a message are the user's: escape sequences
 * and bidi controls in them are shown, not obeyed ({@link neutraliseControls}).
 *
 * @param io - the I/O
 * @param issues - what is wrong
 * @example
 * printIssues(io, [{ code: 'bad-cell', where: 'row 4, column skills', message: '"tiktok-ads:nine" — a level is 0–5' }]);
 * // stderr: row 4, column skills: "tiktok-ads:nine" — a level is 0–5
 * @category CLI
 */
export function printIssues(io: CliIo, issues: ReadonlyArray<InputIssue>): void {
  const lines = issues.map((issue) => `${issue.where}: ${issue.message}\n`);
  const count = issues.length > 1 ? `${issues.length} issues\n` : '';
  io.stderr(neutraliseControls(lines.join('') + count));
}
