import { SAMPLES, SAMPLE_JOURNALS } from '../../samples/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import type { InputIssue } from '../io/InputIssue';
import { CSV_COLUMNS, OPTIONAL_EXTRA_CSV_COLUMNS } from '../io/csvColumns';
import { writeCohortCsv } from '../io/writeCohortCsv';
import { formatJson } from '../output/formatJson';
import { printIssues } from '../output/printIssues';
import { writeOutput } from '../output/writeOutput';

/**
 * `init <dir>`: a folder to start from — the bank sample as a cohort JSON (`cohort.json`), as a
 * participants CSV with its programme file (`people.csv`, `programme.json`), its journal
 * (`journal.json`), and an empty participants template (`template.csv`, the header row) — so
 * that every command of the README runs on real files. It never overwrites: when any of the files
 * exists, it writes none and says which (exit 1).
 *
 * @category CLI
 */
export const init = defineCommand({
  name: 'init',
  summary: 'Write a sample cohort, programme, journal and an empty template to a folder to start from.',
  usage: 'init <dir>',
  examples: ['reverse-mentoring init my-programme'],
  options: {},
  positionals: [{ name: 'dir', required: true, description: 'the folder (created when missing)' }],
  run: async ({ positionals }, io) => {
    const dir = (positionals[0] ?? '.').replace(/[/\\]+$/, '') || '.';
    const { mentors: _mentors, mentees: _mentees, ...programme } = SAMPLES.bank;
    const files: ReadonlyArray<readonly [string, string]> = [
      ['cohort.json', formatJson(SAMPLES.bank)],
      ['people.csv', writeCohortCsv(SAMPLES.bank)],
      ['programme.json', formatJson(programme)],
      ['journal.json', formatJson(SAMPLE_JOURNALS.bank)],
      ['template.csv', `${CSV_COLUMNS.filter((c) => !OPTIONAL_EXTRA_CSV_COLUMNS.includes(c)).join(',')}\n`],
    ];
    const paths = files.map(([name, text]) => [`${dir}/${name}`, text] as const);
    const existing: InputIssue[] = [];
    for (const [path] of paths) {
      const read = await io.readFile(path);
      if (read._tag === 'Right' || read.left.kind !== 'not-found')
        existing.push({
          code: 'file-unwritable',
          message: 'exists already: init never overwrites a file (nothing was written)',
          where: path,
        });
    }
    if (existing.length > 0) {
      printIssues(io, existing);
      return EXIT.invalidInput;
    }
    const made = io.makeDirectory === undefined ? undefined : await io.makeDirectory(dir);
    if (made !== undefined && made._tag === 'Left') {
      printIssues(io, [
        { code: 'file-unwritable', message: `cannot create the folder: ${made.left.detail}`, where: dir },
      ]);
      return EXIT.invalidInput;
    }
    for (const [path, text] of paths) {
      const problem = await writeOutput(io, text, path);
      if (problem !== undefined) {
        printIssues(io, [problem]);
        return EXIT.invalidInput;
      }
    }
    io.stderr(
      `Wrote ${paths.map(([p]) => p).join(', ')}\nNext: reverse-mentoring match ${dir}/cohort.json, or reverse-mentoring match ${dir}/people.csv --programme ${dir}/programme.json\n`,
    );
    return EXIT.ok;
  },
});
