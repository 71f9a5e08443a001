/**
 * Who reads an explanation:
 *
 * - `programme` (the default): the programme manager, who sees every reason, a participant's
 *   veto included;
 * - `participant`: a mentor or a mentee, who never learns that somebody vetoed them — a veto is
 *   phrased as a neutral "not available for this pairing", and counted as such.
 *
 * @example
 * const audience: Audience = 'participant';
 * @category Scoring
 */
export type Audience = 'programme' | 'participant';

/** The audiences of explanations, in a stable order. @category Scoring */
export const AUDIENCES: ReadonlyArray<Audience> = ['programme', 'participant'];
