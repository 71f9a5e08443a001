import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, MenteeId, MentorId } from '../domain/index';
import { type BlockingReason, type Score, scoreParticipants } from '../scoring/index';
import { match } from './match';
import { checkWhyNotArguments } from './internal/checkMatchOptions';
import type { MatchError } from './MatchError';
import type { MatchOptions } from './MatchOptions';
import type { Matching } from './Matching';

/** A mentee whose partner would change if a pair were forced. @category Matching */
export interface PartnerChange {
  readonly menteeId: MenteeId;
  /** The mentor in the matching, or `null` when unmatched. */
  readonly before: MentorId | null;
  /** The mentor once the pair is forced, or `null` when left unmatched. */
  readonly after: MentorId | null;
}

/**
 * Why a pair is not in a matching:
 *
 * - `paired`: it is;
 * - `blocked`: a hard rule blocks it (`reasons`: every blocking rule);
 * - `below-min-score`: its score is under the threshold;
 * - `pinned-elsewhere`: the mentee is pinned to another mentor (`pinnedTo`), or the mentor's
 *   places are all pinned (no `pinnedTo`);
 * - `costs`: it is feasible but the optimum does without it; forcing it (solving again with it
 *   pinned, same objective) costs `cost` total score (and `lostMatches` matched mentees), and
 *   `changes` lists every mentee whose partner would change.
 *
 * @category Matching
 */
export type WhyNot =
  | { readonly kind: 'paired'; readonly score: Score }
  | { readonly kind: 'blocked'; readonly reasons: ReadonlyArray<BlockingReason> }
  | { readonly kind: 'below-min-score'; readonly score: Score; readonly minScore: number }
  | { readonly kind: 'pinned-elsewhere'; readonly pinnedTo?: MentorId; readonly message: string }
  | {
      readonly kind: 'costs';
      readonly score: Score;
      readonly cost: number;
      readonly lostMatches: number;
      readonly changes: ReadonlyArray<PartnerChange>;
    };

/**
 * Answers "why were these two not paired?": the blocking rule, the threshold, a pin — or, for a
 * feasible pair, what forcing it would cost: the matcher solves again with the pair pinned (same
 * objective and options) and compares.
 *
 * @param cohort - the validated cohort the matching was made from
 * @param matching - a matching of that cohort
 * @param mentorId - a mentor of the cohort
 * @param menteeId - a mentee of the cohort
 * @param options - the {@link MatchOptions} the matching was made with (the objective defaults to
 *   the matching's)
 * @returns `Right(answer)`, or `Left` with `unknown-mentor` / `unknown-mentee` or a matcher error
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matching = orThrow(match(cohort));
 * orThrow(whyNot(cohort, matching, 'm-nowak' as MentorId, 'e-lewandowska' as MenteeId)).kind; // 'blocked'
 * @category Matching
 */
export function whyNot(
  cohort: Cohort,
  matching: Matching,
  mentorId: MentorId,
  menteeId: MenteeId,
  options: MatchOptions = {},
): Either<MatchError, WhyNot> {
  const wrong = checkWhyNotArguments(cohort, matching, mentorId, menteeId, options);
  if (wrong !== undefined) return left(wrong);
  const mentor = cohort.mentorById.get(mentorId);
  if (mentor === undefined)
    return left({
      code: 'unknown-mentor',
      message: `"${mentorId}" is not a mentor of this cohort`,
      path: ['mentorId'],
    });
  const mentee = cohort.menteeById.get(menteeId);
  if (mentee === undefined)
    return left({
      code: 'unknown-mentee',
      message: `"${menteeId}" is not a mentee of this cohort`,
      path: ['menteeId'],
    });

  const scored = scoreParticipants(cohort, mentor, mentee);
  if (scored.kind === 'infeasible') return right({ kind: 'blocked', reasons: scored.reasons });
  if (matching.pairs.some((p) => p.mentorId === mentorId && p.menteeId === menteeId))
    return right({ kind: 'paired', score: scored.score });
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (scored.score < minScore) return right({ kind: 'below-min-score', score: scored.score, minScore });

  const pins = [...cohort.programme.rules.pinnedPairs, ...(options.pinnedPairs ?? [])];
  const pinnedTo = pins.find(([, e]) => e === menteeId);
  if (pinnedTo !== undefined)
    return right({
      kind: 'pinned-elsewhere',
      pinnedTo: pinnedTo[0],
      message: `"${menteeId}" is pinned to "${pinnedTo[0]}"`,
    });
  if (pins.filter(([m]) => m === mentorId).length >= mentor.capacity) {
    return right({ kind: 'pinned-elsewhere', message: `every place of "${mentorId}" is pinned` });
  }

  const forced = match(cohort, {
    ...options,
    objective: options.objective ?? matching.objective,
    pinnedPairs: [...(options.pinnedPairs ?? []), [mentorId, menteeId]],
  });
  if (isLeft(forced)) return forced;
  const before = new Map<MenteeId, MentorId>(matching.pairs.map((p) => [p.menteeId, p.mentorId]));
  const after = new Map<MenteeId, MentorId>(forced.right.pairs.map((p) => [p.menteeId, p.mentorId]));
  const changes: PartnerChange[] = [];
  for (const { id } of cohort.mentees) {
    const b = before.get(id) ?? null;
    const a = after.get(id) ?? null;
    if (a !== b) changes.push({ menteeId: id, before: b, after: a });
  }
  return right({
    kind: 'costs',
    score: scored.score,
    cost: matching.totalScore - forced.right.totalScore,
    lostMatches: matching.pairs.length - forced.right.pairs.length,
    changes,
  });
}
