import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../cohort';
import { compareIds } from '../compareIds';
import { closestName } from '../closestName';
import type { Issues, IssuePath } from '../Issue';
import { fromZodIssues } from '../internal/fromZodIssues';
import type { Located } from '../internal/parsed';
import { readJournalArguments } from '../internal/readParseArguments';
import type { DecisionIssue } from './decisionIssue';
import type { Decisions } from './decisions';
import { type Decision, decisionSchema, decisionsSchema } from './decisionSchema';
import { checkDecisions } from './internal/checkDecisions';

const TOP_LEVEL_KEYS: ReadonlyArray<string> = Object.keys(decisionsSchema.shape);
const DECISION_KEYS: ReadonlyArray<string> = Object.keys(decisionSchema.shape);

/**
 * Turns untrusted input (a parsed JSON decisions file) into validated {@link Decisions} of a
 * cohort, or into the complete list of what is wrong with it: the shape of every decision (real
 * calendar dates, `by` one of `mentor`, `mentee`, `programme`, `decision` `accepted` or
 * `declined`, no unknown fields — a near miss of a known one is named), then every reference
 * (the mentor is a mentor of the cohort, the mentee a mentee), then every contradiction (one
 * decider accepting and declining a pair on one day). A decision copied twice is kept once. A
 * decision on a pair no matching proposed is legal: the programme may decide a pair itself.
 * Never throws.
 *
 * @param input - anything, typically `JSON.parse` of a decisions file
 * @param cohort - the validated cohort the decisions belong to
 * @returns `Right(decisions)` sorted by mentee, mentor, date and decider, or `Left` with every issue
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const decisions = orThrow(parseDecisions({ decisions: [
 *   { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', by: 'mentee', decision: 'accepted', date: '2027-01-04' },
 * ] }, cohort));
 * decisions.decisions.length; // 1
 * @category Domain
 */
export function parseDecisions(input: unknown, cohort: Cohort): Either<Issues<DecisionIssue>, Decisions> {
  const args = readJournalArguments(input, cohort);
  if (args._tag === 'Left') return args;
  const issues: DecisionIssue[] = [];
  const located = shapeOf(args.right, issues);
  const kept = located === undefined ? [] : checkDecisions(located, cohort, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  return right({ decisions: kept.sort(byDecision) });
}

function shapeOf(input: unknown, issues: DecisionIssue[]): Array<Located<Decision>> | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    issues.push({
      code: 'invalid-type',
      message: `a decisions file is a JSON object with "decisions", not ${what}`,
      path: [],
    });
    return undefined;
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record))
    if (!TOP_LEVEL_KEYS.includes(key)) issues.push(unknownField(key, TOP_LEVEL_KEYS, [key]));
  const schemaField = decisionsSchema.shape.$schema.safeParse(record.$schema);
  if (!schemaField.success) issues.push(...fromDecisionIssues(schemaField.error.issues, ['$schema']));
  const list = record.decisions;
  if (!Array.isArray(list)) {
    issues.push({
      code: 'invalid-type',
      message:
        list === undefined ? 'a decisions file needs a "decisions" list' : '"decisions" must be an array',
      path: ['decisions'],
    });
    return undefined;
  }
  return list.flatMap((item: unknown, index) => {
    const path: IssuePath = ['decisions', index];
    const result = decisionSchema.safeParse(item);
    if (result.success) return [{ value: result.data, path }];
    for (const issue of fromDecisionIssues(result.error.issues, path)) {
      const key = issue.path[path.length];
      issues.push(
        issue.code === 'unknown-field' && typeof key === 'string'
          ? unknownField(key, DECISION_KEYS, issue.path)
          : issue,
      );
    }
    return [];
  });
}

function unknownField(key: string, known: ReadonlyArray<string>, path: IssuePath): DecisionIssue {
  const closest = closestName(key, known);
  const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
  return { code: 'unknown-field', message: `unknown field ${JSON.stringify(key)}${hint}`, path };
}

/** zod's issues as decision issues: a date that is not a calendar day is `invalid-date`. */
function fromDecisionIssues(issues: Parameters<typeof fromZodIssues>[0], prefix: IssuePath): DecisionIssue[] {
  return fromZodIssues(issues, prefix, (issue) =>
    issue.code === 'invalid_format' && issue.format === 'date' ? 'invalid-date' : undefined,
  );
}

function byDecision(a: Decision, b: Decision): number {
  return (
    compareIds(a.menteeId, b.menteeId) ||
    compareIds(a.mentorId, b.mentorId) ||
    compareIds(a.date, b.date) ||
    compareIds(a.by, b.by) ||
    compareIds(a.decision, b.decision) ||
    compareIds(a.reason ?? '', b.reason ?? '')
  );
}
