import { left, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { type Cohort, type Journal, type JournalIssue, formatPath, parseJournal } from '../../domain/index';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { readJsonFile } from './readJsonFile';
import { displayName } from './readTextFile';

/**
 * Reads a journal file (JSON: check-ins, self-assessments, outcomes) and validates it against its
 * cohort with `parseJournal`. Every issue comes back at once, located as the journal file's name
 * and the path inside it (`journal.json: checkIns[4].ratings.mentee`), as `loadCohort` locates
 * the issues of a programme file.
 *
 * @param io - the I/O
 * @param path - the journal file, or `-` for standard input
 * @param cohort - the validated cohort the journal belongs to
 * @returns the validated journal, or every issue
 * @example
 * const journal = await loadJournal(nodeIo(), 'journal.json', cohort);
 * @category CLI
 */
export async function loadJournal(
  io: CliIo,
  path: string,
  cohort: Cohort,
): Promise<Either<NonEmptyArray<InputIssue>, Journal>> {
  const json = await readJsonFile(io, path);
  if (json._tag === 'Left') return left([json.left]);
  const journal = parseJournal(json.right, cohort);
  if (journal._tag === 'Right') return journal;
  const [first, ...rest] = journal.left;
  return left([locate(first, path), ...rest.map((issue) => locate(issue, path))]);
}

function locate(issue: JournalIssue, path: string): InputIssue {
  const where =
    issue.path.length === 0 ? displayName(path) : `${displayName(path)}: ${formatPath(issue.path)}`;
  return { code: issue.code, message: issue.message, where, path: issue.path };
}
