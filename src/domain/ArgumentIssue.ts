import type { Issue } from './Issue';

/**
 * The codes of a wrong argument of a function that cannot otherwise fail (the text functions,
 * the scorers' entries, the helpers of `reverse-mentoring/domain`), as plain JavaScript may pass
 * one:
 *
 * - `invalid-argument`: a value of the wrong type or shape (`null` where a pair is expected, a
 *   reason of an unknown `kind`, a getter or a `Proxy` that throws), at its path;
 * - `unknown-locale`: a locale that is not one of `LOCALES` (`'de'`);
 * - `not-a-cohort`: a cohort that `parseCohort` did not make.
 *
 * @category Errors
 */
export type ArgumentIssueCode = 'invalid-argument' | 'unknown-locale' | 'not-a-cohort';

/**
 * The issue of a wrong argument (see {@link ArgumentIssueCode}); its `path` goes
 * into the first argument from the root (`['reasons', 3, 'kind']`), into another under its name
 * (`['options', 'locale']`).
 *
 * @category Errors
 */
export interface ArgumentIssue extends Issue<ArgumentIssueCode> {}
