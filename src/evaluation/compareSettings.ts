import { copyOptions } from '../domain/checkArgument';
import { quoteValue } from '../domain/readUntrusted';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues, MenteeId, MentorId } from '../domain/index';
import { compareIds, isCohort, notACohort } from '../domain/index';
import { type MatchError, type Matching, match, type Objective } from '../matching/index';
import { assessPrepared } from './internal/assessPrepared';
import { prepareCohort } from './internal/prepareCohort';
import { diffPairs } from './internal/diffPairs';
import type { QualityReport } from './QualityReport';

/**
 * The figures of a {@link QualityReport} a what-if compares, in this order: the pair scores,
 * how many are matched and what they learn, how the pairs were taken by each side, stability,
 * and the rules.
 *
 * @category Evaluation
 */
export const COMPARED_FIGURES = [
  'totalScore',
  'meanScore',
  'minScore',
  'p10Score',
  'gini',
  'matched',
  'matchedShare',
  'goalCoverage',
  'meanMenteeRank',
  'meanMentorRank',
  'blockingPairs',
  'crossDepartmentShare',
  'meanGenerationGap',
  'meanGradeGap',
  'ruleViolations',
] as const satisfies ReadonlyArray<keyof QualityReport>;

/** A figure of {@link COMPARED_FIGURES}. @category Evaluation */
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** Options of {@link compareSettings}: the objective both matchings use (default `max-total`). @category Evaluation */
export interface CompareSettingsOptions {
  readonly objective?: Objective;
}

/**
 * Two programme settings on the same people, side by side: plain JSON.
 *
 * - `before` / `after`: each setting's optimal matching assessed under its own setting;
 * - `figures`: each figure of {@link COMPARED_FIGURES} before and after, and `change = after − before`;
 * - `kept`, `moved`, `new`, `lost`: how the pairs change, mentee by mentee. For a mentee with
 *   mentors `B` before and `A` after, the pairs of `B ∩ A` are kept; of the rest, in id order,
 *   `min(|B∖A|, |A∖B|)` are moves (`from` a mentor of `B∖A` `to` one of `A∖B`), what remains of
 *   `B∖A` is lost and what remains of `A∖B` is new;
 * - `changedShare`: the share of people (mentors and mentees of the cohort) whose partners change.
 *
 * @category Evaluation
 */
export interface SettingsComparison {
  readonly objective: Objective;
  readonly before: QualityReport;
  readonly after: QualityReport;
  readonly figures: ReadonlyArray<{
    readonly figure: ComparedFigure;
    readonly before: number;
    readonly after: number;
    readonly change: number;
  }>;
  readonly kept: ReadonlyArray<{ readonly mentorId: MentorId; readonly menteeId: MenteeId }>;
  readonly moved: ReadonlyArray<{
    readonly menteeId: MenteeId;
    readonly from: MentorId;
    readonly to: MentorId;
  }>;
  readonly new: ReadonlyArray<{ readonly mentorId: MentorId; readonly menteeId: MenteeId }>;
  readonly lost: ReadonlyArray<{ readonly mentorId: MentorId; readonly menteeId: MenteeId }>;
  readonly changedShare: number;
}

/**
 * What-if: the same cohort under two programme settings (weights, rules, focus, `minScore`) —
 * typically the same people parsed with two programme files — matched optimally under each, and
 * compared: which pairs are kept, moved, new or lost, how every quality figure moves, and the
 * share of people whose partner changes. Both cohorts must have the same mentors and mentees
 * (by id); what they know and want is taken from each cohort as given.
 *
 * @param before - the cohort under the current setting
 * @param after - the same people under the setting to try
 * @param options - {@link CompareSettingsOptions}
 * @returns the {@link SettingsComparison}, or `Left` when the people differ or a matching fails
 * @example
 * const before = orThrow(parseCohort(SAMPLES.bank));
 * const after = orThrow(parseCohort({
 *   ...SAMPLES.bank,
 *   programme: { ...SAMPLES.bank.programme, weights: { ...SAMPLES.bank.programme?.weights, reciprocity: 4 } },
 * }));
 * const whatIf = orThrow(compareSettings(before, after));
 * whatIf.kept.length + whatIf.moved.length + whatIf.lost.length === whatIf.before.matched; // true
 * @category Evaluation
 */
export function compareSettings(
  before: Cohort,
  after: Cohort,
  given: CompareSettingsOptions = {},
): Either<Issues<MatchError>, SettingsComparison> {
  if (!isCohort(before)) return left([notACohort([])]);
  if (!isCohort(after)) return left([notACohort(['after'])]);
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (copied._tag === 'Left') return left([copied.left]);
  const options = copied.right;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return left([
      {
        code: 'invalid-option',
        message: `expected an options object, got ${quoteValue(options)}`,
        path: ['options'],
      },
    ]);
  const people = samePeople(before, after);
  if (people !== undefined) return left([people]);
  const objective = options.objective ?? 'max-total';
  const first = match(before, { objective });
  if (first._tag === 'Left') return first;
  const second = match(after, { objective });
  if (second._tag === 'Left') {
    // The issues of the second cohort are in the argument `after`.
    const [head, ...tail] = second.left.map((issue) => ({ ...issue, path: ['after', ...issue.path] }));
    if (head !== undefined) return left([head, ...tail]);
  }
  if (second._tag === 'Left') return second;
  return right(settingsComparison(before, after, first.right, second.right, objective));
}

function settingsComparison(
  before: Cohort,
  after: Cohort,
  a: Matching,
  b: Matching,
  objective: Objective,
): SettingsComparison {
  // The matchings come from match on these cohorts: assess's argument checks have nothing to add.
  const reportBefore = assessPrepared(prepareCohort(before, {}), a.pairs);
  const reportAfter = assessPrepared(prepareCohort(after, {}), b.pairs);
  const diff = diffPairs(a.pairs, b.pairs);
  const people = before.mentors.length + before.mentees.length;
  return {
    objective,
    before: reportBefore,
    after: reportAfter,
    figures: COMPARED_FIGURES.map((figure) => ({
      figure,
      before: reportBefore[figure],
      after: reportAfter[figure],
      change: reportAfter[figure] - reportBefore[figure],
    })),
    kept: diff.kept,
    moved: diff.moved,
    new: diff.new,
    lost: diff.lost,
    changedShare: people === 0 ? 0 : diff.changedPeople / people,
  };
}

/** An issue when the two cohorts are not the same people, naming the first id that differs. */
function samePeople(before: Cohort, after: Cohort): MatchError | undefined {
  for (const side of ['mentors', 'mentees'] as const) {
    const a = new Set<string>(before[side].map((p) => p.id));
    const b = new Set<string>(after[side].map((p) => p.id));
    const missing = [...[...a].filter((id) => !b.has(id)), ...[...b].filter((id) => !a.has(id))].sort(
      compareIds,
    )[0];
    if (missing !== undefined) {
      return {
        code: 'invalid-option',
        message: `both settings must be of the same people: ${side === 'mentors' ? 'mentor' : 'mentee'} "${missing}" is in one cohort only`,
        path: ['after', side],
      };
    }
  }
  return undefined;
}
