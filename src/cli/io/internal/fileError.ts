import type { FileError } from '../CliIo';

/**
 * A system error as a {@link FileError}; anything that is not a system error is a bug and is
 * rethrown.
 *
 * @param error - what `node:fs` threw
 * @returns the error as data
 * @internal
 */
export function fileError(error: unknown): FileError {
  const code = systemErrorCode(error);
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

/**
 * The `code` of a system error (`ENOSPC`), or `undefined` for anything else.
 *
 * @param error - anything thrown
 * @returns the code
 * @internal
 */
export function systemErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Identity of a file as the system knows it (device and inode), the same whatever path names it.
 *
 * @param stats - what `stat` said
 * @returns a key for a set
 * @internal
 */
export function fileKey(stats: { readonly dev: number; readonly ino: number }): string {
  return `${stats.dev}:${stats.ino}`;
}
