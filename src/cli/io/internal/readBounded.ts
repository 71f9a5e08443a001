import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { FileError } from '../CliIo';
import { fileError, fileKey } from './fileError';

const CHUNK = 64 * 1024;

/**
 * Reads a regular file, at most `maxBytes` of it. The file is opened without blocking, so a pipe
 * with no writer is refused at once (`not-regular`) instead of waited on forever, and so is a
 * device such as `/dev/zero`, which would never end; the size is checked before and while reading
 * (a file that grows is cut off at the limit, never read into memory whole).
 *
 * @param path - the file
 * @param maxBytes - the limit
 * @param inputs - where the file's identity is recorded, so that no output replaces it
 * @returns the bytes, or why not
 * @internal
 */
export async function readBounded(
  path: string,
  maxBytes: number,
  inputs: Set<string>,
): Promise<Either<FileError, Uint8Array>> {
  let handle;
  try {
    // O_NONBLOCK does not exist on Windows, where a named pipe does not block an open anyway.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return left(fileError(error));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return left({ kind: 'is-directory', detail: 'EISDIR' });
    if (!stats.isFile()) return left({ kind: 'not-regular', detail: 'not a regular file' });
    inputs.add(fileKey(stats));
    if (stats.size > maxBytes) return left(tooLarge(maxBytes));
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return left(tooLarge(maxBytes));
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return right(concat(chunks, total));
  } catch (error) {
    return left(fileError(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads standard input to its end, at most `maxBytes` of it (`< /dev/zero` stops at the limit).
 *
 * @param maxBytes - the limit
 * @returns the bytes, or why not
 * @internal
 */
export async function readStdinBounded(maxBytes: number): Promise<Either<FileError, Uint8Array>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      total += bytes.length;
      if (total > maxBytes) {
        process.stdin.destroy();
        return left(tooLarge(maxBytes));
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return left(fileError(error));
  }
  return right(concat(chunks, total));
}

function tooLarge(maxBytes: number): FileError {
  return { kind: 'too-large', detail: String(maxBytes) };
}

function concat(chunks: ReadonlyArray<Uint8Array>, total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
