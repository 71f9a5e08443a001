import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { CliIo, FileError } from './CliIo';

/**
 * The real process's I/O: `process.stdout`/`stderr`, files through `node:fs`, standard input for
 * the path `-`, the terminal's width and the clock.
 *
 * @returns the I/O of this process
 * @example
 * const io = nodeIo();
 * io.stdout('hello\n');
 * @category CLI
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: async (path) =>
      path === '-' ? readStdin() : attempt(async () => new Uint8Array(await readFile(path))),
    writeFile: async (path, content) =>
      attempt(() =>
        typeof content === 'string' ? writeFile(path, content, 'utf8') : writeFile(path, content),
      ),
    makeDirectory: async (path) =>
      attempt(async () => {
        await mkdir(path, { recursive: true });
      }),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    env: process.env,
    now: () => new Date(),
  };
}

async function readStdin(): Promise<Either<FileError, Uint8Array>> {
  return attempt(async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of process.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
    return new Uint8Array(Buffer.concat(chunks));
  });
}

async function attempt<A>(action: () => Promise<A>): Promise<Either<FileError, A>> {
  try {
    return right(await action());
  } catch (error) {
    return left(fileError(error));
  }
}

/** A system error as a {@link FileError}; anything that is not a system error is a bug and is rethrown. */
function fileError(error: unknown): FileError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code === undefined) throw error;
  const detail = error instanceof Error ? error.message : code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'not-found', detail };
    case 'EISDIR':
      return { kind: 'is-directory', detail };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'permission-denied', detail };
    default:
      return { kind: 'other', detail };
  }
}
