import type * as z from 'zod';
import { closestName } from '../closestName';
import type { Issue, IssuePath } from '../Issue';
import { type ShapeIssueCode, fromZodIssues } from './fromZodIssues';
import { knownKeysAt } from './knownKeysAt';

/** Where {@link parseShape} puts what it finds, and how strict it is. @internal */
export interface ShapeContext<C extends string> {
  /** Unknown fields are errors (the format exactly), not warnings. */
  readonly strict: boolean;
  readonly issues: { push(...issues: Array<Issue<ShapeIssueCode | C>>): number };
  readonly warnings: { push(...issues: Array<Issue<'unknown-field'>>): number };
  /** A format's own code for a zod issue (the journal's `invalid-date`). */
  readonly special?: (issue: z.core.$ZodIssue) => C | undefined;
}

/** What one piece of input became: valid, or at least good enough for the cross-reference checks. @internal */
export interface ShapeResult<T> {
  /** The piece, when it has no issue. */
  readonly value: T | undefined;
  /**
   * The piece with its broken fields left out (and `fill` for required ones), so that the checks
   * across pieces still see its other fields: one broken cell must not hide the rest of a row.
   */
  readonly partial: T | undefined;
}

type Strip = readonly [IssuePath, string];

/**
 * Checks one piece of input against its schema. Unknown fields (an HR export's `email`) are left
 * out with a warning unless `strict`; one that is a typo of a known field (`capactiy`) is an error
 * with "did you mean". The zod issues become the library's, put under `path`.
 *
 * @internal
 */
export function parseShape<S extends z.ZodType, C extends string>(
  schema: S,
  input: unknown,
  path: IssuePath,
  context: ShapeContext<C>,
  fill?: Readonly<Record<string, unknown>>,
): ShapeResult<z.output<S>> {
  const first = schema.safeParse(input);
  if (first.success) return { value: first.data, partial: first.data };

  let cleaned = input;
  let nearMisses = 0;
  if (!context.strict) {
    const strips: Strip[] = [];
    for (const issue of first.error.issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      const at = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
      const known = knownKeysAt(schema, at);
      for (const key of issue.keys) {
        strips.push([at, key]);
        const suggestion = closestName(key, known);
        if (suggestion === undefined) {
          context.warnings.push({
            code: 'unknown-field',
            message: `unknown field ${JSON.stringify(key)} is left out`,
            path: [...path, ...at, key],
          });
        } else {
          nearMisses++;
          context.issues.push({
            code: 'unknown-field',
            message: `unknown field ${JSON.stringify(key)} (did you mean "${suggestion}"?)`,
            path: [...path, ...at, key],
          });
        }
      }
    }
    cleaned = strips.reduce<unknown>((value, [at, key]) => withoutAt(value, [...at, key]), input);
  }
  const second = cleaned === input ? first : schema.safeParse(cleaned);
  if (second.success) return { value: nearMisses > 0 ? undefined : second.data, partial: second.data };
  context.issues.push(...fromZodIssues(second.error.issues, path, context.special));

  // What is left when every field with an issue is taken out: a level in a skills map takes out
  // that skill only, anything else the whole field.
  let partial = cleaned;
  for (const issue of second.error.issues) {
    const [field, key] = issue.path;
    if (typeof field !== 'string') continue;
    const inner = isRecord(partial) ? partial[field] : undefined;
    partial =
      typeof key === 'string' && isRecord(inner) && issue.path.length === 2
        ? withoutAt(partial, [field, key])
        : withoutAt(partial, [field]);
  }
  if (isRecord(partial) && fill !== undefined) {
    const filled: Record<string, unknown> = { ...partial };
    for (const [key, value] of Object.entries(fill)) if (filled[key] === undefined) filled[key] = value;
    partial = filled;
  }
  const third = schema.safeParse(partial);
  return { value: undefined, partial: third.success ? third.data : undefined };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` without the key at the end of `path` (objects and arrays along it copied). */
function withoutAt(value: unknown, path: IssuePath): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(value) && typeof head === 'number') {
    if (rest.length === 0) return value;
    return value.map((item: unknown, index) => (index === head ? withoutAt(item, rest) : item));
  }
  if (!isRecord(value) || typeof head !== 'string' || !Object.hasOwn(value, head)) return value;
  // Entries, not a spread: a key such as `__proto__` stays an own key of the copy.
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]): Array<[string, unknown]> =>
      k !== head ? [[k, v]] : rest.length === 0 ? [] : [[k, withoutAt(v, rest)]],
    ),
  );
}
