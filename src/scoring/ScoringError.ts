import type { Issue } from '../domain/index';

/**
 * Why a pair could not be scored: an id that names nobody in the cohort (`unknown-mentor`,
 * `unknown-mentee`, the path names the argument: `['mentorId']`), or a first argument that is not
 * a parsed cohort (`not-a-cohort`).
 *
 * @category Scoring
 */
export interface ScoringError extends Issue<'unknown-mentor' | 'unknown-mentee' | 'not-a-cohort'> {}
