import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { absurd } from 'fp-ts/lib/function.js';
import { type CliIo, DEFAULT_MAX_INPUT_BYTES, type FileError } from './CliIo';
import type { InputIssue } from './InputIssue';

/**
 * How a file is named in messages: its path, or `standard input` for `-`.
 *
 * @param path - the path given on the command line
 * @returns the name to print
 * @example
 * displayName('-'); // 'standard input'
 * @category CLI
 */
export function displayName(path: string): string {
  return path === '-' ? 'standard input' : path;
}

/**
 * Reads a file (or standard input for `-`) as UTF-8 text, with a clear issue for a missing file,
 * a directory, a pipe or a device (refused rather than waited on: read it through `-`), a file
 * larger than the input limit (`io.maxInputBytes`, 64 MiB unless `--max-input-size` says
 * otherwise), a file that may not be read, a file that is not UTF-8 text, and an empty file.
 * A byte-order mark is dropped.
 *
 * @param io - the I/O
 * @param path - the path given on the command line, or `-`
 * @returns the text, or what prevents reading it
 * @example
 * const text = await readTextFile(nodeIo(), 'cohort.json');
 * @category CLI
 */
export async function readTextFile(io: CliIo, path: string): Promise<Either<InputIssue, string>> {
  const bytes = await readInputBytes(io, path);
  return bytes._tag === 'Left' ? bytes : decodeText(bytes.right, displayName(path));
}

/**
 * Reads an input file's bytes once, within the input limit (`--max-input-size`), as an issue
 * located at the file when it cannot be read. Standard input can be read only once: a reader that
 * needs to look at the bytes before deciding how to decode them reads them with this.
 *
 * @param io - the I/O
 * @param path - the file (`-`: standard input)
 * @returns the bytes, or the issue
 * @category CLI
 */
export async function readInputBytes(io: CliIo, path: string): Promise<Either<InputIssue, Uint8Array>> {
  const bytes = await io.readFile(path, { maxBytes: io.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES });
  return bytes._tag === 'Left' ? left(fileIssue(bytes.left, displayName(path))) : bytes;
}

/**
 * Decodes an input's bytes as UTF-8 text: bytes that are not UTF-8 (a spreadsheet's "CSV" in
 * Windows-1250) are an issue, not replacement characters in people's names, and so is a file with
 * nothing but white space.
 *
 * @param bytes - the file's bytes
 * @param where - the file's name for the issue
 * @returns the text, or the issue
 * @category CLI
 */
export function decodeText(bytes: Uint8Array, where: string): Either<InputIssue, string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return left({
      code: 'not-utf8',
      message: 'the file is not UTF-8 text (in a spreadsheet, save it as "CSV UTF-8")',
      where,
      path: [],
    });
  }
  if (text.trim() === '') return left({ code: 'file-empty', message: 'the file is empty', where, path: [] });
  return right(text);
}

/**
 * A file error as an issue a person understands.
 *
 * @param error - what the file system said
 * @param where - the file's name for the message
 * @returns the issue
 * @example
 * fileIssue({ kind: 'not-found', detail: '' }, 'x.json').message; // 'no such file'
 * @category CLI
 */
export function fileIssue(error: FileError, where: string): InputIssue {
  switch (error.kind) {
    case 'not-found':
      return { code: 'file-not-found', message: 'no such file', where, path: [] };
    case 'is-directory':
      return { code: 'file-unreadable', message: 'is a directory, not a file', where, path: [] };
    case 'permission-denied':
      return { code: 'file-unreadable', message: 'permission denied', where, path: [] };
    case 'too-large':
      return {
        code: 'file-too-large',
        message: `is larger than the input limit of ${formatBytes(Number(error.detail))} (raise it with --max-input-size)`,
        where,
        path: [],
      };
    case 'not-regular':
      return {
        code: 'file-unreadable',
        message:
          'is a pipe, a device or a socket, not a regular file (to read a stream, pass - and redirect it to standard input)',
        where,
        path: [],
      };
    case 'is-input':
      return { code: 'file-unreadable', message: `cannot be read: ${error.detail}`, where, path: [] };
    case 'other':
      return { code: 'file-unreadable', message: `cannot be read: ${error.detail}`, where, path: [] };
    default:
      return absurd(error.kind);
  }
}

/**
 * A number of bytes as a person reads it: `64 MiB`, `1.5 KiB`, `12 bytes`.
 *
 * @param bytes - a count of bytes
 * @returns the count in the largest binary unit that keeps it at least 1
 * @example
 * formatBytes(64 * 1024 * 1024); // '64 MiB'
 * @category CLI
 */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (!(bytes >= 1024)) return `${bytes} bytes`;
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${Number(value.toFixed(1))} ${unit}`;
}
