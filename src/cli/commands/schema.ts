import { cohortJsonSchema } from '../../domain/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { formatJson } from '../output/formatJson';
import { printIssues } from '../output/printIssues';
import { writeOutput } from '../output/writeOutput';
import { outOption } from './internal/options';

/**
 * `schema`: prints the JSON Schema (draft 2020-12) of a cohort file, for editors and validators in
 * other languages.
 *
 * @category CLI
 */
export const schema = defineCommand({
  name: 'schema',
  summary: 'Print the JSON Schema of a cohort file.',
  usage: 'schema [--out FILE]',
  examples: ['reverse-mentoring schema --out cohort.schema.json'],
  options: { out: outOption },
  positionals: [],
  run: async ({ values }, io) => {
    const problem = await writeOutput(io, formatJson(cohortJsonSchema()), values.out);
    if (problem === undefined) return EXIT.ok;
    printIssues(io, [problem]);
    return EXIT.invalidInput;
  },
});
