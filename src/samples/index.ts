import type { CohortInput } from '../domain/cohortSchema';
import type { JournalInput } from '../domain/journal/index';
import { bankCohort } from './bankCohort';
import { bankJournal } from './bankJournal';
import { publicOfficeCohort } from './publicOfficeCohort';
import { publicOfficeJournal } from './publicOfficeJournal';

export { bankCohort } from './bankCohort';
export { bankJournal } from './bankJournal';
export { publicOfficeCohort } from './publicOfficeCohort';
export { publicOfficeJournal } from './publicOfficeJournal';

/** The name of an embedded sample cohort. @category Samples */
export type SampleName = 'bank' | 'public-office';

/**
 * The embedded sample cohorts by name, as cohort inputs (pass one to `parseCohort`).
 *
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * cohort.mentors.length; // 10
 * @category Samples
 */
export const SAMPLES: Readonly<Record<SampleName, CohortInput>> = {
  bank: bankCohort,
  'public-office': publicOfficeCohort,
};

/**
 * A journal of check-ins and self-assessments for each sample cohort, as journal inputs (pass one
 * to `parseJournal` with its cohort).
 *
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort));
 * journal.checkIns.length > 0; // true
 * @category Samples
 */
export const SAMPLE_JOURNALS: Readonly<Record<SampleName, JournalInput>> = {
  bank: bankJournal,
  'public-office': publicOfficeJournal,
};
