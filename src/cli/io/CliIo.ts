import type { Either } from 'fp-ts/lib/Either.js';

/**
 * Why a file could not be read or written: it does not exist, it is a directory, the user may not
 * open it, or anything else the system said (`detail`).
 *
 * @category CLI
 */
export interface FileError {
  readonly kind: 'not-found' | 'is-directory' | 'permission-denied' | 'other';
  readonly detail: string;
}

/**
 * Everything a command may do to the world, so that a command runs the same against the real
 * process (`nodeIo`) and against a fake in a unit test.
 *
 * @category CLI
 */
export interface CliIo {
  /** Writes text to standard output, as is (add the newline yourself). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error, as is. */
  readonly stderr: (text: string) => void;
  /** Reads a whole file as bytes; the path `-` reads standard input. */
  readonly readFile: (path: string) => Promise<Either<FileError, Uint8Array>>;
  /** Writes a whole file (text as UTF-8, or bytes as they are), replacing it. */
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<Either<FileError, void>>;
  /** Creates a folder and its parents (nothing when it exists); `init` needs it, so a fake may leave it out. */
  readonly makeDirectory?: (path: string) => Promise<Either<FileError, void>>;
  /** Whether standard output is a terminal (then tables may use its width). */
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** The width of the terminal on standard output, when it is one. */
  readonly columns: number | undefined;
  /** The environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time: the CLI may use the clock, the library may not. */
  readonly now: () => Date;
}
