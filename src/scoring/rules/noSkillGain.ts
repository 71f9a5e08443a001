import { openGoals } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';

/**
 * Something to teach: with `requireSkillGain`, a mentee with open goals gets only a mentor who
 * is above them in at least one of those goals. Reads the mentor's levels and the mentee's open
 * goals; the reason lists those goals' skills in their canonical order (by skill id).
 *
 * @internal
 */
export const noSkillGain: RuleDefinition<'no-skill-gain'> = {
  label: { en: 'nothing to teach', pl: 'nic do nauczenia' },
  prepare: ({ cohort, mentors, mentees }) => {
    if (!cohort.programme.rules.requireSkillGain) return undefined;
    const count = mentors.count;
    const level = mentors.levelBySkill;
    const { goalStart, goalSkill, goalOwnLevel } = mentees;
    const teaches = new Uint8Array(count);
    return {
      mark: (e, from, to, blocked) => {
        const gFrom = goalStart[e] as number;
        const gTo = goalStart[e + 1] as number;
        if (gTo === gFrom) return;
        teaches.fill(0, from, to);
        for (let g = gFrom; g < gTo; g++) {
          const column = (goalSkill[g] as number) * count;
          const own = goalOwnLevel[g] as number;
          for (let m = from; m < to; m++) if ((level[column + m] as number) > own) teaches[m] = 1;
        }
        for (let m = from; m < to; m++) if (teaches[m] === 0) blocked[m] = 1;
      },
      reason: (_e, _m, { mentor, mentee }) => ({
        kind: 'no-skill-gain',
        mentorId: mentor.id,
        menteeId: mentee.id,
        goals: openGoals(mentee).map((goal) => goal.skill),
      }),
    };
  },
};
