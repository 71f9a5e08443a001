export type { Decisions } from './decisions';
export type { DecisionIssue, DecisionIssueCode } from './decisionIssue';
export {
  DECIDERS,
  type Decider,
  type Decision,
  type DecisionInput,
  type DecisionsInput,
  decisionSchema,
  decisionsJsonSchema,
  decisionsSchema,
} from './decisionSchema';
export { parseDecisions } from './parseDecisions';
