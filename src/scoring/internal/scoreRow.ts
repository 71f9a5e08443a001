import {
  GENERATION_SATURATION,
  GOAL_LIFTS,
  SENIORITY_SATURATION,
  WORKDAY_MINUTES,
  overlapMinutes,
} from './constants';
import type { ScoringTables } from './scoringTables';

/**
 * Scores mentee `e` against every mentor into `into[offset + m]` (`-Infinity` where a rule blocks
 * the pair): the hot loop of the score matrix. It performs, cell by cell, exactly the arithmetic
 * of `scoreCell` in the same order — so the numbers are equal to the last bit, which a property
 * test checks — but with every table and weight hoisted out of the loop and no closure, no
 * optional output and no call per cell.
 *
 * @internal
 */
export function scoreRow(t: ScoringTables, e: number, into: Float64Array, offset: number): void {
  const { mentors, mentees, weights, skills } = t;
  const wSkill = weights[0] as number;
  const wCover = weights[1] as number;
  const wRecip = weights[2] as number;
  const wGen = weights[3] as number;
  const wSen = weights[4] as number;
  const wDept = weights[5] as number;
  const wTz = weights[6] as number;
  const mLevel = mentors.level;
  const eLevel = mentees.level;
  const mGoalStart = mentors.goalStart;
  const mGoalSkill = mentors.goalSkill;
  const mGoalTarget = mentors.goalTarget;
  const mGoalWeight = mentors.goalWeight;
  const mGoalTotal = mentors.goalTotal;
  const mGrade = mentors.grade;
  const mGen = mentors.generation;
  const mDept = mentors.department;
  const mOffset = mentors.offset;
  const mLang = mentors.languages;
  const eLang = mentees.languages;
  const words = t.languageWords;

  const eFrom = mentees.goalStart[e] as number;
  const eTo = mentees.goalStart[e + 1] as number;
  const eTotal = mentees.goalTotal[e] as number;
  const eGrade = mentees.grade[e] as number;
  const ge = mentees.generation[e] as number;
  const de = mentees.department[e] as number;
  const oe = mentees.offset[e] as number;
  const eBase = e * skills;
  const gradeLimit = eGrade - t.minGradeGap;
  let eHasLanguage = false;
  for (let k = 0; k < words; k++) if ((eLang[e * words + k] as number) !== 0) eHasLanguage = true;
  const count = mentors.count;
  const reverse = t.reverse;
  const requireLanguage = t.requireSharedLanguage && eHasLanguage;
  const excludeSame = t.excludeSameDepartment;
  const requireGain = t.requireSkillGain;
  const eGoalSkill = mentees.goalSkill;
  const eGoalOwn = mentees.goalOwnLevel;
  const eGoalTarget = mentees.goalTarget;
  const eGoalWeight = mentees.goalWeight;
  const eGoalFactor = mentees.goalFactor;
  const hasGoals = eTo > eFrom;
  const hasGen = ge >= 0;
  const hasTz = oe === oe;

  for (let m = 0; m < count; m++) {
    const gm = mGen[m] as number;
    const mg = mGrade[m] as number;
    if (reverse && !(mg <= gradeLimit) && !(gm >= 0 && hasGen && gm > ge)) {
      into[offset + m] = Number.NEGATIVE_INFINITY;
      continue;
    }
    if (requireLanguage) {
      let any = 0;
      let shared = 0;
      for (let k = 0; k < words; k++) {
        const a = mLang[m * words + k] as number;
        any |= a;
        shared |= a & (eLang[e * words + k] as number);
      }
      if (any !== 0 && shared === 0) {
        into[offset + m] = Number.NEGATIVE_INFINITY;
        continue;
      }
    }
    const dm = mDept[m] as number;
    if (excludeSame && dm >= 0 && dm === de) {
      into[offset + m] = Number.NEGATIVE_INFINITY;
      continue;
    }

    let num = 0;
    let den = 0;
    if (hasGoals) {
      // The product of the goals' factors is exp(−gain / scale): see `goalFactor`.
      let remaining = 1;
      let covered = 0;
      let teaches = false;
      const base = m * skills;
      for (let g = eFrom; g < eTo; g++) {
        const b = mLevel[base + (eGoalSkill[g] as number)] as number;
        const a = eGoalOwn[g] as number;
        const target = eGoalTarget[g] as number;
        const w = eGoalWeight[g] as number;
        if (b > a) {
          remaining *= eGoalFactor[g * GOAL_LIFTS + (b < target ? b : target) - a] as number;
          teaches = true;
        }
        if (b >= target) covered += w;
      }
      if (requireGain && !teaches) {
        into[offset + m] = Number.NEGATIVE_INFINITY;
        continue;
      }
      if (wSkill > 0) {
        num += wSkill * (1 - remaining);
        den += wSkill;
      }
      if (wCover > 0) {
        num += wCover * (covered / eTotal);
        den += wCover;
      }
    }
    const mFrom = mGoalStart[m] as number;
    const mTo = mGoalStart[m + 1] as number;
    if (mTo > mFrom && wRecip > 0) {
      let covered = 0;
      for (let g = mFrom; g < mTo; g++) {
        if ((eLevel[eBase + (mGoalSkill[g] as number)] as number) >= (mGoalTarget[g] as number))
          covered += mGoalWeight[g] as number;
      }
      num += wRecip * (covered / (mGoalTotal[m] as number));
      den += wRecip;
    }
    if (wGen > 0 && gm >= 0 && hasGen) {
      const gap = gm - ge;
      num += wGen * (gap <= 0 ? 0 : gap >= GENERATION_SATURATION ? 1 : gap / GENERATION_SATURATION);
      den += wGen;
    }
    if (wSen > 0) {
      const gap = eGrade - mg;
      num += wSen * (gap <= 0 ? 0 : gap >= SENIORITY_SATURATION ? 1 : gap / SENIORITY_SATURATION);
      den += wSen;
    }
    if (wDept > 0 && dm >= 0 && de >= 0) {
      num += wDept * (dm === de ? 0 : 1);
      den += wDept;
    }
    const om = mOffset[m] as number;
    // NaN marks "no time zone": `x === x` is false only for NaN.
    if (wTz > 0 && om === om && hasTz) {
      num += wTz * (overlapMinutes(om, oe) / WORKDAY_MINUTES);
      den += wTz;
    }
    const score = den <= 0 ? 0 : num / den;
    into[offset + m] = score > 1 ? 1 : score < 0 ? 0 : score;
  }
  for (const m of t.blockedByMentee[e] ?? []) into[offset + m] = Number.NEGATIVE_INFINITY;
}
