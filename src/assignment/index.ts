/**
 * The assignment layer: cost matrices and solvers. Pure numbers; knows nothing of people.
 * Exported alone as `reverse-mentoring/assignment`.
 *
 * @packageDocumentation
 */
export type { Assignment } from './Assignment';
export type { AssignmentError, AssignmentIssue, AssignmentIssueCode } from './AssignmentIssue';
export type { AssignmentOptions, SparseAssignmentOptions } from './AssignmentOptions';
export type { CostMatrix } from './CostMatrix';
export type { SparseCostMatrix } from './SparseCostMatrix';
export type { BottleneckOptions } from './bottleneckThreshold';
export { bottleneckThreshold } from './bottleneckThreshold';
export { costMatrixFromRows } from './costMatrixFromRows';
export { type BMatchingThreshold, bMatchingThreshold } from './bMatchingThreshold';
export { maxCardinality } from './maxCardinality';
export {
  type CardinalityBMatching,
  type MaxCardinalityOptions,
  maxCardinalityBMatching,
} from './maxCardinalityBMatching';
export { solveAssignment } from './solveAssignment';
export { solveSparseAssignment } from './solveSparseAssignment';
export { sparseFromDense } from './sparseFromDense';
export type { BipartiteGraph } from './BipartiteGraph';
export type { BMatchingIssue } from './BMatchingIssue';
export type { BMatching, BMatchingObjective, BMatchingOptions } from './solveBMatching';
export { solveBMatching } from './solveBMatching';
