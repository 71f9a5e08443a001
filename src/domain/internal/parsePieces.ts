import type * as z from 'zod';
import { closestName } from '../closestName';
import type { CohortIssue } from '../cohortIssue';
import type { IssuePath } from '../Issue';
import { cohortSchema } from '../cohortSchema';
import { menteeSchema, mentorSchema } from '../participant';
import { programmeSchema } from '../programme';
import { skillInputSchema } from '../skill';
import { withoutBlanks, withoutTopMarkers } from './normaliseInput';
import type { Located, ParsedPieces } from './parsed';
import { type ShapeContext, parseShape } from './parseShape';

const TOP_LEVEL_KEYS: ReadonlyArray<string> = Object.keys(cohortSchema.shape);

/** How {@link parsePieces} reads a cohort. @internal */
export interface PiecesOptions {
  readonly strict: boolean;
  /** Manager ids that mean "no manager" (`NO_MGR`); only when not strict. */
  readonly noManager: ReadonlyArray<string>;
}

/**
 * Checks the shape of a cohort piece by piece (the programme, each catalogue entry, the managers,
 * each mentor and mentee), so that one broken record neither hides the issues of the others nor
 * stops the cross-reference checks — on the valid pieces, and on what is valid of a broken one.
 * Unless strict, blank values (`null`, `""`) are absent, a manager id that is a marker or the
 * person's own id means "no manager", and unknown fields are warnings (a typo of a known field is
 * an error).
 *
 * @internal
 */
export function parsePieces(
  input: unknown,
  options: PiecesOptions,
  issues: CohortIssue[],
  warnings: CohortIssue[],
): ParsedPieces | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({
      code: 'invalid-type',
      message: `a cohort is a JSON object with "mentors" and "mentees", not ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
      path: [],
    });
    return undefined;
  }
  const record = options.strict
    ? (input as Readonly<Record<string, unknown>>)
    : withoutTopMarkers(withoutBlanks(input) as Readonly<Record<string, unknown>>, options.noManager);
  for (const key of Object.keys(record)) {
    if (TOP_LEVEL_KEYS.includes(key)) continue;
    const suggestion = options.strict ? undefined : closestName(key, TOP_LEVEL_KEYS);
    if (options.strict || suggestion !== undefined)
      issues.push({
        code: 'unknown-field',
        message: `unknown field ${JSON.stringify(key)}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
        path: [key],
      });
    else
      warnings.push({
        code: 'unknown-field',
        message: `unknown field ${JSON.stringify(key)} is left out`,
        path: [key],
      });
  }
  const context: ShapeContext<'invalid-availability'> = {
    strict: options.strict,
    issues,
    warnings,
    // An availability window's own check names its issue: `invalid-availability`.
    special: (issue) =>
      issue.code === 'custom' && issue.params?.code === 'invalid-availability'
        ? 'invalid-availability'
        : undefined,
  };
  const list = <S extends z.ZodType>(
    schema: S,
    key: string,
    required: boolean,
    fill: Readonly<Record<string, unknown>>,
  ): Located<z.output<S>>[] => {
    const value = record[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      issues.push({
        code: 'invalid-type',
        message: `"${key}" must be an array${value === undefined ? ' (it is missing)' : ''}`,
        path: [key],
      });
      return [];
    }
    return value.flatMap((item: unknown, index) => {
      const path: IssuePath = [key, index];
      const { partial } = parseShape(schema, item, path, context, fill);
      return partial === undefined ? [] : [{ value: partial, path }];
    });
  };
  if (record.$schema !== undefined)
    parseShape(cohortSchema.shape.$schema, record.$schema, ['$schema'], context);
  const managers = parseShape(cohortSchema.shape.managers, record.managers, ['managers'], context);
  return {
    programme: parseShape(programmeSchema, record.programme ?? {}, ['programme'], context, {}).partial,
    catalog: list(skillInputSchema, 'catalog', false, { area: 'unknown' }),
    managers: managers.partial ?? new Map(),
    mentors: list(mentorSchema, 'mentors', true, { grade: 0 }),
    mentees: list(menteeSchema, 'mentees', true, { grade: 0 }),
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
