import { cohortJsonSchema, journalJsonSchema } from '../../domain/index';
import { defineCommand } from '../command';
import { formatJson } from '../output/formatJson';
import { outOption } from './internal/options';
import { writeResult } from './internal/writeResult';

/**
 * `schema`: prints the JSON Schema (draft 2020-12) of a cohort file — or, with `--journal`, of a
 * journal of check-ins and self-assessments — for editors and validators in other languages.
 *
 * @category CLI
 */
export const schema = defineCommand({
  name: 'schema',
  summary: 'Print the JSON Schema of a cohort file (or of a journal).',
  usage: 'schema [--journal] [--out FILE]',
  examples: [
    'reverse-mentoring schema --out cohort.schema.json',
    'reverse-mentoring schema --journal > journal.schema.json',
  ],
  options: {
    journal: {
      type: 'boolean',
      description: 'the schema of a journal (check-ins, self-assessments) instead of a cohort',
    },
    out: outOption,
  },
  positionals: [],
  run: async ({ values }, io) =>
    writeResult(io, formatJson(values.journal ? journalJsonSchema() : cohortJsonSchema()), values.out),
});
