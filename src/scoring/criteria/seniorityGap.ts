import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { distinctValues } from '../internal/distinctValues';
import { saturate } from '../internal/constants';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';
import { GRADE, countPl } from '../internal/wordsPl';

/** A grade gap counts linearly up to this many grades, then saturates at 1. @internal */
export const SENIORITY_SATURATION = 5;

/**
 * Seniority gap: how many grades below the mentee the mentor is, saturating at
 * {@link SENIORITY_SATURATION}. Reads both grades (always present). Speaks with `bridges-grades`
 * when the mentor is below the mentee.
 *
 * @internal
 */
export const seniorityGap: CriterionDefinition = {
  prepare: ({ mentors, mentees }) => {
    // The mentors' distinct grades, and each mentor's by number, so that a row saturates each
    // distinct gap once, without the branches of the saturation per pair.
    const { distinct, numberOf: gradeNumber } = distinctValues(mentors.grade);
    const value = new Float64Array(distinct.length);
    return (e, from, to, weight, num, den) => {
      const eGrade = mentees.grade[e] as number;
      if (to - from < distinct.length) {
        // Fewer pairs than distinct grades (a pair scored alone): each gap saturated directly.
        for (let m = from; m < to; m++) {
          const gap = saturate(eGrade - (mentors.grade[m] as number), SENIORITY_SATURATION);
          num[m] = (num[m] as number) + weight * gap;
          den[m] = (den[m] as number) + weight;
        }
        return;
      }
      for (let k = 0; k < distinct.length; k++)
        value[k] = saturate(eGrade - (distinct[k] as number), SENIORITY_SATURATION);
      for (let m = from; m < to; m++) {
        num[m] = (num[m] as number) + weight * (value[gradeNumber[m] as number] as number);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) =>
    cohort.programme.weights.seniorityGap > 0 && mentee.grade > mentor.grade
      ? [
          {
            kind: 'bridges-grades',
            mentorId: mentor.id,
            menteeId: mentee.id,
            mentorGrade: mentor.grade,
            menteeGrade: mentee.grade,
            grades: mentee.grade - mentor.grade,
          },
        ]
      : [],
};

/** The `bridges-grades` reason in English and Polish. @internal */
export const bridgesGradesMessages: ReasonMessages<'bridges-grades'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} is ${name.number(reason.grades)} ${plural(reason.grades, 'grade', 'grades')} below ${mentee} (${name.number(reason.mentorGrade)} vs ${name.number(reason.menteeGrade)})`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} jest o ${countPl(name, reason.grades, GRADE)} niżej w hierarchii niż ${mentee} (${name.number(reason.mentorGrade)} wobec ${name.number(reason.menteeGrade)})`;
  },
};
