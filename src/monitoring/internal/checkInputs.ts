import type { Cohort, IsoDate, MenteeId, MentorId } from '../../domain/index';
import { isoDateSchema } from '../../domain/index';
import { quoteValue } from '../../domain/readUntrusted';
import type { Matching } from '../../matching/index';
import type { AssessProgrammeOptions } from '../AssessProgrammeOptions';
import type { MonitoringIssue } from '../MonitoringIssue';
import { pairKey } from './stats';

/** The options of assessProgramme, checked, with defaults filled in. @internal */
export interface Settings {
  readonly asOf: IsoDate;
  readonly cadenceDays: number;
  readonly startDate: IsoDate | undefined;
  readonly endedPairs: ReadonlySet<string>;
}

/** The default cadence: a session every two weeks. @internal */
export const DEFAULT_CADENCE_DAYS = 14;

/**
 * Checks a matching against its cohort, pushing every issue: a `pairs` array, every mentor and
 * mentee known, no mentee twice. A matching read back from JSON is untrusted, so its shape is
 * checked too.
 *
 * @internal
 */
export function checkMatching(cohort: Cohort, matching: Matching, issues: MonitoringIssue[]): void {
  const pairs: unknown = (matching as Partial<Matching> | null)?.pairs;
  if (!Array.isArray(pairs)) {
    issues.push({
      code: 'invalid-matching',
      message: 'a matching has a "pairs" array',
      path: ['matching', 'pairs'],
    });
    return;
  }
  const seen = new Map<string, number>();
  matching.pairs.forEach((pair, i) => {
    const path = ['matching', 'pairs', i];
    const mentorId = (pair as Partial<typeof pair> | null)?.mentorId;
    const menteeId = (pair as Partial<typeof pair> | null)?.menteeId;
    if (typeof mentorId !== 'string' || !cohort.mentorById.has(mentorId)) {
      issues.push({
        code: 'unknown-mentor',
        message: `${quoteValue(mentorId)} is not a mentor of the cohort`,
        path: [...path, 'mentorId'],
      });
    }
    if (typeof menteeId !== 'string' || !cohort.menteeById.has(menteeId)) {
      issues.push({
        code: 'unknown-mentee',
        message: `${quoteValue(menteeId)} is not a mentee of the cohort`,
        path: [...path, 'menteeId'],
      });
      return;
    }
    const first = seen.get(menteeId);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate-mentee',
        message: `mentee ${quoteValue(menteeId)} is in two pairs of the matching (also pairs[${first}])`,
        path: [...path, 'menteeId'],
      });
    } else seen.set(menteeId, i);
  });
}

/**
 * Checks the options of assessProgramme, pushing every issue, and returns them with defaults
 * filled in (meaningful only when no issue was pushed).
 *
 * @internal
 */
export function checkOptions(
  matching: Matching,
  options: AssessProgrammeOptions,
  issues: MonitoringIssue[],
): Settings {
  const date = (value: unknown, key: string): IsoDate | undefined => {
    const parsed = isoDateSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    issues.push({
      code: 'invalid-option',
      message: `${key} must be a calendar date written YYYY-MM-DD`,
      path: ['options', key],
    });
    return undefined;
  };
  const asOf = date((options as Partial<AssessProgrammeOptions> | null)?.asOf, 'asOf');
  const startDate = options?.startDate === undefined ? undefined : date(options.startDate, 'startDate');
  const cadenceDays = options?.cadenceDays ?? DEFAULT_CADENCE_DAYS;
  if (!(Number.isInteger(cadenceDays) && cadenceDays >= 1 && cadenceDays <= 365)) {
    issues.push({
      code: 'invalid-option',
      message: 'cadenceDays must be a whole number of days from 1 to 365',
      path: ['options', 'cadenceDays'],
    });
  }
  const matched = new Set(
    Array.isArray(matching?.pairs) ? matching.pairs.map((p) => pairKey(p?.mentorId, p?.menteeId)) : [],
  );
  const endedPairs = new Set<string>();
  (options?.endedPairs ?? []).forEach(([mentorId, menteeId]: readonly [MentorId, MenteeId], i) => {
    const key = pairKey(mentorId, menteeId);
    if (matched.has(key)) endedPairs.add(key);
    else
      issues.push({
        code: 'unknown-pair',
        message: `[${quoteValue(mentorId)}, ${quoteValue(menteeId)}] is not a pair of the matching`,
        path: ['options', 'endedPairs', i],
      });
  });
  return { asOf: asOf ?? ('' as IsoDate), cadenceDays, startDate, endedPairs };
}
