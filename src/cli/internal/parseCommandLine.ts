import { parseArgs } from 'node:util';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { isoDateSchema } from '../../domain/index';
import type { AnyCommand, CommandArgs, OptionSpecs } from '../command';
import { closestName } from './closestName';

/** What the command line asks of a command: its help, or a run with these arguments. @internal */
export type CommandLine =
  { readonly kind: 'help' } | { readonly kind: 'run'; readonly args: CommandArgs<OptionSpecs> };

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict: an unknown option is an
 * error), then checks what `parseArgs` does not: the choices of an option (one, or a
 * comma-separated list), whole numbers, dates, required options and the number of positional
 * arguments. `--help` anywhere wins over every
 * other problem.
 *
 * @param command - the command whose options apply
 * @param argv - the arguments after the command's name
 * @returns the help request or the parsed arguments, or a usage message (exit 2)
 * @internal
 */
export function parseCommandLine(
  command: AnyCommand,
  argv: ReadonlyArray<string>,
): Either<string, CommandLine> {
  if (argv.some((a) => a === '--help' || a === '-h')) {
    const end = argv.indexOf('--');
    const helpAt = argv.findIndex((a) => a === '--help' || a === '-h');
    if (end === -1 || helpAt < end) return right({ kind: 'help' });
  }
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; default?: string; multiple?: boolean }
  > = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.type === 'string' && spec.default !== undefined ? { default: spec.default } : {}),
      ...(spec.type === 'string' && spec.multiple === true ? { multiple: true } : {}),
    };
  }
  let parsed: {
    values: Record<string, string | boolean | Array<string | boolean> | undefined>;
    positionals: string[];
  };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    return left(describeParseError(error, Object.keys(command.options)));
  }
  const values: Record<string, string | boolean | number | ReadonlyArray<string> | undefined> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (spec.type === 'boolean') {
      values[name] = value === true;
      continue;
    }
    if (spec.multiple === true) {
      const given = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
      if (given.length === 0 && spec.required === true)
        return left(`missing --${name} ${spec.valueName ?? 'VALUE'}`);
      values[name] = given;
      continue;
    }
    if (Array.isArray(value)) return left(`--${name} may be given only once`);
    if (typeof value === 'string' && spec.list === true && spec.choices !== undefined) {
      const items = value.split(',').map((item) => item.trim());
      const wrong = items.find((item) => !spec.choices?.includes(item));
      if (wrong !== undefined)
        return left(
          `--${name} must be a comma-separated list of ${spec.choices.join(', ')} (got "${wrong}")`,
        );
      values[name] = items;
      continue;
    }
    if (typeof value === 'string' && spec.choices !== undefined && !spec.choices.includes(value)) {
      return left(`--${name} must be one of ${spec.choices.join(', ')} (got "${value}")`);
    }
    if (typeof value === 'string' && spec.integer !== undefined) {
      const number = wholeNumber(value, spec.integer);
      if (number === undefined)
        return left(`--${name} must be ${describeRange(spec.integer)} (got "${value}")`);
      values[name] = number;
      continue;
    }
    if (typeof value === 'string' && spec.date === true && !isoDateSchema.safeParse(value).success) {
      return left(`--${name} must be a calendar date written YYYY-MM-DD (got "${value}")`);
    }
    if (value === undefined && spec.required === true)
      return left(`missing --${name} ${spec.valueName ?? 'VALUE'}`);
    values[name] = typeof value === 'string' ? value : undefined;
  }
  const required = command.positionals.filter((p) => p.required).length;
  const { positionals } = parsed;
  if (positionals.length < required) {
    const missing = command.positionals[positionals.length];
    return left(`missing <${missing?.name ?? 'argument'}>`);
  }
  if (positionals.length > command.positionals.length) {
    const extra = positionals[command.positionals.length] ?? '';
    return left(`unexpected argument "${extra}"`);
  }
  return right({ kind: 'run', args: { values, positionals } });
}

/** A decimal whole number within the range (`+3` and `007` are fine, `1e3` and `1.0` are not). */
function wholeNumber(
  text: string,
  range: { readonly min?: number; readonly max?: number },
): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return undefined;
  if (range.min !== undefined && n < range.min) return undefined;
  if (range.max !== undefined && n > range.max) return undefined;
  return n;
}

function describeRange(range: { readonly min?: number; readonly max?: number }): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined) return `a whole number from ${min} to ${max}`;
  if (min !== undefined) return `a whole number of at least ${min}`;
  if (max !== undefined) return `a whole number of at most ${max}`;
  return 'a whole number';
}

/**
 * `parseArgs`' messages, shortened to what a user needs to fix the command line; an unknown long
 * option that looks like a typo of one of the command's gets a suggestion (`--fromat`: did you
 * mean `--format`?).
 */
function describeParseError(error: unknown, optionNames: ReadonlyArray<string>): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  // `Option '-o, --out <value>' argument missing`: name the long form (`--out needs a value`).
  const option = /'(?:-\w, )?(--?[^'\s,]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const typo =
        option?.startsWith('--') === true
          ? closestName(option.slice(2), [...optionNames, 'help'])
          : undefined;
      return `unknown option ${option ?? message}${typo === undefined ? '' : ` (did you mean --${typo}?)`}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option !== undefined && /argument missing|ambiguous/.test(message)
        ? `${option} needs a value`
        : option !== undefined && /does not take an argument/.test(message)
          ? `${option} does not take a value`
          : message;
    default:
      return message;
  }
}
