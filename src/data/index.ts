import type { CohortInput } from '../domain/cohortSchema';
import { bankCohort } from './bankCohort';
import { publicOfficeCohort } from './publicOfficeCohort';

export { bankCohort } from './bankCohort';
export { publicOfficeCohort } from './publicOfficeCohort';

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
