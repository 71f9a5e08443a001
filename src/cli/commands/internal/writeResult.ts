import { EXIT, type ExitCode } from '../../exitCode';
import type { CliIo } from '../../io/CliIo';
import { printIssues } from '../../output/printIssues';
import { type OutputKind, writeOutput } from '../../output/writeOutput';

/**
 * The last step of a command: writes its result to standard output or to the file of `--out`,
 * and turns the outcome into the exit code — 0 when written, 1 (with `where: message` on
 * standard error) when the file cannot be written.
 *
 * @param io - the I/O
 * @param text - the whole result (bytes for an Excel file)
 * @param out - the path of `--out`, if given
 * @param kind - `data` for a CSV that must stay byte for byte; `text` (the default) is neutralised
 * @returns the exit code of the command
 * @example
 * return writeResult(io, formatJson(cohortJsonSchema()), values.out);
 * @internal
 */
export async function writeResult(
  io: CliIo,
  text: string | Uint8Array,
  out: string | undefined,
  kind: OutputKind = 'text',
): Promise<ExitCode> {
  const problem = await writeOutput(io, text, out, kind);
  if (problem === undefined) return EXIT.ok;
  printIssues(io, [problem]);
  return EXIT.invalidInput;
}
