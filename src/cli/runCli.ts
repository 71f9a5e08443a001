import type { AnyCommand } from './command';
import { EXIT, type ExitCode } from './exitCode';
import { closestName } from './internal/closestName';
import { HELP_WIDTH, commandHelp, programHelp } from './internal/helpText';
import { parseCommandLine } from './internal/parseCommandLine';
import { takeMaxInputSize } from './internal/takeMaxInputSize';
import type { CliIo } from './io/CliIo';
import { neutraliseControls } from './output/neutraliseControls';

/** What {@link runCli} needs besides the arguments and the I/O. @category CLI */
export interface CliSetup {
  /** The commands, in the order the help lists them. */
  readonly commands: ReadonlyArray<AnyCommand>;
  /** The package version, for `--version`. */
  readonly version: string;
}

/**
 * Runs the command line: dispatches to a command, answers `--help` and `--version`, turns a wrong
 * command line into a usage message with the help (exit 2), and any unexpected exception into a
 * one-line internal error (exit 70) — with the stack only when `REVERSE_MENTORING_DEBUG=1`.
 * The global option `--max-input-size SIZE` (any command, default 64 MiB) bounds every file read.
 *
 * @param argv - the arguments after the program name
 * @param io - the process's I/O (or a fake)
 * @param setup - the commands and the version
 * @returns the exit code
 * @example
 * const code = await runCli(['--version'], nodeIo(), { commands: COMMANDS, version: '0.1.0' }); // 0
 * @category CLI
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo, setup: CliSetup): Promise<ExitCode> {
  try {
    return await dispatch(argv, io, setup);
  } catch (error) {
    return internalError(error, io);
  }
}

async function dispatch(
  fullArgv: ReadonlyArray<string>,
  fullIo: CliIo,
  { commands, version }: CliSetup,
): Promise<ExitCode> {
  const global = takeMaxInputSize(fullArgv);
  if (global._tag === 'Left') {
    fullIo.stderr(neutraliseControls(`reverse-mentoring: ${global.left}\n`));
    return EXIT.usage;
  }
  const { argv, maxInputBytes } = global.right;
  const io: CliIo = maxInputBytes === undefined ? fullIo : { ...fullIo, maxInputBytes };
  const [first, ...rest] = argv;
  // The terminal's width when standard output is one, else 80 (a pipe, a file, a CI log).
  const width = io.columns ?? HELP_WIDTH;
  if (first === undefined) {
    io.stderr(programHelp(commands, width));
    return EXIT.usage;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = commands.find((c) => c.name === topic);
    if (topic !== undefined && command === undefined) return unknownCommand(topic, io, commands);
    io.stdout(command === undefined ? programHelp(commands, width) : commandHelp(command, width));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) return unknownCommand(first, io, commands);

  const line = parseCommandLine(command, rest);
  if (line._tag === 'Left') {
    io.stderr(
      neutraliseControls(`reverse-mentoring ${command.name}: ${line.left}\n\n${commandHelp(command, width)}`),
    );
    return EXIT.usage;
  }
  if (line.right.kind === 'help') {
    io.stdout(commandHelp(command, width));
    return EXIT.ok;
  }
  return command.run(line.right.args, io);
}

function unknownCommand(name: string, io: CliIo, commands: ReadonlyArray<AnyCommand>): ExitCode {
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
  const suggestion = closestName(
    name,
    commands.map((c) => c.name),
  );
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  io.stderr(
    neutraliseControls(
      `reverse-mentoring: ${what}${hint}\n\n${programHelp(commands, io.columns ?? HELP_WIDTH)}`,
    ),
  );
  return EXIT.usage;
}

function internalError(error: unknown, io: CliIo): ExitCode {
  const message = neutraliseControls(
    (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '',
  ).slice(0, 200);
  if (io.env.REVERSE_MENTORING_DEBUG === '1') {
    io.stderr(
      `reverse-mentoring: internal error: ${error instanceof Error ? (error.stack ?? message) : message}\n`,
    );
  } else {
    io.stderr(
      `reverse-mentoring: internal error: ${message} — this is a bug; run again with REVERSE_MENTORING_DEBUG=1 for details and report it\n`,
    );
  }
  return EXIT.internal;
}
