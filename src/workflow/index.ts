export { type ApplyDecisionsOptions, applyDecisions } from './applyDecisions';
export type { DecidedPair, DecisionRound, ProposalChange, RemovedBecause } from './DecisionRound';
export {
  DECISION_STATUSES,
  type DecisionStatus,
  decisionStatus,
  decisionStatusLabel,
} from './DecisionStatus';
export { type MatchWaveOptions, matchWave } from './matchWave';
export type { MentorWithPlaces, WaitingList, WaitingMentee } from './WaitingList';
export { waitingListOf } from './waitingListOf';
export type { Wave, WaveClass } from './Wave';
export type { WorkflowIssue } from './WorkflowIssue';
export { explainChange } from './explainChange';
export { explainWaiting } from './explainWaiting';
