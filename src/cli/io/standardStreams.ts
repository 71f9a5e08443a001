import { writeSync } from 'node:fs';
import { EXIT } from '../exitCode';
import { systemErrorCode } from './internal/fileError';

/**
 * Writes to standard output or standard error, turning a failed write (a full disk behind
 * `> /dev/full`, a file past its size limit, a closed pipe) into the end described by
 * {@link guardStandardStreams} rather than an uncaught exception.
 *
 * @param stream - `process.stdout` or `process.stderr`
 * @param text - what to write
 * @example
 * writeStandardStream(process.stdout, 'hello\n');
 * @category CLI
 */
export function writeStandardStream(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch (error) {
    standardStreamFailed(stream, error);
  }
}

/**
 * Makes every failure of standard output or standard error a clean end: a reader that closes the
 * pipe early (`… | head`, `EPIPE`) ends the run with exit 0 — that is the reader's choice; any
 * other failure of standard output prints one line on standard error
 * (`reverse-mentoring: cannot write to standard output: no space left on the device (ENOSPC)`)
 * and exits 1 (`EXIT.invalidInput`: an output that cannot be written); a failure of standard
 * error itself exits 1 silently, since there is nowhere left to say it. Never a stack trace.
 *
 * @example
 * guardStandardStreams(); // once, at the start of the CLI
 * @category CLI
 */
export function guardStandardStreams(): void {
  process.stdout.on('error', (error) => standardStreamFailed(process.stdout, error));
  process.stderr.on('error', (error) => standardStreamFailed(process.stderr, error));
}

/**
 * The one line printed when standard output cannot be written.
 *
 * @param error - what the write threw
 * @returns the line, ending in a newline
 * @example
 * streamFailureMessage(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
 * // 'reverse-mentoring: cannot write to standard output: no space left on the device (ENOSPC)\n'
 * @category CLI
 */
export function streamFailureMessage(error: unknown): string {
  const code = systemErrorCode(error);
  const reason =
    code === undefined
      ? (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]
      : `${REASONS[code] ?? 'the system refused the write'} (${code})`;
  return `reverse-mentoring: cannot write to standard output: ${reason}\n`;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EFBIG: 'the file has reached its size limit',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EBADF: 'it is closed',
  EAGAIN: 'it is not ready to be written',
};

function standardStreamFailed(stream: NodeJS.WriteStream, error: unknown): never {
  if (stream === process.stdout) {
    if (systemErrorCode(error) === 'EPIPE') process.exit(EXIT.ok);
    try {
      writeSync(2, streamFailureMessage(error));
    } catch {
      // Standard error fails too: the exit code is all that is left.
    }
  }
  process.exit(EXIT.invalidInput);
}
