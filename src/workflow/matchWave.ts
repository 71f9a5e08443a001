import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { checkArgument, cohortArgumentIssues, copyOptions } from '../domain/checkArgument';
import type { Cohort, IsoDate, Issues, MenteeId, MentorId } from '../domain/index';
import { compareIds } from '../domain/index';
import { type MatchOptions, type Matching, type Unmatched, match } from '../matching/index';
import { pairScorer } from '../scoring/pairScorer';
import { ruleLabelUnchecked } from '../scoring/ruleLabelUnchecked';
import { derivedCohort } from './internal/derivedCohort';
import { rematchOptionsSchema } from './internal/rematchOptionsSchema';
import { isIssue, readPairs } from './internal/readPairs';
import { waitingListOfUnchecked } from './waitingListOfUnchecked';
import type { Wave, WaveClass } from './Wave';
import type { WorkflowIssue } from './WorkflowIssue';

/**
 * Options of {@link matchWave}: the matcher's, used within each waiting class. The objective
 * defaults to `max-matched` (a wave is there to place people: as many of a class as possible, then
 * the best total).
 *
 * @category Workflow
 */
export type MatchWaveOptions = Pick<MatchOptions, 'objective' | 'minScore' | 'onProgress' | 'signal'>;

/**
 * Matches a wave of newcomers (and everyone still short of partners) against the places the
 * running pairs leave, without touching a running pair.
 *
 * The rule, exactly: the mentees with a place to fill are grouped by `waitingSince` (one class per
 * day; those with no date form the last class). The classes are served in turn, the longest wait
 * first: each class is matched optimally for the objective (default `max-matched`: as many of its
 * mentees as possible, then the largest total score) against the mentors' places left by the
 * running pairs and the earlier classes, whose pairs are then fixed. So a mentee never loses a
 * place to someone who has waited less; within a class, score decides. Those still short form
 * the waiting list ({@link waitingListOf}), in line order. A running pair whose mentor or mentee
 * left the cohort is dropped (`ended`); one that a hard rule now blocks is an error
 * (`current-pair-infeasible`): end it first.
 *
 * Cost: one run of the matcher per class (per distinct `waitingSince` day), each scoring the
 * rows of its class only.
 *
 * @param cohort - the validated cohort: the running programme's people and the newcomers
 * @param current - the running pairs: a {@link Matching} or any `{ pairs: [{ mentorId, menteeId }] }`
 * @param options - {@link MatchWaveOptions}
 * @returns `Right` with the {@link Wave}, or `Left` with the issues
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const wave = orThrow(matchWave(cohort, { pairs: [] }));
 * wave.matching.pairs.length === wave.added.length; // true
 * @category Workflow
 */
