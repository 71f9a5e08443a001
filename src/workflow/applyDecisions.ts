import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import { checkArgument, cohortArgumentIssues, copyOptions } from '../domain/checkArgument';
import type { Cohort, Decision, Decisions, Issues, MenteeId, MentorId } from '../domain/index';
import { compareIds } from '../domain/index';
import { type MatchOptions, type Matching, match } from '../matching/index';
import { pairScorer } from '../scoring/pairScorer';
import { ruleLabelUnchecked } from '../scoring/ruleLabelUnchecked';
import type { DecidedPair, DecisionRound, ProposalChange } from './DecisionRound';
import { decisionStatusUnchecked } from './decisionStatusUnchecked';
import { derivedCohort } from './internal/derivedCohort';
import { rematchOptionsSchema } from './internal/rematchOptionsSchema';
import { keepMostUndecided } from './internal/keepMostUndecided';
import { type IndexedPair, isIssue, readPairs } from './internal/readPairs';
import { waitingListOfUnchecked } from './waitingListOfUnchecked';
import type { WorkflowIssue } from './WorkflowIssue';

/** Options of {@link applyDecisions}: the matcher's, for re-matching the freed people. @category Workflow */
export type ApplyDecisionsOptions = Pick<MatchOptions, 'objective' | 'minScore' | 'onProgress' | 'signal'>;

const decisionsShape = z.object({ decisions: z.array(z.object({}).loose()) }).loose();

/**
 * Applies decisions to a proposal and proposes again, as little changed as possible:
 *
 * 1. every pair with decisions gets its {@link DecisionStatus}; `accepted` and `published` pairs
 *    are kept (pinned, whether the proposal had them or the programme decided them itself),
 *    `declined` pairs are never proposed again (excluded in this round; pass the same decisions,
 *    with new ones added, to every later round);
 * 2. of the proposal's undecided pairs, as many are kept as the places the accepted pairs leave
 *    allow — a maximum b-matching of the undecided pairs, the largest total among those — so the
 *    number of undecided pairs changed (`undecided.changed`) is the fewest possible;
 * 3. only the people with places left (the freed: declined, displaced, and anyone the proposal
 *    left short) are matched again, optimally for the objective, around the kept pairs.
 *
 * A pair of the proposal whose mentor or mentee left the cohort, or that a hard rule now blocks,
 * is dropped and reported; an accepted pair that a hard rule blocks is an error
 * (`accepted-pair-infeasible`), and so are accepted pairs beyond a capacity
 * (`accepted-pair-conflict`).
 *
 * @param cohort - the validated cohort (the same as, or an update of, the one the proposal was made for)
 * @param proposal - the previous proposal: a {@link Matching} or any `{ pairs: [{ mentorId, menteeId }] }`
 * @param decisions - validated decisions ({@link parseDecisions})
 * @param options - {@link ApplyDecisionsOptions}
 * @returns `Right` with the {@link DecisionRound}, or `Left` with the issues
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const proposal = orThrow(match(cohort));
 * const [first] = proposal.pairs;
 * const decisions = orThrow(parseDecisions({ decisions: [
 *   { mentorId: first.mentorId, menteeId: first.menteeId, by: 'mentee', decision: 'declined', date: '2027-01-04' },
 * ] }, cohort));
 * const round = orThrow(applyDecisions(cohort, proposal, decisions));
 * round.matching.pairs.some((p) => p.mentorId === first.mentorId && p.menteeId === first.menteeId); // false
 * @category Workflow
 */
