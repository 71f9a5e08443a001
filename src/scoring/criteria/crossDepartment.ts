import type { CriterionDefinition } from '../internal/CriterionDefinition';

/**
 * Cross-department: 1 when the two work in different departments, 0 in the same one. Reads both
 * departments; absent when either is unknown. Speaks with `cross-department` when they differ.
 *
 * @internal
 */
export const crossDepartment: CriterionDefinition = {
  prepare: ({ mentors, mentees }) => {
    const department = mentors.department;
    return (e, from, to, out) => {
      const de = mentees.department[e] as number;
      for (let m = from; m < to; m++) {
        const dm = department[m] as number;
        out[m] = dm >= 0 && de >= 0 ? (dm === de ? 0 : 1) : Number.NaN;
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
