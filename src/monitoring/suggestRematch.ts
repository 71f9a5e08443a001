import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type Issues, type MenteeId, type MentorId } from '../domain/index';
import { match, type Matching, type Objective } from '../matching/index';
import { checkMatching } from './internal/checkInputs';
import { checkSuggestRematchArguments } from './internal/checkMonitoringArguments';
import { pairKey } from './internal/stats';
import type { MonitoringIssue } from './MonitoringIssue';
import type { ProgrammeReport } from './ProgrammeReport';
import type { Rematch, RematchChange } from './Rematch';

/** Options of {@link suggestRematch}: the `objective` of the new matching (default: the matching's own). @category Monitoring */
export interface SuggestRematchOptions {
  readonly objective?: Objective;
}

/**
 * Proposes new mentors for the mentees of at-risk pairs, leaving every healthy pair alone.
 *
 * The healthy pairs (`on-track` and `needs-check-in`) are pinned; each at-risk pair is excluded
 * (added to a copy of the cohort's `excludedPairs`), so its mentee gets another mentor or none;
 * {@link match} then optimises the at-risk mentees over the capacity the healthy pairs leave.
 * Ended pairs are not rematched, and a person who left the organisation is no longer a mentor.
 * Mentees the matching left unmatched stay out: this repairs pairs, it does not rerun the
 * programme. A programme pin that is at risk is released (the copy pins only healthy pairs).
 *
 * @param cohort - the validated cohort of the matching
 * @param matching - the matching the report is about
 * @param report - the report of {@link assessProgramme} on that matching
 * @param options - {@link SuggestRematchOptions}
 * @returns `Right({ matching, changes })` (changes sorted by mentee id; none when no pair is at
 *   risk), or `Left` with every {@link MonitoringIssue}; a refusal of the matcher is `match-failed`
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matching = orThrow(match(cohort));
 * const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort));
 * const report = orThrow(assessProgramme(cohort, matching, journal, { asOf: '2027-04-12' }));
 * const rematch = orThrow(suggestRematch(cohort, matching, report));
 * rematch.changes.map((c) => c.menteeId); // ['e-dabrowski', 'e-hughes', 'e-jankowski']
 * @category Monitoring
 */
export function suggestRematch(
  cohort: Cohort,
  matching: Matching,
  report: ProgrammeReport,
  options: SuggestRematchOptions = {},
): Either<Issues<MonitoringIssue>, Rematch> {
  const [wrong, ...more] = checkSuggestRematchArguments(cohort, matching, report, options);
  if (wrong !== undefined) return left([wrong, ...more]);
  const issues: MonitoringIssue[] = [];
  checkMatching(cohort, matching, issues);
  if (issues.length === 0 && !samePairs(matching, report)) {
    issues.push({
      code: 'report-mismatch',
      message: 'the report is not about the pairs of this matching',
      path: ['report', 'pairs'],
    });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);

  const healthy = report.pairs.filter((p) => p.status === 'on-track' || p.status === 'needs-check-in');
  const atRisk = report.pairs.filter((p) => p.status === 'at-risk');
  const gone = new Set<string>(
    report.pairs.flatMap((p) => p.reasons.flatMap((r) => (r.kind === 'left' ? [r.participantId] : []))),
  );
  const kept = new Set<string>([...healthy, ...atRisk].map((p) => p.menteeId));
  const mentors = cohort.mentors.filter((m) => !gone.has(m.id));
  // Each mentee takes as many mentors as they had pairs: the healthy ones pinned, the at-risk ones
  // to rematch, and no new place for someone with a mentor fewer than their capacity.
  const places = new Map<string, number>();
  for (const p of [...healthy, ...atRisk]) places.set(p.menteeId, (places.get(p.menteeId) ?? 0) + 1);
  const mentees = cohort.mentees
    .filter((m) => kept.has(m.id))
    .map((m) => ({ ...m, capacity: Math.min(m.capacity, places.get(m.id) ?? 0) }));
  const { rules } = cohort.programme;
  // Cohort is a readonly value: the rematch problem is a new one, built by spreading.
  const problem: Cohort = {
    ...cohort,
    programme: {
      ...cohort.programme,
      rules: {
        ...rules,
        pinnedPairs: [],
        excludedPairs: [
          ...rules.excludedPairs,
          ...atRisk.map((p): [MentorId, MenteeId] => [p.mentorId, p.menteeId]),
        ],
      },
    },
    mentors,
    mentees,
    mentorById: new Map(mentors.map((m) => [m.id, m])),
    menteeById: new Map(mentees.map((m) => [m.id, m])),
  };
  const rematched = match(problem, {
    objective: options.objective ?? matching.objective,
    pinnedPairs: healthy.map((p): readonly [MentorId, MenteeId] => [p.mentorId, p.menteeId]),
  });
  if (isLeft(rematched)) {
    const cause = rematched.left;
    return left([
      {
        code: 'match-failed',
        message: `the rematch could not be made: ${cause[0].message}`,
        path: ['matching'],
        cause,
      },
    ]);
  }
  // The new mentors of each mentee (pins aside), handed to their at-risk pairs in report order.
  const newMentors = new Map<string, MentorId[]>();
  for (const pair of rematched.right.pairs) {
    if (pair.pinned) continue;
    newMentors.set(pair.menteeId, [...(newMentors.get(pair.menteeId) ?? []), pair.mentorId]);
  }
  const whyNot = new Map(rematched.right.unmatched.map((u) => [u.menteeId as string, u.reason]));
  const changes = atRisk.flatMap((p): RematchChange[] => {
    const to = newMentors.get(p.menteeId)?.shift();
    if (to !== undefined) return [{ menteeId: p.menteeId, from: p.mentorId, to }];
    const reason = whyNot.get(p.menteeId);
    return reason === undefined ? [] : [{ menteeId: p.menteeId, from: p.mentorId, reason }];
  });
  return right({ matching: rematched.right, changes });
}

function samePairs(matching: Matching, report: ProgrammeReport): boolean {
  const inMatching = new Set(matching.pairs.map((p) => pairKey(p.mentorId, p.menteeId)));
  const inReport = new Set(report.pairs.map((p) => pairKey(p.mentorId, p.menteeId)));
  return inMatching.size === inReport.size && [...inReport].every((k) => inMatching.has(k));
}
