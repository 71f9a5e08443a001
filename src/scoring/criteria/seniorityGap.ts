import type { CriterionDefinition } from '../internal/CriterionDefinition';
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
    const grade = mentors.grade;
    return (e, from, to, weight, num, den) => {
      const eGrade = mentees.grade[e] as number;
      for (let m = from; m < to; m++) {
        num[m] = (num[m] as number) + weight * saturate(eGrade - (grade[m] as number), SENIORITY_SATURATION);
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
