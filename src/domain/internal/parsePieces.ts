import * as z from 'zod';
import type { CohortIssue } from '../cohortIssue';
import type { IssuePath } from '../Issue';
import { cohortSchema } from '../cohortSchema';
import { menteeSchema, mentorSchema } from '../participant';
import { programmeSchema } from '../programme';
import { skillInputSchema } from '../skill';
import { fromZodIssues } from './fromZodIssues';
import type { Located, ParsedPieces } from './parsed';

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(cohortSchema.shape));

/**
 * Checks the shape of a cohort piece by piece (the programme, each catalogue entry, the managers,
 * each mentor and mentee), so that one broken record neither hides the issues of the others nor
 * stops the cross-reference checks on the valid ones.
 *
 * @internal
 */
export function parsePieces(input: unknown, issues: CohortIssue[]): ParsedPieces | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({
      code: 'invalid-type',
      message: `a cohort is a JSON object with "mentors" and "mentees", not ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
      path: [],
    });
    return undefined;
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.has(key))
      issues.push({ code: 'unknown-field', message: `unknown field ${JSON.stringify(key)}`, path: [key] });
  }
  const piece = <S extends z.ZodType>(
    schema: S,
    value: unknown,
    path: IssuePath,
  ): z.output<S> | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push(...fromZodIssues(result.error.issues, path));
    return undefined;
  };
  const list = <S extends z.ZodType>(
    schema: S,
    value: unknown,
    key: string,
    required: boolean,
  ): Located<z.output<S>>[] => {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      issues.push({
        code: 'invalid-type',
        message: `"${key}" must be an array${value === undefined ? ' (it is missing)' : ''}`,
        path: [key],
      });
      return [];
    }
    return value.flatMap((item, index) => {
      const parsed = piece(schema, item, [key, index]);
      return parsed === undefined ? [] : [{ value: parsed, path: [key, index] }];
    });
  };
  if (record.$schema !== undefined) piece(cohortSchema.shape.$schema, record.$schema, ['$schema']);
  const managers = piece(cohortSchema.shape.managers, record.managers, ['managers']);
  return {
    programme: piece(programmeSchema, record.programme ?? {}, ['programme']),
    catalog: list(skillInputSchema, record.catalog, 'catalog', false),
    managers: managers ?? new Map(),
    mentors: list(mentorSchema, record.mentors, 'mentors', true),
    mentees: list(menteeSchema, record.mentees, 'mentees', true),
    rawMentorIds: rawIds(record.mentors),
    rawMenteeIds: rawIds(record.mentees),
    rawCatalogIds: rawIds(record.catalog),
  };
}

function rawIds(list: unknown): ReadonlySet<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  for (const item of list) {
    if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string')
      ids.add(item.id.trim().normalize('NFC'));
  }
  return ids;
}
