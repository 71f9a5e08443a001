/**
 * Why a pair could not be scored: an id that names nobody in the cohort (`unknown-mentor`,
 * `unknown-mentee`), with a message and the path of the offending argument.
 *
 * @category Scoring
 */
export interface ScoringError {
  readonly code: 'unknown-mentor' | 'unknown-mentee';
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
}
