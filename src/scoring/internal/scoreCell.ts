import {
  GENERATION_SATURATION,
  GOAL_LIFTS,
  SENIORITY_SATURATION,
  WORKDAY_MINUTES,
  overlapMinutes,
} from './constants';
import type { ScoringTables } from './scoringTables';

// Positions of the criteria in `weights` and `out`, in CRITERIA order.
const SKILL_GAIN = 0;
const GOAL_COVERAGE = 1;
const RECIPROCITY = 2;
const GENERATION_GAP = 3;
const SENIORITY_GAP = 4;
const CROSS_DEPARTMENT = 5;
const TIME_ZONE = 6;

/**
 * Whether a rule tested cell by cell blocks mentor `m` and mentee `e` (direction, shared language,
 * same department, skill gain). The rules on the pair itself (excluded, previous, reporting line) are listed
 * in `blockedByMentee` instead.
 *
 * @internal
 */
export function cellBlocked(t: ScoringTables, e: number, m: number): boolean {
  const { mentors, mentees } = t;
  if (t.reverse) {
    const lowerGrade = (mentors.grade[m] as number) <= (mentees.grade[e] as number) - t.minGradeGap;
    const gm = mentors.generation[m] as number;
    const ge = mentees.generation[e] as number;
    if (!lowerGrade && !(gm >= 0 && ge >= 0 && gm > ge)) return true;
  }
  if (t.requireSharedLanguage && !sharesLanguage(t, e, m)) return true;
  if (t.excludeSameDepartment) {
    const d = mentors.department[m] as number;
    if (d >= 0 && d === mentees.department[e]) return true;
  }
  if (t.requireSkillGain && !teachesAnOpenGoal(t, e, m)) return true;
  return false;
}

/** True unless mentee `e` has open goals and mentor `m` is above them in none. @internal */
export function teachesAnOpenGoal(t: ScoringTables, e: number, m: number): boolean {
  const { mentors, mentees, skills } = t;
  const from = mentees.goalStart[e] as number;
  const to = mentees.goalStart[e + 1] as number;
  if (to === from) return true;
  for (let g = from; g < to; g++) {
    if (
      (mentors.level[m * skills + (mentees.goalSkill[g] as number)] as number) >
      (mentees.goalOwnLevel[g] as number)
    )
      return true;
  }
  return false;
}

/** True unless both list languages and share none. @internal */
export function sharesLanguage(t: ScoringTables, e: number, m: number): boolean {
  const w = t.languageWords;
  let anyMentor = 0;
  let anyMentee = 0;
  let shared = 0;
  for (let k = 0; k < w; k++) {
    const a = t.mentors.languages[m * w + k] as number;
    const b = t.mentees.languages[e * w + k] as number;
    anyMentor |= a;
    anyMentee |= b;
    shared |= a & b;
  }
  return anyMentor === 0 || anyMentee === 0 || shared !== 0;
}

/**
 * The score of mentor `m` and mentee `e` in [0, 1]: the weighted mean of the criteria that have
 * data and a weight above 0 (0 when none has). With `out`, each criterion's value is written at
 * its position (NaN when absent). Reads typed arrays only and allocates nothing: this is the inner
 * loop of the score matrix, run once per cell.
 *
 * @internal
 */
export function scoreCell(t: ScoringTables, e: number, m: number, out?: Float64Array): number {
  const { mentors, mentees, weights, skills } = t;
  if (out !== undefined) out.fill(Number.NaN);
  let num = 0;
  let den = 0;
  const take = (criterion: number, value: number): void => {
    const w = weights[criterion] as number;
    if (w <= 0) return;
    num += w * value;
    den += w;
    if (out !== undefined) out[criterion] = value;
  };

  const eFrom = mentees.goalStart[e] as number;
  const eTo = mentees.goalStart[e + 1] as number;
  if (eTo > eFrom) {
    // The product of the goals' factors is exp(−gain / scale): see `goalFactor`.
    let remaining = 1;
    let covered = 0;
    const base = m * skills;
    for (let g = eFrom; g < eTo; g++) {
      const b = mentors.level[base + (mentees.goalSkill[g] as number)] as number;
      const a = mentees.goalOwnLevel[g] as number;
      const target = mentees.goalTarget[g] as number;
      const w = mentees.goalWeight[g] as number;
      if (b > a) remaining *= mentees.goalFactor[g * GOAL_LIFTS + (b < target ? b : target) - a] as number;
      if (b >= target) covered += w;
    }
    take(SKILL_GAIN, 1 - remaining);
    take(GOAL_COVERAGE, covered / (mentees.goalTotal[e] as number));
  }

  const mFrom = mentors.goalStart[m] as number;
  const mTo = mentors.goalStart[m + 1] as number;
  if (mTo > mFrom) {
    let covered = 0;
    const base = e * skills;
    for (let g = mFrom; g < mTo; g++) {
      if (
        (mentees.level[base + (mentors.goalSkill[g] as number)] as number) >=
        (mentors.goalTarget[g] as number)
      ) {
        covered += mentors.goalWeight[g] as number;
      }
    }
    take(RECIPROCITY, covered / (mentors.goalTotal[m] as number));
  }

  const gm = mentors.generation[m] as number;
  const ge = mentees.generation[e] as number;
  if (gm >= 0 && ge >= 0) take(GENERATION_GAP, saturate(gm - ge, GENERATION_SATURATION));
  take(
    SENIORITY_GAP,
    saturate((mentees.grade[e] as number) - (mentors.grade[m] as number), SENIORITY_SATURATION),
  );

  const dm = mentors.department[m] as number;
  const de = mentees.department[e] as number;
  if (dm >= 0 && de >= 0) take(CROSS_DEPARTMENT, dm === de ? 0 : 1);

  const om = mentors.offset[m] as number;
  const oe = mentees.offset[e] as number;
  // NaN marks "no time zone": `x === x` is false only for NaN.
  if (om === om && oe === oe) take(TIME_ZONE, overlapMinutes(om, oe) / WORKDAY_MINUTES);

  if (den <= 0) return 0;
  const score = num / den;
  // Each value is in [0, 1], so the mean is too; the clamp only absorbs rounding.
  return score > 1 ? 1 : score < 0 ? 0 : score;
}

function saturate(gap: number, at: number): number {
  return gap <= 0 ? 0 : gap >= at ? 1 : gap / at;
}
