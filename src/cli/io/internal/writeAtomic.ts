import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { FileError } from '../CliIo';
import { fileError, fileKey, systemErrorCode } from './fileError';

/**
 * Writes a file atomically: the text goes to a new temporary file beside the target (same folder,
 * so the same file system), is flushed to disk, and only then renamed over the target — a write
 * that fails half-way (a full disk, a file too large) leaves the old file as it was, and the
 * temporary file is removed. A link is followed (the file it names is replaced, the link stays), an
 * existing file keeps its permissions, a pipe or a device is refused rather than blocked on or
 * replaced, and a file in `inputs` (one this command read) is never replaced.
 *
 * @param path - the target
 * @param text - the whole content (UTF-8)
 * @param inputs - the identities of the files this command read
 * @returns nothing, or why not
 * @internal
 */
export async function writeAtomic(
  path: string,
  text: string | Uint8Array,
  inputs: ReadonlySet<string>,
): Promise<Either<FileError, void>> {
  let target = resolve(path);
  let mode: number | undefined;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return left({ kind: 'is-directory', detail: 'EISDIR' });
    if (!stats.isFile()) return left({ kind: 'not-regular', detail: 'not a regular file' });
    if (inputs.has(fileKey(stats))) return left({ kind: 'is-input', detail: 'an input of this command' });
    target = await realpath(path);
    mode = stats.mode & 0o7777;
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT') return left(fileError(error));
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o666);
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
    return right(undefined);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    return left(fileError(error));
  }
}

/**
 * Whether two paths name one file: by device and inode when both exist, else by their resolved
 * paths (with the folder's links resolved).
 *
 * @param a - a path
 * @param b - another path
 * @returns `true` when writing one would replace the other
 * @internal
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([identity(a), identity(b)]);
  return x === y;
}

async function identity(path: string): Promise<string> {
  try {
    return fileKey(await stat(path));
  } catch {
    const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return join(folder, basename(path));
  }
}
