import { absurd } from 'fp-ts/lib/function.js';
import { displayName } from '../io/readTextFile';
import type { CliIo, FileError } from '../io/CliIo';
import type { InputIssue } from '../io/InputIssue';
import { neutraliseControls } from './neutraliseControls';

/**
 * What an output is: `text` for people or a JSON text (every control and bidi character written
 * visibly, see {@link neutraliseControls}; a JSON value is unchanged by it), or `data` that must
 * stay byte for byte (a CSV that reads back, a spreadsheet).
 *
 * @category CLI
 */
export type OutputKind = 'text' | 'data';

/**
 * Writes a command's result to standard output, or to the file of `--out` — atomically (the old
 * file survives a failed write) and never over a file the command read (`match c.json --out
 * c.json` is refused with nothing written).
 *
 * @param io - the I/O
 * @param text - the whole output
 * @param out - the path of `--out`, if given (`-` also means standard output)
 * @param kind - {@link OutputKind}: `text` (the default) is neutralised, `data` written as is
 * @returns `undefined` when written, or the issue that prevented writing the file
 * @example
 * const problem = await writeOutput(io, formatJson(matching), values.out);
 * @category CLI
 */
export async function writeOutput(
  io: CliIo,
  text: string | Uint8Array,
  out: string | undefined,
  kind: OutputKind = 'text',
): Promise<InputIssue | undefined> {
  // Bytes (an Excel file) are data: written as they are, and only to a file.
  const safe = typeof text !== 'string' ? text : kind === 'text' ? neutraliseControls(text) : text;
  if (out === undefined || out === '-') {
    if (typeof safe !== 'string') {
      return {
        code: 'file-unwritable',
        message: 'an Excel file is binary and cannot go to standard output: add --out FILE.xlsx',
        where: '--format xlsx',
        path: [],
      };
    }
    io.stdout(safe);
    return undefined;
  }
  const written = await io.writeFile(out, safe);
  return written._tag === 'Right' ? undefined : writeIssue(written.left, out);
}

/** One output of {@link writeOutputs}: its text and where it goes (`undefined`: not asked for). */
export interface Output {
  readonly text: string | Uint8Array;
  readonly out: string | undefined;
  /** The option that named the file, for the message: `--programme-out`. */
  readonly option: string;
  /** {@link OutputKind}; `text` when left out. */
  readonly kind?: OutputKind;
}

/**
 * Writes several outputs of one command (`generate --out people.csv --programme-out p.json`),
 * after checking that no two name the same file: then nothing at all is written. Each file is
 * written as {@link writeOutput} writes one.
 *
 * @param io - the I/O
 * @param outputs - the outputs, in order
 * @returns every issue (none when all were written)
 * @example
 * const issues = await writeOutputs(io, [{ text, out: values.out, option: '--out' }]);
 * @category CLI
 */
export async function writeOutputs(
  io: CliIo,
  outputs: ReadonlyArray<Output>,
): Promise<ReadonlyArray<InputIssue>> {
  const files = outputs.filter((o) => o.out !== undefined && o.out !== '-');
  for (let i = 0; i < files.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [files[j], files[i]];
      if (a?.out === undefined || b?.out === undefined) continue;
      if (a.out === b.out || (await io.sameFile(a.out, b.out))) {
        return [
          {
            code: 'output-is-input',
            message: `${a.option} and ${b.option} name the same file: one would destroy the other, so nothing was written`,
            where: displayName(b.out),
            path: [],
          },
        ];
      }
    }
  }
  const issues: InputIssue[] = [];
  for (const output of outputs) {
    const issue = await writeOutput(io, output.text, output.out, output.kind);
    if (issue !== undefined) issues.push(issue);
  }
  return issues;
}

function writeIssue(error: FileError, out: string): InputIssue {
  const where = displayName(out);
  switch (error.kind) {
    case 'is-input':
      return {
        code: 'output-is-input',
        message:
          'is an input of this command: the output would destroy it, so nothing was written (choose another file)',
        where,
        path: [],
      };
    case 'not-found':
      return {
        code: 'file-unwritable',
        message: 'cannot write the output: its folder does not exist',
        where,
        path: [],
      };
    case 'is-directory':
      return {
        code: 'file-unwritable',
        message: 'cannot write the output: it is a directory',
        where,
        path: [],
      };
    case 'permission-denied':
      return {
        code: 'file-unwritable',
        message: 'cannot write the output: permission denied',
        where,
        path: [],
      };
    case 'not-regular':
      return {
        code: 'file-unwritable',
        message:
          'cannot write the output: it is a pipe, a device or a socket, not a regular file (leave out --out to write to standard output)',
        where,
        path: [],
      };
    case 'too-large':
    case 'other':
      return {
        code: 'file-unwritable',
        message: `cannot write the output: ${error.detail}`,
        where,
        path: [],
      };
    default:
      return absurd(error.kind);
  }
}