export function matchWave(
  cohort: Cohort,
  current: { readonly pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }> },
  given: MatchWaveOptions = {},
): Either<Issues<WorkflowIssue>, Wave> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-type');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong =
    cohortArgumentIssues(cohort, [])[0] ??
    checkArgument(rematchOptionsSchema, options, ['options'], 'invalid-type')[0];
  if (wrong !== undefined) return left([wrong]);
  const read = readPairs(cohort, current, 'current');
  if (isIssue(read)) return left([read]);

  const scorer = pairScorer(cohort);
  const issues: WorkflowIssue[] = [];
  const mentorLoad = new Int32Array(cohort.mentors.length);
  const menteeLoad = new Int32Array(cohort.mentees.length);
  const pairs = read.known.map((p, i) => ({ ...p, index: i }));
  for (const p of pairs) {
    const blocked = scorer.blockedBy(p.mentee, p.mentor)[0];
    if (blocked !== undefined)
      issues.push({
        code: 'current-pair-infeasible',
        message: `the running pair ${p.mentorId} – ${p.menteeId} breaks a hard rule (${ruleLabelUnchecked(blocked.kind)}): end it before the wave`,
        path: ['current', 'pairs', p.index],
      });
    mentorLoad[p.mentor] = (mentorLoad[p.mentor] as number) + 1;
    menteeLoad[p.mentee] = (menteeLoad[p.mentee] as number) + 1;
  }
  for (const p of pairs) {
    const mentor = cohort.mentors[p.mentor];
    const mentee = cohort.mentees[p.mentee];
    const over =
      mentor !== undefined && (mentorLoad[p.mentor] as number) > mentor.capacity
        ? `mentor ${p.mentorId}`
        : mentee !== undefined && (menteeLoad[p.mentee] as number) > mentee.capacity
          ? `mentee ${p.menteeId}`
          : undefined;
    if (over !== undefined)
      issues.push({
        code: 'current-pair-conflict',
        message: `the running pairs give ${over} more partners than their capacity`,
        path: ['current', 'pairs', p.index],
      });
  }
  const [firstIssue, ...restIssues] = issues;
  if (firstIssue !== undefined) return left([firstIssue, ...restIssues]);

  const objective = options.objective ?? 'max-matched';
  const fixed: Array<readonly [MentorId, MenteeId]> = read.known.map((p) => [p.mentorId, p.menteeId]);
  const pinsOf = new Int32Array(cohort.mentees.length);
  const menteeIndex = new Map(cohort.mentees.map((m, i) => [m.id as string, i]));
  const countPins = (): void => {
    pinsOf.fill(0);
    const seen = new Set<string>();
    for (const [m, e] of [...cohort.programme.rules.pinnedPairs, ...fixed]) {
      const key = JSON.stringify([m, e]);
      const i = menteeIndex.get(e);
      if (seen.has(key) || i === undefined) continue;
      seen.add(key);
      pinsOf[i] = (pinsOf[i] as number) + 1;
    }
  };
  countPins();
  // The classes: the mentees with a place to fill, by the day they wait since, no date last.
  const byDay = new Map<string, number[]>();
  cohort.mentees.forEach((mentee, e) => {
    if ((pinsOf[e] as number) >= mentee.capacity) return;
    const day = mentee.waitingSince ?? '';
    const list = byDay.get(day);
    if (list === undefined) byDay.set(day, [e]);
    else list.push(e);
  });
  const days = [...byDay.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareIds(a, b)));

  const classes: WaveClass[] = [];
  const unmatched: Unmatched[] = [];
  let last: Matching | undefined;
  for (const day of days) {
    const members = new Set(byDay.get(day) ?? []);
    const run = derivedCohort(cohort, {
      menteeCapacity: (mentee, e) => (members.has(e) ? mentee.capacity : (pinsOf[e] as number)),
    });
    const before = fixed.length;
    const matched = match(run, { ...options, objective, pinnedPairs: fixed });
    if (matched._tag === 'Left') return matched;
    last = matched.right;
    const known = new Set(fixed.map(([m, e]) => JSON.stringify([m, e])));
    for (const p of matched.right.pairs) {
      const key = JSON.stringify([p.mentorId, p.menteeId]);
      if (!known.has(key)) fixed.push([p.mentorId, p.menteeId]);
    }
    for (const u of matched.right.unmatched)
      if (members.has(menteeIndex.get(u.menteeId) ?? -1)) unmatched.push(u);
    classes.push({
      waitingSince: day === '' ? null : (day as IsoDate),
      mentees: members.size,
      pairs: fixed.length - before,
    });
    countPins();
  }
  if (last === undefined) {
    const matched = match(derivedCohort(cohort, { menteeCapacity: (_, e) => pinsOf[e] as number }), {
      ...options,
      objective,
      pinnedPairs: fixed,
    });
    if (matched._tag === 'Left') return matched;
    last = matched.right;
  }
  const running = new Set(read.known.map((p) => JSON.stringify([p.mentorId, p.menteeId])));
  const programmePins = new Set(cohort.programme.rules.pinnedPairs.map(([m, e]) => JSON.stringify([m, e])));
  const matching: Matching = {
    ...last,
    pairs: last.pairs.map((p) => {
      const key = JSON.stringify([p.mentorId, p.menteeId]);
      const pinned = running.has(key) || programmePins.has(key);
      return p.pinned === pinned ? p : { ...p, pinned };
    }),
    unmatched: unmatched.sort((a, b) => compareIds(a.menteeId, b.menteeId)),
  };
  const added = matching.pairs
    .filter((p) => !running.has(JSON.stringify([p.mentorId, p.menteeId])))
    .map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId }));
  return right({
    matching,
    added,
    ended: read.gone,
    classes,
    waitingList: waitingListOfUnchecked(cohort, matching),
  });
}
