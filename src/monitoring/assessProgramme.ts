import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Assessment, CheckIn, Cohort, IsoDate, Issues, Journal } from '../domain/index';
import { compareIds } from '../domain/index';
import type { Matching } from '../matching/index';
import type { AssessProgrammeOptions } from './AssessProgrammeOptions';
import { areaReports } from './internal/areaReports';
import type { Assessed } from './internal/Assessed';
import { checkMatching, checkOptions } from './internal/checkInputs';
import { checkAssessProgrammeArguments } from './internal/checkMonitoringArguments';
import { criteriaCorrelations } from './internal/criteriaCorrelations';
import { goalProgress } from './internal/goalProgress';
import { pairHealth } from './internal/pairHealth';
import { programmeOutcomes } from './internal/programmeOutcomes';
import { pairKey } from './internal/stats';
import type { MonitoringIssue } from './MonitoringIssue';
import type { ProgrammeReport } from './ProgrammeReport';

/**
 * Follows a programme as of a date: for every pair of the matching, its sessions, its status
 * with the reasons, and its progress on both sides' goals; the programme by skill area; its
 * outcomes with Kirkpatrick's levels; and how well each criterion of the matching score
 * predicted progress and ratings.
 *
 * Only what the journal dates up to `asOf` counts. The programme starts on `startDate`, else on
 * the first check-in. A pair's status (see {@link PairStatus}, {@link StatusReason}), with
 * cadence c:
 *
 * - `ended` when the mentor or the mentee left (an outcome `left`) or `endedPairs` lists it;
 * - else `at-risk` when no session was held for ≥ 2c days (counted from the last held session,
 *   or from the start when none was held since), when the last two held sessions were each
 *   rated ≤ 2 by at least one side, or when one side cancelled ≥ 2 of the last 3 scheduled;
 * - else `needs-check-in` when no session was held for ≥ c days;
 * - else `on-track`.
 *
 * Adding a held check-in with no rating ≤ 2 never makes a pair's status worse (for a given
 * `startDate`). Pure: no clock (the caller gives `asOf`), no I/O; never throws.
 *
 * @param cohort - a validated cohort
 * @param matching - the pairs to follow: a {@link Matching} (also one read back from JSON)
 * @param journal - the cohort's journal, validated by `parseJournal`
 * @param options - {@link AssessProgrammeOptions}: `asOf` (required), `cadenceDays` (14), …
 * @returns `Right(report)`, plain JSON data with the pairs sorted by (menteeId, mentorId), or
 *   `Left` with every {@link MonitoringIssue} of the matching and the options
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort));
 * const report = orThrow(assessProgramme(cohort, orThrow(match(cohort)), journal, { asOf: '2027-04-12' }));
 * report.outcomes.statuses; // { 'on-track': 9, 'needs-check-in': 0, 'at-risk': 3, ended: 0 }
 * report.pairs.find((p) => p.menteeId === 'e-hughes')?.reasons[0]?.kind; // 'no-session'
 * @category Monitoring
 */
export function assessProgramme(
  cohort: Cohort,
  matching: Matching,
  journal: Journal,
  options: AssessProgrammeOptions,
): Either<Issues<MonitoringIssue>, ProgrammeReport> {
  const [wrong, ...more] = checkAssessProgrammeArguments(cohort, matching, journal, options);
  if (wrong !== undefined) return left([wrong, ...more]);
  const issues: MonitoringIssue[] = [];
  checkMatching(cohort, matching, issues);
  const settings = checkOptions(matching, options, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  const { asOf, cadenceDays, endedPairs } = settings;

  // The journal's lists are sorted by date (parseJournal), so filtering keeps that order.
  const checkIns = journal.checkIns.filter((c) => c.date <= asOf);
  const outcomes = journal.outcomes.filter((o) => o.date <= asOf);
  const start: IsoDate =
    settings.startDate ?? checkIns.reduce<IsoDate | undefined>(earliest, undefined) ?? asOf;
  const byPair = groupBy(checkIns, (c) => pairKey(c.mentorId, c.menteeId));
  // Assessments are sorted by person, then date: each person's group is oldest first.
  const assessmentsOf = groupBy(
    journal.assessments.filter((a) => a.date <= asOf),
    (a: Assessment) => a.participantId,
  );
  const leftOn = new Map<string, IsoDate>();
  for (const o of outcomes) {
    const known = leftOn.get(o.participantId);
    if (o.kind === 'left' && (known === undefined || o.date < known)) leftOn.set(o.participantId, o.date);
  }

  const pairs = [...matching.pairs]
    .sort((a, b) => compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId))
    .flatMap((pair): Assessed[] => {
      const mentor = cohort.mentorById.get(pair.mentorId);
      const mentee = cohort.menteeById.get(pair.menteeId);
      if (mentor === undefined || mentee === undefined) return []; // checkMatching reported it
      const key = pairKey(pair.mentorId, pair.menteeId);
      const own = byPair.get(key) ?? [];
      const health = pairHealth({
        mentorId: mentor.id,
        menteeId: mentee.id,
        checkIns: own,
        leftOn,
        endedByProgramme: endedPairs.has(key),
        start,
        asOf,
        cadenceDays,
      });
      const held = own.filter((c) => !c.cancelled);
      return [
        {
          report: {
            mentorId: mentor.id,
            menteeId: mentee.id,
            status: health.status,
            reasons: health.reasons,
            sessions: health.sessions,
            progress: {
              mentee: goalProgress(cohort, mentee.goals, mentee.skills, assessmentsOf.get(mentee.id) ?? []),
              mentor: goalProgress(cohort, mentor.goals, mentor.skills, assessmentsOf.get(mentor.id) ?? []),
            },
            score: typeof pair.score === 'number' ? pair.score : 0,
            criteria: { ...(pair.criteria ?? {}) },
          },
          ratings: {
            mentor: held.flatMap((c) => (c.ratings?.mentor === undefined ? [] : [c.ratings.mentor])),
            mentee: held.flatMap((c) => (c.ratings?.mentee === undefined ? [] : [c.ratings.mentee])),
          },
        },
      ];
    });

  return right({
    asOf,
    startDate: start,
    cadenceDays,
    pairs: pairs.map((p) => p.report),
    areas: areaReports(cohort, pairs),
    outcomes: programmeOutcomes(pairs, outcomes),
    criteriaCorrelations: criteriaCorrelations(pairs),
  });
}

function earliest(found: IsoDate | undefined, checkIn: CheckIn): IsoDate {
  return found === undefined || checkIn.date < found ? checkIn.date : found;
}

function groupBy<A>(items: ReadonlyArray<A>, key: (item: A) => string): Map<string, A[]> {
  const groups = new Map<string, A[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
