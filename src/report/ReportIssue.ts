import type { Issue } from '../domain/index';
import type { MatchError } from '../matching/index';
import type { MonitoringIssue } from '../monitoring/index';

/**
 * What can stop {@link renderHtmlReport}: an option out of place (`invalid-option`), an input that
 * is not what the layers below make (`invalid-input`, `invalid-matching`, an unknown person), or
 * an issue of the matcher or of `assessProgramme` passed on with its path located in the input
 * (`['cohort', 'programme', 'rules', 'pinnedPairs', 0]`, `['options', 'asOf']`).
 *
 * @category Report
 */
export type ReportIssue = Issue<
  'invalid-option' | 'invalid-input' | 'invalid-matching' | MatchError['code'] | MonitoringIssue['code']
>;
