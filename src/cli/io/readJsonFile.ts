import type { Either } from 'fp-ts/lib/Either.js';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { parseJsonText } from './parseJsonText';
import { displayName, readTextFile } from './readTextFile';

/**
 * Reads a JSON file (or standard input for `-`) and parses it, with the issues of
 * {@link readTextFile} and {@link parseJsonText}, located at the file's name.
 *
 * @param io - the I/O
 * @param path - the path given on the command line, or `-`
 * @returns the parsed value (not yet validated), or what prevents reading it
 * @example
 * const matching = await readJsonFile(nodeIo(), 'matching.json');
 * @category CLI
 */
export async function readJsonFile(io: CliIo, path: string): Promise<Either<InputIssue, unknown>> {
  const text = await readTextFile(io, path);
  return text._tag === 'Left' ? text : parseJsonText(text.right, displayName(path));
}
