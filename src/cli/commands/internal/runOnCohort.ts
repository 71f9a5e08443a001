import type { Either } from 'fp-ts/lib/Either.js';
import { EXIT, type ExitCode } from '../../exitCode';
import type { CliIo } from '../../io/CliIo';
import type { InputIssue } from '../../io/InputIssue';
import { type LoadedCohort, loadCohort } from '../../io/loadCohort';
import { printIssues, printWarnings } from '../../output/printIssues';
import { writeResult } from './writeResult';

/**
 * What a command makes of a valid cohort: the whole text of its result, or every issue that
 * stops it (an id that names nobody, a pin the matcher refuses, a journal that does not fit).
 *
 * @internal
 */
export type CohortResult = Either<ReadonlyArray<InputIssue>, string | Uint8Array>;

/** Where a command's cohort comes from and where its result goes. @internal */
export interface CohortSource {
  /** The cohort file (`-`: standard input). */
  readonly file: string;
  /** The `--programme` file, if given. */
  readonly programme: string | undefined;
  /** The `--columns` file, if given. */
  readonly columns?: string | undefined;
  /** The `--sheet` of a workbook, if given. */
  readonly sheet?: string | undefined;
  /** `--strict`. */
  readonly strict?: boolean | undefined;
  /** The `--out` file, if given. */
  readonly out?: string | undefined;
  /** The `--format`: a `csv` result is data, written byte for byte; any other is neutralised text. */
  readonly format?: string | undefined;
}

/**
 * The frame of every command that reads a cohort: loads and validates it (`loadCohort`), hands it
 * to `produce`, and writes the result (`writeResult`). What was left out of the input (unknown
 * columns and fields) is printed as `where: warning: message` on standard error, and the command
 * goes on. An issue at any step is printed as `where: message` on standard error, and the command
 * exits 1 with nothing on standard output.
 *
 * @param io - the I/O
 * @param source - {@link CohortSource}
 * @param produce - what the command does with the cohort
 * @returns the exit code of the command
 * @example
 * run: async ({ values, positionals }, io) =>
 *   runOnCohort(io, { file: positionals[0] ?? '-', programme: values.programme, out: values.out }, ({ cohort }) =>
 *     right(formatJson(cohortSummary(cohort)))),
 * @internal
 */
export async function runOnCohort(
  io: CliIo,
  source: CohortSource,
  produce: (loaded: LoadedCohort) => CohortResult | Promise<CohortResult>,
): Promise<ExitCode> {
  const loaded = await loadCohort(io, source.file, {
    programme: source.programme,
    columns: source.columns,
    sheet: source.sheet,
    strict: source.strict,
  });
  if (loaded._tag === 'Right') printWarnings(io, loaded.right.warnings);
  const result = loaded._tag === 'Left' ? loaded : await produce(loaded.right);
  if (result._tag === 'Left') {
    printIssues(io, result.left);
    return EXIT.invalidInput;
  }
  return writeResult(io, result.right, source.out, source.format === 'csv' ? 'data' : 'text');
}
