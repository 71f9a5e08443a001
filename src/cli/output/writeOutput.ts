import { displayName } from '../io/readTextFile';
import type { CliIo } from '../io/CliIo';
import type { InputIssue } from '../io/InputIssue';

/**
 * Writes a command's result to standard output, or to the file of `--out`.
 *
 * @param io - the I/O
 * @param text - the whole output: text, or the bytes of a binary file (Excel), which go only to a file
 * @param out - the path of `--out`, if given (`-` also means standard output)
 * @returns `undefined` when written, or the issue that prevented writing the file
 * @example
 * const problem = await writeOutput(io, formatJson(matching), values.out);
 * @category CLI
 */
export async function writeOutput(
  io: CliIo,
  text: string | Uint8Array,
  out: string | undefined,
): Promise<InputIssue | undefined> {
  if (out === undefined || out === '-') {
    if (typeof text === 'string') {
      io.stdout(text);
      return undefined;
    }
    return {
      code: 'file-unwritable',
      message: 'an Excel file is binary and cannot go to standard output: add --out FILE.xlsx',
      where: '--format xlsx',
    };
  }
  const written = await io.writeFile(out, text);
  if (written._tag === 'Right') return undefined;
  const reason = {
    'not-found': 'its folder does not exist',
    'is-directory': 'it is a directory',
    'permission-denied': 'permission denied',
    other: written.left.detail,
  }[written.left.kind];
  return {
    code: 'file-unwritable',
    message: `cannot write the output: ${reason}`,
    where: displayName(out),
    path: [],
  };
}
