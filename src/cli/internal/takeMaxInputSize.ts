import { left, right, type Either } from 'fp-ts/lib/Either.js';

/** A command line with `--max-input-size` taken out. @internal */
export interface WithoutMaxInputSize {
  readonly argv: ReadonlyArray<string>;
  /** The limit in bytes, when the option was given. */
  readonly maxInputBytes: number | undefined;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Takes the global option `--max-input-size SIZE` (or `--max-input-size=SIZE`) out of a command
 * line, wherever it stands before `--`: every command reads files, so every command takes it.
 * A size is a whole number of bytes, or of KiB, MiB or GiB (`200M`, `1GiB`, `512k`).
 *
 * @param argv - the arguments after the program name
 * @returns the other arguments and the limit, or a usage message
 * @internal
 */
export function takeMaxInputSize(argv: ReadonlyArray<string>): Either<string, WithoutMaxInputSize> {
  const rest: string[] = [];
  let maxInputBytes: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (arg === '--max-input-size') {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) return left('--max-input-size needs a value');
      i++;
    } else if (arg.startsWith('--max-input-size=')) value = arg.slice('--max-input-size='.length);
    else {
      rest.push(arg);
      continue;
    }
    const bytes = parseSize(value);
    if (bytes === undefined)
      return left(`--max-input-size must be a size such as 200M, 1G or 1048576 (got "${value}")`);
    maxInputBytes = bytes;
  }
  return right({ argv: rest, maxInputBytes });
}

function parseSize(text: string): number | undefined {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const bytes = Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
