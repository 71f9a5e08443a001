export { type IsoDate, daysBetween, isoDateSchema } from './isoDate';
export type { Journal } from './journal';
export type { JournalIssue, JournalIssueCode } from './journalIssue';
export {
  type Assessment,
  type AssessmentInput,
  type CheckIn,
  type CheckInInput,
  type JournalInput,
  type Outcome,
  type OutcomeInput,
  assessmentSchema,
  checkInSchema,
  journalJsonSchema,
  journalSchema,
  outcomeSchema,
} from './journalSchema';
export { parseJournal } from './parseJournal';
export { type ParsedJournal, parseJournalWithWarnings } from './parseJournalWithWarnings';
