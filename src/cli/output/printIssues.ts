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

/**
 * Prints warnings on standard error as `where: warning: message`. The same warning of many records
 * (an `email` field in every person of a JSON export) is printed once, at its first place, with
 * how many more records have it. Control and bidi characters a warning quotes from the input are
 * shown, not obeyed, as in {@link printIssues}.
 *
 * @param io - the I/O
 * @param warnings - what was left out of the input
 * @example
 * printWarnings(io, [{ code: 'unknown-column', where: 'people.csv', message: 'unknown column "Email" is left out' }]);
 * // stderr: people.csv: warning: unknown column "Email" is left out
 * @category CLI
 */
export function printWarnings(io: CliIo, warnings: ReadonlyArray<InputIssue>): void {
  const groups = new Map<string, { readonly first: InputIssue; count: number }>();
  for (const warning of warnings) {
    const key = `${warning.where.replace(/\[\d+\]/g, '[]')}\u0000${warning.message}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: warning, count: 1 });
    else group.count++;
  }
  const lines = [...groups.values()].map(({ first, count }) => {
    const more = count > 1 ? ` (and in ${count - 1} more record${count === 2 ? '' : 's'})` : '';
    return `${first.where}: warning: ${first.message}${more}\n`;
  });
  if (lines.length > 0) io.stderr(neutraliseControls(lines.join('')));
}
