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
  // As nodeIo: every file read is an input of the command, and an output never replaces one.
  const inputs = new Set<string>();
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: async (path, options = {}) => {
      const content = store.get(path);
      if (content === undefined) return left({ kind: 'not-found', detail: `ENOENT: ${path}` });
      if (!(typeof content === 'string' || content instanceof Uint8Array)) return left(content);
      inputs.add(path);
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      if (options.maxBytes !== undefined && bytes.length > options.maxBytes)
        return left({ kind: 'too-large', detail: String(options.maxBytes) });
      return right(bytes);
    },
    writeFile: async (path, text) => {
      const existing = store.get(path);
      if (existing !== undefined && typeof existing === 'object' && 'kind' in existing) return left(existing);
      if (inputs.has(path)) return left({ kind: 'is-input', detail: 'an input of this command' });
      store.set(path, text);
      return right(undefined);
    },
    sameFile: async (a, b) => a === b,
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
