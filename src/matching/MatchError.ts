import type { AssignmentError } from '../assignment/index';
import type { Issue, MenteeId, MentorId } from '../domain/index';
import type { Rule } from '../scoring/index';

/** A pinned pair that a hard rule blocks, and where it was pinned. @category Matching */
export interface BlockedPin {
  readonly path: ReadonlyArray<string | number>;
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  readonly rule: Rule;
}

/**
 * Why the matcher could not answer, as data with a stable `code`, a message and the `path` of
 * the offending input:
 *
 * - `pinned-pair-infeasible`: a pinned pair breaks a hard rule (the matcher never makes such a
 *   pair, pinned or not); `pins` lists every such pin, `path` points at the first
 *   (`['programme', 'rules', 'pinnedPairs', i]` or `['options', 'pinnedPairs', i]`);
 * - `pinned-pair-conflict`: pins ask a mentee to take more mentors, or a mentor more mentees, than
 *   their capacity;
 * - `unknown-mentor`, `unknown-mentee`: an id that names nobody in the cohort;
 * - `invalid-option`: an option out of range;
 * - `cohort-too-large`: the candidate graph would not fit in memory; `estimatedBytes` says how
 *   much it would take (nothing was allocated);
 * - `aborted`: `options.signal` was aborted; the run stopped between phases or rows;
 * - `not-a-cohort`: the first argument is not a parsed cohort (pass the result of `parseCohort`);
 * - `solver-failure`: the assignment layer refused the problem, or its answer failed the
 *   optimality check (a guard that should never fire).
 *
 * @category Matching
 */
export type MatchError =
  | (Issue<'pinned-pair-infeasible'> & { readonly pins: ReadonlyArray<BlockedPin> })
  | Issue<
      | 'pinned-pair-conflict'
      | 'unknown-mentor'
      | 'unknown-mentee'
      | 'invalid-option'
      | 'not-a-cohort'
      | 'aborted'
    >
  | (Issue<'cohort-too-large'> & { readonly estimatedBytes: number })
  | (Issue<'solver-failure'> & { readonly cause?: AssignmentError });
