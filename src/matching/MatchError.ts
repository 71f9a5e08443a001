import type { AssignmentError } from '../assignment/index';
import type { MenteeId, MentorId } from '../domain/index';
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
 * - `solver-failure`: the assignment layer refused the problem, or its answer failed the
 *   optimality check (a guard that should never fire).
 *
 * @category Matching
 */
export type MatchError =
  | {
      readonly code: 'pinned-pair-infeasible';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
      readonly pins: ReadonlyArray<BlockedPin>;
    }
  | {
      readonly code: 'pinned-pair-conflict' | 'unknown-mentor' | 'unknown-mentee' | 'invalid-option';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
    }
  | {
      readonly code: 'cohort-too-large';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
      readonly estimatedBytes: number;
    }
  | {
      readonly code: 'aborted';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
    }
  | {
      readonly code: 'solver-failure';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
      readonly cause?: AssignmentError;
    };
