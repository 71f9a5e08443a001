import type { CohortIssueCode, JournalIssueCode } from '../../domain/index';
import type { MatchError } from '../../matching/index';
import type { MonitoringIssue } from '../../monitoring/index';
import type { ReportIssue } from '../../report/index';

/**
 * The stable codes of what can be wrong with an input file before or after `parseCohort`:
 * the file (`file-not-found`, `file-unreadable`, `file-unwritable`, `file-empty`, `not-utf8`), its syntax
 * (`invalid-json`, `invalid-csv`), the CSV layout (`missing-column`, `unknown-column`,
 * `no-participants`), a CSV cell (`bad-cell`, `unknown-role`), any {@link CohortIssueCode}, or
 * what the matcher finds wrong with a valid cohort or an id on the command line (a `MatchError`
 * code such as `pinned-pair-infeasible` or `unknown-mentee`), any {@link JournalIssueCode}, or
 * what the monitoring finds wrong with a matching file (a `MonitoringIssue` code such as
 * `invalid-matching`).
 *
 * @category CLI
 */
export type InputIssueCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-unwritable'
  | 'file-empty'
  | 'not-utf8'
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-matching'
  | 'missing-column'
  | 'unknown-column'
  | 'no-participants'
  | 'bad-cell'
  | 'unknown-role'
  | CohortIssueCode
  | MatchError['code']
  | JournalIssueCode
  | MonitoringIssue['code']
  | ReportIssue['code'];

/**
 * One thing wrong with an input, located the way its reader thinks of it: a file name, a cohort
 * path (`mentors[3].skills.x`) or a CSV cell (`row 4, column skills`). Printed as `where: message`.
 *
 * @category CLI
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  readonly message: string;
  readonly where: string;
}
