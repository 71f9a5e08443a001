import { left, right } from 'fp-ts/lib/Either.js';
import type { CliIo, FileError } from '../../src/cli/io/CliIo';

/** A {@link CliIo} over an in-memory file system that records what a command prints. */
export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  readonly files: Map<string, string | Uint8Array | FileError>;
}

export function fakeIo(
  files: Record<string, string | Uint8Array | FileError> = {},
  overrides: Partial<Pick<CliIo, 'stdoutIsTTY' | 'stderrIsTTY' | 'columns' | 'env'>> = {},
): FakeIo {
  let out = '';
  let err = '';
  const store = new Map(Object.entries(files));
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: async (path) => {
      const content = store.get(path);
      if (content === undefined) return left({ kind: 'not-found', detail: `ENOENT: ${path}` });
      if (typeof content === 'string') return right(new TextEncoder().encode(content));
      if (content instanceof Uint8Array) return right(content);
      return left(content);
    },
    writeFile: async (path, text) => {
      const existing = store.get(path);
      if (existing !== undefined && typeof existing === 'object' && 'kind' in existing) return left(existing);
      store.set(path, text);
      return right(undefined);
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
    env: {},
    now: () => new Date(Date.UTC(2026, 5, 1)),
    ...overrides,
    out: () => out,
    err: () => err,
    files: store,
  };
}
