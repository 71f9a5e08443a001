import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * Across departments only: with `excludeSameDepartment`, two people of the same department are
 * never paired (applies when both departments are known). Reads both departments.
 *
 * @internal
 */
export const sameDepartment: RuleDefinition<'same-department'> = {
  label: { en: 'same department', pl: 'ten sam dział' },
  prepare: ({ cohort, mentors, mentees }) => {
    if (!cohort.programme.rules.excludeSameDepartment) return undefined;
    const department = mentors.department;
    return {
      mark: (e, from, to, blocked) => {
        const de = mentees.department[e] as number;
        if (de < 0) return;
        for (let m = from; m < to; m++) if (department[m] === de) blocked[m] = 1;
      },
      // The rule blocked the pair, so both departments are known and equal.
      reason: (_e, _m, { mentor, mentee }) => ({
        kind: 'same-department',
        mentorId: mentor.id,
        menteeId: mentee.id,
        department: mentor.department ?? '',
      }),
    };
  },
};

/** The `same-department` reason in English and Polish. @internal */
export const sameDepartmentMessages: ReasonMessages<'same-department'> = {
  en: (reason, _name, _audience) => {
    return `the same department (${reason.department}), and the programme pairs across departments only`;
  },
  pl: (reason, _name, _audience) => {
    return `ten sam dział (${reason.department}), a program łączy tylko osoby z różnych działów`;
  },
};
