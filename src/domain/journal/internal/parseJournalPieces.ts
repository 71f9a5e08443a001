import type * as z from 'zod';
import type { IssuePath } from '../../Issue';
import { fromZodIssues } from '../../internal/fromZodIssues';
import type { Located } from '../../internal/parsed';
import type { JournalIssue } from '../journalIssue';
import {
  type Assessment,
  type CheckIn,
  type Outcome,
  assessmentSchema,
  checkInSchema,
  journalSchema,
  outcomeSchema,
} from '../journalSchema';

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(journalSchema.shape));

/** What the shape check of a journal let through, record by record, with where each stood. @internal */
export interface JournalPieces {
  readonly checkIns: ReadonlyArray<Located<CheckIn>>;
  readonly assessments: ReadonlyArray<Located<Assessment>>;
  readonly outcomes: ReadonlyArray<Located<Outcome>>;
}

/**
 * Checks the shape of a journal record by record, so that one broken record neither hides the
 * issues of the others nor stops the reference checks on the valid ones.
 *
 * @internal
 */
export function parseJournalPieces(input: unknown, issues: JournalIssue[]): JournalPieces | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    issues.push({
      code: 'invalid-type',
      message: `a journal is a JSON object with "checkIns" and "assessments", not ${what}`,
      path: [],
    });
    return undefined;
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.has(key))
      issues.push({ code: 'unknown-field', message: `unknown field ${JSON.stringify(key)}`, path: [key] });
  }
  const schemaField = journalSchema.shape.$schema.safeParse(record.$schema);
  if (!schemaField.success) issues.push(...fromJournalIssues(schemaField.error.issues, ['$schema']));

  const list = <S extends z.ZodType>(schema: S, key: string): Located<z.output<S>>[] => {
    const value = record[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      issues.push({ code: 'invalid-type', message: `"${key}" must be an array`, path: [key] });
      return [];
    }
    return value.flatMap((item: unknown, index) => {
      const path: IssuePath = [key, index];
      const result = schema.safeParse(item);
      if (result.success) return [{ value: result.data as z.output<S>, path }];
      issues.push(...fromJournalIssues(result.error.issues, path));
      return [];
    });
  };
  return {
    checkIns: list(checkInSchema, 'checkIns'),
    assessments: list(assessmentSchema, 'assessments'),
    outcomes: list(outcomeSchema, 'outcomes'),
  };
}

/** zod's issues as journal issues: a date that is not a calendar day is `invalid-date`. */
function fromJournalIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: IssuePath): JournalIssue[] {
  return fromZodIssues(issues, prefix, (issue) =>
    issue.code === 'invalid_format' && issue.format === 'date' ? 'invalid-date' : undefined,
  );
}
