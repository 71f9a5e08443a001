import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { copyOptions } from '../domain/checkArgument';
import type { Cohort, Issues, MenteeId, MentorId } from '../domain/index';
import type { MatchError } from '../matching/index';
import type { Rule } from '../scoring/index';
import type { PairsLike } from './assess';
import { auditMatchingUnchecked } from './internal/auditMatchingUnchecked';
import { checkAssessArguments } from './internal/checkEvaluationOptions';

/**
 * One thing wrong with a matching made elsewhere, located by the index of its pair in the
 * matching's `pairs` (`pair`, from 0) so that a reader can find the row in their file:
 *
 * - `unknown-person`: the pair names a mentor or a mentee who is not in the cohort (`side`);
 * - `rule-broken`: a hard rule blocks the pair (one finding per rule);
 * - `below-min-score`: the pair scores below `minScore` and is not pinned;
 * - `duplicate-pair`: the same two people were already paired at `first`;
 * - `over-capacity`: a mentor (or a mentee) is in more pairs than their capacity (`pairs` lists
 *   them all, in file order);
 * - `missing-pin`: a pinned pair of the programme that the matching does not contain.
 *
 * @category Evaluation
 */
export type MatchingFinding =
  | {
      readonly kind: 'unknown-person';
      readonly pair: number;
      readonly mentorId: string;
      readonly menteeId: string;
      readonly side: 'mentor' | 'mentee' | 'both';
    }
  | {
      readonly kind: 'rule-broken';
      readonly pair: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly rule: Rule;
    }
  | {
      readonly kind: 'below-min-score';
      readonly pair: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly score: number;
      readonly minScore: number;
    }
  | {
      readonly kind: 'duplicate-pair';
      readonly pair: number;
      readonly first: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
    }
  | {
      readonly kind: 'over-capacity';
      readonly side: 'mentor' | 'mentee';
      readonly id: MentorId | MenteeId;
      readonly capacity: number;
      readonly count: number;
      readonly pairs: ReadonlyArray<number>;
    }
  | { readonly kind: 'missing-pin'; readonly mentorId: MentorId; readonly menteeId: MenteeId };

/** The kinds of {@link MatchingFinding}, in the order {@link auditMatching} lists them. @category Evaluation */
export const FINDING_KINDS = [
  'unknown-person',
  'rule-broken',
  'below-min-score',
  'duplicate-pair',
  'over-capacity',
  'missing-pin',
] as const satisfies ReadonlyArray<MatchingFinding['kind']>;

/** Options of {@link auditMatching}: the `minScore` the matching should respect (default the programme's). @category Evaluation */
export interface AuditOptions {
  readonly minScore?: number;
}

/**
 * Audits a matching made anywhere — by hand in a spreadsheet, by another platform — against a
 * cohort: every pair that names somebody unknown, every hard rule each pair breaks, pairs below
 * `minScore`, pairs given twice, people in more pairs than their capacity, and the programme's
 * pins that are missing. Nothing in the matching is trusted and nothing is rejected: a broken
 * matching is measured, finding by finding.
 *
 * Findings come in a fixed order — by pair index for the pair findings (each pair's in the order
 * of {@link FINDING_KINDS}, rules in the order of `RULES`), then over-capacity by side and id,
 * then missing pins by mentor and mentee id — so the same matching gives the same list.
 *
 * @param cohort - a parsed cohort (else `not-a-cohort`)
 * @param matching - anything with `pairs: [{ mentorId, menteeId }]` (else `invalid-option` at `['matching', …]`)
 * @param options - {@link AuditOptions} (a `minScore` that is not a number: `invalid-option`)
 * @returns the findings, empty for a matching that keeps every rule
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * orThrow(auditMatching(cohort, orThrow(match(cohort)))).length; // 0
 * orThrow(auditMatching(cohort, { pairs: [{ mentorId: 'nobody', menteeId: 'e-jankowski' }] }))[0]?.kind; // 'unknown-person'
 * auditMatching(cohort, null as unknown as PairsLike).left?.[0].path; // ['matching']
 * @category Evaluation
 */
export function auditMatching(
  cohort: Cohort,
  matching: PairsLike,
  options?: AuditOptions,
): Either<Issues<MatchError>, ReadonlyArray<MatchingFinding>> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(options ?? {}, ['options'], 'invalid-option');
  if (copied._tag === 'Left') return left([copied.left]);
  const wrong = checkAssessArguments(cohort, matching, copied.right);
  if (wrong !== undefined) return left([wrong]);
  return right(auditMatchingUnchecked(cohort, matching, copied.right));
}
