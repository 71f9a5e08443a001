import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type Issues, type MenteeId, type MentorId } from '../domain/index';
import { quoteValue } from '../domain/readUntrusted';
import { type BlockingReason, type Score } from '../scoring/index';
import { scoreParticipantsUnchecked } from '../scoring/scoreParticipantsUnchecked';
import { match } from './match';
import { checkWhyNotArguments } from './internal/checkMatchOptions';
import type { MatchError } from './MatchError';
import type { MatchOptions } from './MatchOptions';
import type { Matching } from './Matching';

/**
 * A mentee whose partner would change if a pair were forced. For a mentee with several mentors,
 * `before` is the first mentor (by id) they would lose and `after` the first they would gain.
 *
 * @category Matching
 */
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
 * - `pinned-elsewhere`: the mentee's places are all pinned to other mentors (`pinnedTo`, the
 *   first), or the mentor's places are all pinned (no `pinnedTo`);
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
 * @param mentorId - the id of a mentor of the cohort (a plain string: an id that names no mentor
 *   is an `unknown-mentor` issue)
 * @param menteeId - the id of a mentee of the cohort
 * @param options - the {@link MatchOptions} the matching was made with (the objective defaults to
 *   the matching's)
 * @returns `Right(answer)`, or `Left` with `unknown-mentor` / `unknown-mentee` or a matcher error
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matching = orThrow(match(cohort));
 * orThrow(whyNot(cohort, matching, 'm-nowak', 'e-lewandowska')).kind; // 'blocked'
 * @category Matching
 */
export function whyNot(
  cohort: Cohort,
  matching: Matching,
  mentorId: string,
  menteeId: string,
  options: MatchOptions = {},
): Either<Issues<MatchError>, WhyNot> {
  const wrong = checkWhyNotArguments(cohort, matching, mentorId, menteeId, options);
  if (wrong !== undefined) return left([wrong]);
  const mentor = cohort.mentorById.get(mentorId as MentorId);
  if (mentor === undefined)
    return left([
      {
        code: 'unknown-mentor',
        message: `${quoteValue(mentorId)} is not a mentor of this cohort`,
        path: ['mentorId'],
      },
    ]);
  const mentee = cohort.menteeById.get(menteeId as MenteeId);
  if (mentee === undefined)
    return left([
      {
        code: 'unknown-mentee',
        message: `${quoteValue(menteeId)} is not a mentee of this cohort`,
        path: ['menteeId'],
      },
    ]);

  const scored = scoreParticipantsUnchecked(cohort, mentor, mentee);
  if (scored.kind === 'infeasible') return right({ kind: 'blocked', reasons: scored.reasons });
  if (matching.pairs.some((p) => p.mentorId === mentorId && p.menteeId === menteeId))
    return right({ kind: 'paired', score: scored.score });
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (scored.score < minScore) return right({ kind: 'below-min-score', score: scored.score, minScore });

  const pins = [...cohort.programme.rules.pinnedPairs, ...(options.pinnedPairs ?? [])];
  const distinct = new Map(pins.map((pin) => [JSON.stringify(pin), pin]));
  const menteePins = [...distinct.values()].filter(([, e]) => e === menteeId);
  const pinnedTo = menteePins[0];
  if (pinnedTo !== undefined && menteePins.length >= mentee.capacity)
    return right({
      kind: 'pinned-elsewhere',
      pinnedTo: pinnedTo[0],
      message: `"${menteeId}" is pinned to "${pinnedTo[0]}"`,
    });
  if ([...distinct.values()].filter(([m]) => m === mentorId).length >= mentor.capacity) {
    return right({ kind: 'pinned-elsewhere', message: `every place of "${mentorId}" is pinned` });
  }

  const forced = match(cohort, {
    ...options,
    objective: options.objective ?? matching.objective,
    pinnedPairs: [...(options.pinnedPairs ?? []), [mentor.id, mentee.id]],
  });
  if (isLeft(forced)) return forced;
  const before = mentorsOf(matching);
  const after = mentorsOf(forced.right);
  const changes: PartnerChange[] = [];
  for (const { id } of cohort.mentees) {
    const b = before.get(id) ?? [];
    const a = after.get(id) ?? [];
    // A mentee with several mentors: the first mentor lost and the first one gained, by id.
    const lost = b.find((m) => !a.includes(m)) ?? null;
    const gained = a.find((m) => !b.includes(m)) ?? null;
    if (lost !== null || gained !== null) changes.push({ menteeId: id, before: lost, after: gained });
  }
  return right({
    kind: 'costs',
    score: scored.score,
    cost: matching.totalScore - forced.right.totalScore,
    lostMatches: matching.pairs.length - forced.right.pairs.length,
    changes,
  });
}

/** Each mentee's mentors in a matching, in id order (pairs are sorted by mentee, then mentor). */
function mentorsOf(matching: Matching): Map<MenteeId, MentorId[]> {
  const map = new Map<MenteeId, MentorId[]>();
  for (const p of matching.pairs) {
    const list = map.get(p.menteeId) ?? [];
    list.push(p.mentorId);
    map.set(p.menteeId, list);
  }
  return map;
}
