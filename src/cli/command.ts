import type { ExitCode } from './exitCode';
import type { CliIo } from './io/CliIo';

/**
 * An option of a command: the `node:util` `parseArgs` settings (`type`, `short`, `default`) and
 * what the help shows (`description`, `valueName`). `choices` restricts a string option to a set
 * of values (`list`: to a comma-separated list of them), `integer` to whole numbers, `date` to
 * dates `YYYY-MM-DD`, `required` makes it mandatory; anything else is a usage error (exit 2).
 *
 * @category CLI
 */
export type OptionSpec =
  | {
      readonly type: 'boolean';
      readonly short?: string;
      readonly description: string;
    }
  | {
      readonly type: 'string';
      readonly short?: string;
      readonly description: string;
      /** The placeholder in the help (`FILE`, `N`); the choices when there are some. */
      readonly valueName?: string;
      readonly choices?: ReadonlyArray<string>;
      readonly default?: string;
      /** The command cannot run without it: leaving it out is a usage error. */
      readonly required?: boolean;
      /**
       * A whole number, at least `min` and at most `max` where given: the value reaches `run` as a
       * `number`, and anything else (`ten`, `1.5`) is a usage error.
       */
      readonly integer?: { readonly min?: number; readonly max?: number };
      /** A calendar date written `YYYY-MM-DD` (a real day): anything else (`2027-02-30`, `1.4.2027`) is a usage error. */
      readonly date?: boolean;
      /**
       * With `choices`: a comma-separated list of them (`stable,random`), in the order given,
       * reaching `run` as an array; a value that is not a choice is a usage error.
       */
      readonly list?: boolean;
      /** The option may be given several times (`--matching a.csv --matching b.json`): it reaches `run` as an array, empty when left out. */
      readonly multiple?: boolean;
    };

/** The options of a command by long name (`programme` for `--programme`). @category CLI */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/**
 * The value an option has after parsing: a boolean flag, a number (`integer`), one of its
 * choices, or any string — `undefined` when it may be left out (no `default`, not `required`).
 *
 * @category CLI
 */
export type OptionValue<S extends OptionSpec> = S extends { readonly type: 'boolean' }
  ? boolean
  : S extends { readonly multiple: true }
    ? ReadonlyArray<string>
    : S extends { readonly default: string } | { readonly required: true }
      ? ParsedValue<S>
      : ParsedValue<S> | undefined;

/** The value of a string option that was given (for the wide `OptionSpec`: a string, a number or a list). */
type ParsedValue<S extends OptionSpec> = S extends { readonly multiple: true }
  ? ReadonlyArray<string>
  : S extends { readonly integer: object }
    ? number
    : S extends { readonly list: true; readonly choices: ReadonlyArray<infer C> }
      ? ReadonlyArray<C>
      : S extends { readonly choices: ReadonlyArray<infer C> }
        ? C
        : S extends { readonly type: 'string'; readonly integer?: never; readonly list?: never }
          ? string
          : string | number | ReadonlyArray<string>;

/** The parsed options and positional arguments a command runs with. @category CLI */
export interface CommandArgs<O extends OptionSpecs> {
  readonly values: { readonly [K in keyof O]: OptionValue<O[K]> };
  readonly positionals: ReadonlyArray<string>;
}

/** A positional argument of a command, for the help and for counting. @category CLI */
export interface PositionalSpec {
  /** The placeholder in the help: `file`. */
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

/**
 * A command of the CLI: its name, a one-line summary for the list of commands, the usage line,
 * an example that really works, its options and positional arguments, and what it does. `run`
 * gets only parsed, checked arguments (a usage error never reaches it) and does all its I/O
 * through `io`; it returns the exit code.
 *
 * @category CLI
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly summary: string;
  /** The usage line after `reverse-mentoring `: `validate <file> [--programme FILE]`. */
  readonly usage: string;
  /** Command lines that work, shown under "Examples". */
  readonly examples: ReadonlyArray<string>;
  readonly options: O;
  readonly positionals: ReadonlyArray<PositionalSpec>;
  readonly run: (args: CommandArgs<O>, io: CliIo) => Promise<ExitCode>;
}

/**
 * Declares a command, keeping the exact types of its options so that `run` sees
 * `values.locale` as `'en' | 'pl'` rather than `string`.
 *
 * @param command - the command
 * @returns the same command, typed for the registry
 * @example
 * const hello = defineCommand({
 *   name: 'hello', summary: 'Says hello.', usage: 'hello', examples: ['reverse-mentoring hello'],
 *   options: {}, positionals: [],
 *   run: async (_args, io) => { io.stdout('hello\n'); return EXIT.ok; },
 * });
 * @category CLI
 */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): AnyCommand {
  return command as unknown as AnyCommand;
}

/**
 * A command whatever its options, as the registry holds it. The cast in {@link defineCommand} is
 * sound because the framework calls `run` only with values parsed from that command's own
 * `options`.
 *
 * @category CLI
 */
export type AnyCommand = Command<OptionSpecs>;
