import { cohortJsonSchema, decisionsJsonSchema, journalJsonSchema } from '../../domain/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { formatJson } from '../output/formatJson';
import { outOption } from './internal/options';
import { writeResult } from './internal/writeResult';

/**
 * `schema`: prints the JSON Schema (draft 2020-12) of a cohort file — or, with `--journal`, of a
 * journal of check-ins and self-assessments, with `--decisions`, of a decisions file — for editors and validators in other languages.
 *
 * @category CLI
 */
export const schema = defineCommand({
  name: 'schema',
  summary: 'Print the JSON Schema of a cohort file (or of a journal, or of a decisions file).',
  usage: 'schema [--journal | --decisions] [--out FILE]',
  examples: [
    'reverse-mentoring schema --out cohort.schema.json',
    'reverse-mentoring schema --journal > journal.schema.json',
    'reverse-mentoring schema --decisions > decisions.schema.json',
  ],
  options: {
    journal: {
      type: 'boolean',
      description: 'the schema of a journal (check-ins, self-assessments) instead of a cohort',
    },
    decisions: {
      type: 'boolean',
      description: 'the schema of a decisions file (accepted and declined pairs) instead of a cohort',
    },
    out: outOption,
  },
  positionals: [],
  run: async ({ values }, io) => {
    if (values.journal && values.decisions) {
      io.stderr('reverse-mentoring schema: give --journal or --decisions, not both\n');
      return EXIT.usage;
    }
    const schema = values.journal
      ? journalJsonSchema()
      : values.decisions
        ? decisionsJsonSchema()
        : cohortJsonSchema();
    return writeResult(io, formatJson(schema), values.out);
  },
});
