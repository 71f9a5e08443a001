import type { Issue } from '../domain/index';
import type { MatchError } from '../matching/index';

/**
 * What can stop a workflow step, as data: the matcher's own {@link MatchError}s (a cancelled run,
 * a cohort too large, an option out of range) and:
 *
 * - `invalid-type`: an argument of the wrong kind from plain JavaScript (a matching without a
 *   `pairs` list, an id that is not a string);
 * - `accepted-pair-infeasible`: an accepted (or published) pair that a hard rule now blocks —
 *   decline it, or change the rule; the path points at the decision;
 * - `accepted-pair-conflict`: accepted pairs give a mentor more mentees, or a mentee more mentors,
 *   than their capacity;
 * - `pinned-pair-declined`: a pair the programme pins (`pinnedPairs`) that somebody declined — the
 *   two contradict each other;
 * - `current-pair-infeasible`: a running pair of a wave that a hard rule now blocks — end it
 *   (a decision, a rematch) before the wave;
 * - `current-pair-conflict`: running pairs beyond a person's capacity.
 *
 * @category Workflow
 */
export type WorkflowIssue =
  | MatchError
  | Issue<
      | 'invalid-type'
      | 'accepted-pair-infeasible'
      | 'accepted-pair-conflict'
      | 'pinned-pair-declined'
      | 'current-pair-infeasible'
      | 'current-pair-conflict'
    >;
