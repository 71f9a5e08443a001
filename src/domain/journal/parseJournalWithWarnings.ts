import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../cohort';
import { closestName } from '../closestName';
import type { Issues, IssuePath } from '../Issue';
import { readUntrusted } from '../readUntrusted';
import type { Journal } from './journal';
import type { JournalIssue } from './journalIssue';
import { assessmentSchema, checkInSchema, journalSchema, outcomeSchema } from './journalSchema';
import { parseJournal } from './parseJournal';

const FIELDS: Readonly<Record<string, ReadonlyArray<string>>> = {
  checkIns: Object.keys(checkInSchema.shape),
  assessments: Object.keys(assessmentSchema.shape),
  outcomes: Object.keys(outcomeSchema.shape),
};
const TOP_LEVEL = Object.keys(journalSchema.shape);
const RATINGS = ['mentor', 'mentee'];

/** A validated journal and what was left out of its input: fields the journal does not know. @category Domain */
export interface ParsedJournal {
  readonly journal: Journal;
  readonly warnings: ReadonlyArray<JournalIssue>;
}

/**
 * {@link parseJournal}, forgiving about the shape of an export: a field a journal does not know
 * (`location` on every check-in of a tool's export) is left out with a warning at its path, not
 * refused; a near miss of a known field (`menteId`, `ratigns`) stays an error, with the field
 * meant. Everything else is as strict as `parseJournal`.
 *
 * @param input - anything, typically `JSON.parse` of a journal file
 * @param cohort - the validated cohort the journal belongs to
 * @returns `Right({ journal, warnings })`, or `Left` with every issue
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const parsed = orThrow(parseJournalWithWarnings({ checkIns: [
 *   { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-01-11', room: 'B2' },
 * ] }, cohort));
 * parsed.warnings.map((w) => w.path); // [['checkIns', 0, 'room']]
 * @category Domain
 */
export function parseJournalWithWarnings(
  input: unknown,
  cohort: Cohort,
): Either<Issues<JournalIssue>, ParsedJournal> {
  const read = readUntrusted(input, []);
  if (read._tag === 'Left') return parseJournal(input, cohort) as Either<Issues<JournalIssue>, never>;
  const warnings: JournalIssue[] = [];
  const misses: JournalIssue[] = [];
  const prune = (value: unknown, known: ReadonlyArray<string>, path: IssuePath): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (known.includes(key)) {
        out[key] = key === 'ratings' ? prune(item, RATINGS, [...path, key]) : item;
        continue;
      }
      const near = closestName(key, known);
      if (near !== undefined)
        misses.push({
          code: 'unknown-field',
          message: `unknown field ${JSON.stringify(key)} (did you mean "${near}"?)`,
          path: [...path, key],
        });
      else
        warnings.push({
          code: 'unknown-field',
          message: `unknown field ${JSON.stringify(key)}: left out`,
          path: [...path, key],
        });
    }
    return out;
  };
  const top = prune(read.right, TOP_LEVEL, []);
  if (typeof top === 'object' && top !== null)
    for (const [list, fields] of Object.entries(FIELDS)) {
      const items = (top as Record<string, unknown>)[list];
      if (Array.isArray(items))
        (top as Record<string, unknown>)[list] = items.map((item: unknown, i) =>
          prune(item, fields, [list, i]),
        );
    }
  const journal = parseJournal(top, cohort);
  const issues = [...misses, ...(journal._tag === 'Left' ? journal.left : [])];
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  if (journal._tag === 'Left') return journal;
  return right({ journal: journal.right, warnings });
}
