import type { RuleDefinition } from '../internal/RuleDefinition';

/**
 * Reverse direction: with `direction: 'reverse'`, the mentor is at least `minGradeGap` grades
 * below the mentee, or of a younger generation (when both generations are known). Reads both
 * grades and generations.
 *
 * @internal
 */
export const direction: RuleDefinition<'direction'> = {
  label: { en: 'not a reverse pair', pl: 'to nie mentoring odwrócony' },
  prepare: ({ cohort, mentors, mentees }) => {
    const { rules } = cohort.programme;
    if (rules.direction !== 'reverse') return undefined;
    const { grade, generation } = mentors;
    const minGradeGap = rules.minGradeGap;
    return {
      mark: (e, from, to, blocked) => {
        const gradeLimit = (mentees.grade[e] as number) - minGradeGap;
        const ge = mentees.generation[e] as number;
        for (let m = from; m < to; m++) {
          const gm = generation[m] as number;
          if (!((grade[m] as number) <= gradeLimit) && !(gm >= 0 && ge >= 0 && gm > ge)) blocked[m] = 1;
        }
      },
      reason: (_e, _m, { mentor, mentee }) => ({
        kind: 'direction',
        mentorId: mentor.id,
        menteeId: mentee.id,
        mentorGrade: mentor.grade,
        menteeGrade: mentee.grade,
        minGradeGap,
        ...(mentor.generation !== undefined && mentee.generation !== undefined
          ? { mentorGeneration: mentor.generation, menteeGeneration: mentee.generation }
          : {}),
      }),
    };
  },
};