export function applyDecisions(
  cohort: Cohort,
  proposal:
    | Pick<Matching, 'pairs'>
    | { readonly pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }> },
  decisions: Decisions,
  given: ApplyDecisionsOptions = {},
): Either<Issues<WorkflowIssue>, DecisionRound> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-type');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong =
    cohortArgumentIssues(cohort, [])[0] ??
    checkArgument(decisionsShape, decisions, ['decisions'], 'invalid-type')[0] ??
    checkArgument(rematchOptionsSchema, options, ['options'], 'invalid-type')[0];
  if (wrong !== undefined) return left([wrong]);
  const read = readPairs(cohort, proposal, 'proposal');
  if (isIssue(read)) return left([read]);

  // The decisions by pair, oldest first (a validated Decisions is sorted by pair, then date).
  const byPair = new Map<
    string,
    { mentorId: MentorId; menteeId: MenteeId; list: Decision[]; first: number }
  >();
  decisions.decisions.forEach((d, k) => {
    const key = JSON.stringify([d.mentorId, d.menteeId]);
    const entry = byPair.get(key);
    if (entry === undefined)
      byPair.set(key, { mentorId: d.mentorId, menteeId: d.menteeId, list: [d], first: k });
    else entry.list.push(d);
  });
  const statusOf = new Map<string, ReturnType<typeof decisionStatusUnchecked>>();
  for (const [key, entry] of byPair) {
    entry.list.sort((a, b) => compareIds(a.date, b.date) || compareIds(a.by, b.by));
    statusOf.set(key, decisionStatusUnchecked(entry.list));
  }
  const keyOf = (mentorId: string, menteeId: string): string => JSON.stringify([mentorId, menteeId]);

  const mentorIndex = new Map(cohort.mentors.map((m, i) => [m.id as string, i]));
  const menteeIndex = new Map(cohort.mentees.map((m, i) => [m.id as string, i]));
  const declined: Array<readonly [MentorId, MenteeId]> = [];
  const accepted: Array<IndexedPair & { readonly decision: number }> = [];
  for (const [key, entry] of byPair) {
    const status = statusOf.get(key);
    if (status === 'declined') declined.push([entry.mentorId, entry.menteeId]);
    const mentor = mentorIndex.get(entry.mentorId);
    const mentee = menteeIndex.get(entry.menteeId);
    if ((status === 'accepted' || status === 'published') && mentor !== undefined && mentee !== undefined)
      accepted.push({
        mentorId: entry.mentorId,
        menteeId: entry.menteeId,
        mentor,
        mentee,
        decision: entry.first,
      });
  }
  const next = derivedCohort(cohort, { excludedPairs: declined });
  const scorer = pairScorer(next);

  // Accepted pairs: allowed by every rule and within every capacity, or the round cannot go on.
  const issues: WorkflowIssue[] = [];
  const mentorPlaces = Int32Array.from(cohort.mentors, (m) => m.capacity);
  const menteePlaces = Int32Array.from(cohort.mentees, (m) => m.capacity);
  for (const a of accepted) {
    const blocked = scorer.blockedBy(a.mentee, a.mentor)[0];
    if (blocked !== undefined)
      issues.push({
        code: 'accepted-pair-infeasible',
        message: `the accepted pair ${a.mentorId} – ${a.menteeId} breaks a hard rule (${ruleLabelUnchecked(blocked.kind)}): decline it, or change the rule`,
        path: ['decisions', 'decisions', a.decision],
      });
    mentorPlaces[a.mentor] = (mentorPlaces[a.mentor] as number) - 1;
    menteePlaces[a.mentee] = (menteePlaces[a.mentee] as number) - 1;
  }
  for (const a of accepted) {
    const over =
      (mentorPlaces[a.mentor] as number) < 0
        ? `mentor ${a.mentorId}`
        : (menteePlaces[a.mentee] as number) < 0
          ? `mentee ${a.menteeId}`
          : undefined;
    if (over !== undefined)
      issues.push({
        code: 'accepted-pair-conflict',
        message: `accepted pairs give ${over} more partners than their capacity: decline one, or raise the capacity`,
        path: ['decisions', 'decisions', a.decision],
      });
  }
  // A pair the programme pins and somebody declined: the two say opposite things.
  const pinnedByProgramme = new Set(cohort.programme.rules.pinnedPairs.map(([m, e]) => keyOf(m, e)));
  declined.forEach(([mentorId, menteeId]) => {
    if (!pinnedByProgramme.has(keyOf(mentorId, menteeId))) return;
    issues.push({
      code: 'pinned-pair-declined',
      message: `${mentorId} – ${menteeId} is pinned by the programme and declined: unpin it, or withdraw the decline`,
      path: ['decisions', 'decisions', byPair.get(keyOf(mentorId, menteeId))?.first ?? 0],
    });
  });
  const [firstIssue, ...restIssues] = issues;
  if (firstIssue !== undefined) return left([firstIssue, ...restIssues]);

  // The proposal's undecided pairs, and the most of them the accepted pairs leave room for.
  const removed: ProposalChange[] = read.gone.map((p) => ({
    change: 'removed',
    ...p,
    because: 'left-programme',
  }));
  const undecided: Array<IndexedPair & { readonly score: number }> = [];
  let before = read.gone.length;
  for (const p of read.known) {
    const status = statusOf.get(keyOf(p.mentorId, p.menteeId)) ?? 'proposed';
    if (status === 'declined') {
      removed.push({ change: 'removed', mentorId: p.mentorId, menteeId: p.menteeId, because: 'declined' });
      continue;
    }
    if (status !== 'proposed') continue;
    before++;
    const score = scorer.at(p.mentee, p.mentor);
    if (score === Number.NEGATIVE_INFINITY)
      removed.push({ change: 'removed', mentorId: p.mentorId, menteeId: p.menteeId, because: 'not-allowed' });
    else undecided.push({ ...p, score });
  }
  const keep = keepMostUndecided(
    undecided,
    cohort.mentees.length,
    cohort.mentors.length,
    menteePlaces,
    mentorPlaces,
  );
  if (keep === undefined)
    return left([
      { code: 'solver-failure', message: 'the b-matching solver refused the undecided pairs', path: [] },
    ]);
  const kept = new Set(keep);
  undecided.forEach((p, i) => {
    if (!kept.has(i))
      removed.push({ change: 'removed', mentorId: p.mentorId, menteeId: p.menteeId, because: 'displaced' });
  });

  const pins: Array<readonly [MentorId, MenteeId]> = [
    ...accepted.map((a): readonly [MentorId, MenteeId] => [a.mentorId, a.menteeId]),
    ...keep.map((i): readonly [MentorId, MenteeId] => {
      const p = undecided[i] as IndexedPair;
      return [p.mentorId, p.menteeId];
    }),
  ];
  const matched = match(next, { ...options, pinnedPairs: pins });
  if (matched._tag === 'Left') return matched;
  const matching = restorePinned(cohort, matched.right, accepted);

  const previous = new Set(read.known.map((p) => keyOf(p.mentorId, p.menteeId)));
  const added: ProposalChange[] = matching.pairs
    .filter((p) => !previous.has(keyOf(p.mentorId, p.menteeId)))
    .map((p) => ({ change: 'added', mentorId: p.mentorId, menteeId: p.menteeId }));
  const statuses: DecidedPair[] = [];
  const listed = new Set<string>();
  const decided = (mentorId: MentorId, menteeId: MenteeId): void => {
    const key = keyOf(mentorId, menteeId);
    if (listed.has(key)) return;
    listed.add(key);
    const entry = byPair.get(key);
    statuses.push({
      mentorId,
      menteeId,
      status: statusOf.get(key) ?? 'proposed',
      decisions: entry?.list ?? [],
    });
  };
  for (const p of matching.pairs) decided(p.mentorId, p.menteeId);
  for (const [mentorId, menteeId] of declined) decided(mentorId, menteeId);
  statuses.sort(byMenteeThenMentor);
  removed.sort(byMenteeThenMentor);
  return right({
    matching,
    statuses,
    changes: [...removed, ...added],
    undecided: { before, kept: keep.length, changed: before - keep.length },
    waitingList: waitingListOfUnchecked(cohort, matching),
  });
}

/**
 * The matcher marks every pin as pinned; in the new proposal, only the programme's pins and the
 * accepted pairs are pinned, and a kept undecided pair is a proposal still.
 */
function restorePinned(cohort: Cohort, matching: Matching, accepted: ReadonlyArray<IndexedPair>): Matching {
  const pinned = new Set<string>([
    ...cohort.programme.rules.pinnedPairs.map(([m, e]) => JSON.stringify([m, e])),
    ...accepted.map((a) => JSON.stringify([a.mentorId, a.menteeId])),
  ]);
  return {
    ...matching,
    pairs: matching.pairs.map((p) => {
      const isPinned = pinned.has(JSON.stringify([p.mentorId, p.menteeId]));
      return p.pinned === isPinned ? p : { ...p, pinned: isPinned };
    }),
  };
}

function byMenteeThenMentor(
  a: { readonly mentorId: string; readonly menteeId: string },
  b: { readonly mentorId: string; readonly menteeId: string },
): number {
  return compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId);
}
