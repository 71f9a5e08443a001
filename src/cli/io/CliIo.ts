import type { Either } from 'fp-ts/lib/Either.js';

/**
 * Why a file could not be read or written: it does not exist, it is a directory, the user may not
 * open it, it is larger than the input limit (`too-large`), it is a pipe, a device or a socket
 * rather than a regular file (`not-regular`), it is an input of the same command and may not be
 * replaced by its output (`is-input`), or anything else the system said (`detail`).
 *
 * @category CLI
 */
export interface FileError {
  readonly kind:
    'not-found' | 'is-directory' | 'permission-denied' | 'too-large' | 'not-regular' | 'is-input' | 'other';
  readonly detail: string;
}

/** Options of {@link CliIo.readFile}. @category CLI */
export interface ReadFileOptions {
  /** The most bytes to read: a longer file (or standard input) is a `too-large` error. */
  readonly maxBytes?: number;
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
  /**
   * Reads a whole regular file as bytes, at most `maxBytes` of them; the path `-` reads standard
   * input. A pipe or a device is refused (`not-regular`) rather than waited on, and every file read
   * is remembered as an input of the command.
   */
  readonly readFile: (path: string, options?: ReadFileOptions) => Promise<Either<FileError, Uint8Array>>;
  /**
   * Writes a whole file (text as UTF-8, or bytes as they are) atomically: a temporary file in the
   * same folder, flushed, then renamed over the target, and removed when anything fails, so that
   * the old file survives a failed write. A file this command read is never replaced (`is-input`),
   * and a pipe or a device is refused (`not-regular`).
   */
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<Either<FileError, void>>;
  /** Creates a folder and its parents (nothing when it exists); `init` needs it, so a fake may leave it out. */
  readonly makeDirectory?: (path: string) => Promise<Either<FileError, void>>;
  /** Whether two paths name one file (after links, `..` and case, by identity where it exists). */
  readonly sameFile: (a: string, b: string) => Promise<boolean>;
  /** The most bytes an input may have (`--max-input-size`); {@link DEFAULT_MAX_INPUT_BYTES} when left out. */
  readonly maxInputBytes?: number;
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

/** The default input limit: 64 MiB, far above any real cohort, far below what exhausts memory. @category CLI */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
