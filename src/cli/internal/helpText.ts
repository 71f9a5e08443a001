import type { AnyCommand } from '../command';

const PROGRAM = 'reverse-mentoring';

/**
 * The help of one command: usage, summary, arguments, options (with their choices and defaults)
 * and examples.
 *
 * @param command - the command
 * @returns the help text, ending in a newline
 * @internal
 */
export function commandHelp(command: AnyCommand): string {
  const rows: Array<readonly [string, string]> = [];
  for (const p of command.positionals) rows.push([`<${p.name}>`, p.description]);
  for (const [name, spec] of Object.entries(command.options)) {
    const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
    if (spec.type === 'boolean') {
      rows.push([`${short}--${name}`, spec.description]);
      continue;
    }
    // A list's choices go in its description: `a,b,…` of six strategies would not fit the column.
    const placeholder =
      (spec.list === true ? undefined : spec.choices?.join('|')) ?? spec.valueName ?? 'VALUE';
    const fallback =
      spec.default !== undefined
        ? ` (default: ${spec.default})`
        : spec.required === true
          ? ' (required)'
          : '';
    rows.push([`${short}--${name} ${placeholder}`, `${spec.description}${fallback}`]);
  }
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = [
    `Usage: ${PROGRAM} ${command.usage}`,
    '',
    command.summary,
    '',
    'Arguments and options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    ...command.examples.map((e) => `  ${e}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The help of the program: what it is, its commands with their summaries, the global options and
 * the exit codes.
 *
 * @param commands - the commands of the CLI
 * @returns the help text, ending in a newline
 * @internal
 */
export function programHelp(commands: ReadonlyArray<AnyCommand>): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    '',
    'Reverse mentoring as data: validate a cohort (JSON or CSV), pair mentors and mentees, explain the pairs.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  -h, --help     show this help (or a command's: reverse-mentoring <command> --help)",
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 done, 1 invalid input, 2 wrong command line, 70 internal error.',
    `Example: ${PROGRAM} validate cohort.json`,
  ];
  return `${lines.join('\n')}\n`;
}
