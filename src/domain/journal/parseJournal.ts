import { readJournalArguments } from '../internal/readParseArguments';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../cohort';
import type { Issues } from '../Issue';
import { compareIds } from '../compareIds';
import { checkJournalReferences } from './internal/checkJournalReferences';
import { parseJournalPieces } from './internal/parseJournalPieces';
import type { Journal } from './journal';
import type { JournalIssue } from './journalIssue';
import type { Assessment, CheckIn, Outcome } from './journalSchema';

/**
 * Turns untrusted input (a parsed JSON journal) into a validated {@link Journal} of a cohort, or
 * into the complete list of what is wrong with it: the shape of every record (real calendar
 * dates, ratings 1–5, no unknown fields), then every reference into the cohort (mentors, mentees,
 * participants, skills of the catalogue), `cancelledBy` only on cancelled check-ins, one
 * self-assessment per person and date. A check-in of a pair that no matching made is legal: the
 * journal records what happened. Never throws.
 *
 * @param input - anything, typically `JSON.parse` of a journal file
 * @param cohort - the validated cohort the journal belongs to
 * @returns `Right(journal)` with its lists in canonical order, or `Left` with every issue
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const journal = orThrow(parseJournal({
 *   checkIns: [{ mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-01-11', minutes: 45, ratings: { mentee: 5 } }],
 *   assessments: [{ participantId: 'e-kowalczyk', date: '2027-01-11', skills: { instagram: 1 } }],
 * }, cohort));
 * journal.checkIns[0]?.cancelled; // false
 * const wrong = parseJournal({ checkIns: [{ mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-02-30' }] }, cohort);
 * isLeft(wrong) ? wrong.left.map((issue) => issue.code) : []; // ['invalid-date']
 * @category Domain
 */
export function parseJournal(input: unknown, cohort: Cohort): Either<Issues<JournalIssue>, Journal> {
  const args = readJournalArguments(input, cohort);
  if (args._tag === 'Left') return args;
  const issues: JournalIssue[] = [];
  const pieces = parseJournalPieces(args.right, issues);
  if (pieces !== undefined) checkJournalReferences(pieces, cohort, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  if (pieces === undefined) throw new Error('unreachable: a journal that could not be read has an issue');
  return right({
    checkIns: pieces.checkIns.map(({ value }) => value).sort(byCheckIn),
    assessments: pieces.assessments.map(({ value }) => value).sort(byAssessment),
    outcomes: pieces.outcomes.map(({ value }) => value).sort(byOutcome),
  });
}

function byCheckIn(a: CheckIn, b: CheckIn): number {
  return (
    compareIds(a.date, b.date) ||
    compareIds(a.mentorId, b.mentorId) ||
    compareIds(a.menteeId, b.menteeId) ||
    // Two check-ins of a pair on one day (one cancelled, one held): the whole record decides, so
    // the order is total; zod writes the fields in the schema's order, so the text is canonical.
    compareIds(JSON.stringify(a), JSON.stringify(b))
  );
}

function byAssessment(a: Assessment, b: Assessment): number {
  // One assessment per person and date (parseJournal checks it), so this order is total.
  return compareIds(a.participantId, b.participantId) || compareIds(a.date, b.date);
}

function byOutcome(a: Outcome, b: Outcome): number {
  return (
    compareIds(a.participantId, b.participantId) ||
    compareIds(a.date, b.date) ||
    compareIds(a.kind, b.kind) ||
    compareIds(a.note ?? '', b.note ?? '')
  );
}
