import type { AnyCommand } from '../command';
import { displayWidth } from '../output/displayWidth';
import { wrapText } from '../output/wrapText';

const PROGRAM = 'reverse-mentoring';

/** The width of the help when it goes anywhere but a terminal (a pipe, a file, a CI log). @internal */
export const HELP_WIDTH = 80;

/** Below this many columns for a description, it goes on a line of its own under its option. */
const MIN_DESCRIPTION = 28;

/**
 * The help of one command: usage, summary, arguments, options (with their choices and defaults)
 * and examples, wrapped to `width` columns: each description in its column with a hanging
 * indent (under its option when the column would be too narrow), the usage line and the
 * examples continued on indented lines.
 *
 * @param command - the command
 * @param width - the terminal's width (default {@link HELP_WIDTH})
 * @returns the help text, ending in a newline
 * @internal
 */
export function commandHelp(command: AnyCommand, width: number = HELP_WIDTH): string {
  const rows: Array<readonly [string, string]> = [];
  for (const p of command.positionals) rows.push([`<${p.name}>`, p.description]);
  for (const [name, spec] of Object.entries(command.options)) {
    const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
    if (spec.type === 'boolean') {
      rows.push([`${short}--${name}`, spec.description]);
      continue;
    }
    // A list's choices go in its description: `a,b,…` of six strategies would not fit the column.
    // So do choices too many for the column (ten suite names): they wrap in the description.
    const inline = spec.list === true ? undefined : spec.choices?.join('|');
    const tooWide = inline !== undefined && inline.length > 32;
    const placeholder = (tooWide ? undefined : inline) ?? spec.valueName ?? 'VALUE';
    const choices = tooWide ? ` (one of ${spec.choices?.join(', ') ?? ''})` : '';
    const fallback =
      spec.default !== undefined
        ? ` (default: ${spec.default})`
        : spec.required === true
          ? ' (required)'
          : '';
    rows.push([`${short}--${name} ${placeholder}`, `${spec.description}${choices}${fallback}`]);
  }
  rows.push(['-h, --help', 'show this help']);
  const lines = [
    ...wrapText(`Usage: ${PROGRAM} ${command.usage}`, width, '    ', ''),
    '',
    ...wrapText(command.summary, width),
    '',
    'Arguments and options:',
    ...twoColumns(rows, width),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    ...command.examples.flatMap((e) => wrapText(e, width, '      ', '  ')),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The help of the program: what it is, its commands with their summaries, the global options and
 * the exit codes, wrapped to `width` columns.
 *
 * @param commands - the commands of the CLI
 * @param width - the terminal's width (default {@link HELP_WIDTH})
 * @returns the help text, ending in a newline
 * @internal
 */
export function programHelp(commands: ReadonlyArray<AnyCommand>, width: number = HELP_WIDTH): string {
  const lines = [
    ...wrapText(`Usage: ${PROGRAM} <command> [arguments] [options]`, width, '    ', ''),
    '',
    ...wrapText(
      'Reverse mentoring as data: validate a cohort (JSON or CSV), pair mentors and mentees, explain the pairs.',
      width,
    ),
    '',
    'Commands:',
    ...twoColumns(
      commands.map((c) => [c.name, c.summary] as const),
      width,
    ),
    '',
    'Options:',
    ...twoColumns(
      [
        ['-h, --help', "show this help (or a command's: reverse-mentoring <command> --help)"],
        ['-v, --version', 'print the version'],
      ],
      width,
    ),
    '',
    ...wrapText('Exit codes: 0 done, 1 invalid input, 2 wrong command line, 70 internal error.', width),
    ...wrapText(`Example: ${PROGRAM} validate cohort.json`, width, '    ', ''),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Rows of a name and its description, set in by two spaces: the descriptions in a column after
 * the widest name, wrapped with a hanging indent — or, when that column would be narrower than
 * {@link MIN_DESCRIPTION}, each under its name, set in further.
 */
function twoColumns(rows: ReadonlyArray<readonly [string, string]>, width: number): ReadonlyArray<string> {
  const left = Math.max(...rows.map(([name]) => displayWidth(name)));
  const column = 2 + left + 2;
  if (width - column < MIN_DESCRIPTION) {
    return rows.flatMap(([name, description]) => [`  ${name}`, ...wrapText(description, width, '        ')]);
  }
  const pad = ' '.repeat(column);
  return rows.flatMap(([name, description]) => {
    const first = `  ${name}${' '.repeat(left - displayWidth(name))}  `;
    return wrapText(description, width, pad, first);
  });
}
