import type {
  CohortIssueCode,
  DecisionIssueCode,
  Issue,
  IssuePath,
  JournalIssueCode,
} from '../../domain/index';
import type { MatchError } from '../../matching/index';
import type { MonitoringIssue } from '../../monitoring/index';
import type { ReportIssue } from '../../report/index';
import type { WorkflowIssue } from '../../workflow/index';

/**
 * The stable codes of what can be wrong with an input file before or after `parseCohort`:
 * the file (`file-not-found`, `file-unreadable`, `file-unwritable`, `file-too-large`, `output-is-input`
 * (an output that would replace an input), `file-empty`, `not-utf8`), its syntax
 * (`invalid-json`, `invalid-csv`, `invalid-excel`), the CSV layout (`missing-column`, `unknown-column`,
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
  | 'file-too-large'
  | 'output-is-input'
  | 'file-empty'
  | 'not-utf8'
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-excel'
  | 'invalid-matching'
  | 'missing-column'
  | 'unknown-column'
  | 'no-participants'
  | 'bad-cell'
  | 'unknown-role'
  | CohortIssueCode
  | MatchError['code']
  | JournalIssueCode
  | DecisionIssueCode
  | WorkflowIssue['code']
  | MonitoringIssue['code']
  | ReportIssue['code'];

/**
 * One thing wrong with an input: the library's {@link Issue} shape, and `where` — the issue located
 * the way its reader thinks of it: a file name, a cohort path (`mentors[3].skills.x`, printed with
 * `formatPath`), a CSV cell (`row 4, column skills`) or a command-line option (`--mentee`).
 * Printed as `where: message`. `path` is the path into the data the file holds
 * (`['mentors', 3, 'skills', 'x']`); for a CSV cell the row and column (`[4, 'skills']`), for an
 * option its name (`['--mentee']`), and `[]` for a file as a whole.
 *
 * @category CLI
 */
export interface InputIssue extends Omit<Issue<InputIssueCode>, 'path'> {
  readonly where: string;
  /** Absent where a reader locates an issue by `where` alone (the HR-export readers, for now). */
  readonly path?: IssuePath;
}
