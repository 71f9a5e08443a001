import type { CriterionDefinition } from '../internal/CriterionDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * Cross-department: 1 when the two work in different departments, 0 in the same one. Reads both
 * departments; absent when either is unknown. Speaks with `cross-department` when they differ.
 *
 * @internal
 */
export const crossDepartment: CriterionDefinition = {
  prepare: ({ mentors, mentees }) => {
    const department = mentors.department;
    return (e, from, to, weight, num, den) => {
      const de = mentees.department[e] as number;
      if (de < 0) return;
      for (let m = from; m < to; m++) {
        const dm = department[m] as number;
        if (dm < 0) continue;
        num[m] = (num[m] as number) + weight * (dm === de ? 0 : 1);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) =>
    cohort.programme.weights.crossDepartment > 0 &&
    mentor.department !== undefined &&
    mentee.department !== undefined &&
    mentor.department !== mentee.department
      ? [
          {
            kind: 'cross-department',
            mentorId: mentor.id,
            menteeId: mentee.id,
            mentorDepartment: mentor.department,
            menteeDepartment: mentee.department,
          },
        ]
      : [],
};

/** The `cross-department` reason in English and Polish. @internal */
export const crossDepartmentMessages: ReasonMessages<'cross-department'> = {
  en: (reason, _name, _audience) => {
    return `different departments (${reason.mentorDepartment} and ${reason.menteeDepartment})`;
  },
  pl: (reason, _name, _audience) => {
    return `różne działy (${reason.mentorDepartment} i ${reason.menteeDepartment})`;
  },
};
