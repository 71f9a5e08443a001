import { mkdir } from 'node:fs/promises';
import { left, right } from 'fp-ts/lib/Either.js';
import { fstatSync } from 'node:fs';
import type { CliIo } from './CliIo';
import { DEFAULT_MAX_INPUT_BYTES } from './CliIo';
import { fileError, fileKey } from './internal/fileError';
import { readBounded, readStdinBounded } from './internal/readBounded';
import { sameFile, writeAtomic } from './internal/writeAtomic';
import { writeStandardStream } from './standardStreams';

/**
 * The real process's I/O: `process.stdout`/`stderr`, files through `node:fs` (bounded reads,
 * atomic writes that never replace an input), standard input for the path `-`, the terminal's
 * width and the clock.
 *
 * @returns the I/O of this process
 * @example
 * const io = nodeIo();
 * io.stdout('hello\n');
 * @category CLI
 */
export function nodeIo(): CliIo {
  const inputs = new Set<string>();
  return {
    stdout: (text) => writeStandardStream(process.stdout, text),
    stderr: (text) => writeStandardStream(process.stderr, text),
    readFile: async (path, options = {}) => {
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
      if (path !== '-') return readBounded(path, maxBytes, inputs);
      rememberStdin(inputs);
      return readStdinBounded(maxBytes);
    },
    writeFile: async (path, content) => writeAtomic(path, content, inputs),
    makeDirectory: async (path) => {
      try {
        await mkdir(path, { recursive: true });
        return right(undefined);
      } catch (error) {
        return left(fileError(error));
      }
    },
    sameFile,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    env: process.env,
    now: () => new Date(),
  };
}

/** `match - < cohort.json --out cohort.json`: standard input redirected from a file is an input too. */
function rememberStdin(inputs: Set<string>): void {
  try {
    const stats = fstatSync(0);
    if (stats.isFile()) inputs.add(fileKey(stats));
  } catch {
    // No standard input at all: nothing to protect.
  }
}
