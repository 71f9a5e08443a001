import { openGoals } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';
import { LEVELS } from '../internal/constants';
import { foldGoals } from '../internal/foldGoals';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * Something to teach: with `requireSkillGain`, a mentee with open goals gets only a mentor who
 * is above them in at least one of those goals. Reads the mentor's levels and the mentee's open
 * goals; the reason lists those goals' skills in their canonical order (by skill id).
 *
 * @internal
 */
export const noSkillGain: RuleDefinition<'no-skill-gain'> = {
  label: { en: 'nothing to teach', pl: 'nic do nauczenia' },
  prepare: (tables) => {
    if (!tables.cohort.programme.rules.requireSkillGain) return undefined;
    const { mentees } = tables;
    const goals = mentees.goalSkill.length;
    // `idle[g * LEVELS + b]` is 1 when a mentor at level b is not above the mentee in goal g, else
    // 0: the product over the open goals is 1 exactly when the mentor teaches none of them.
    const idle = new Float64Array(goals * LEVELS);
    for (let g = 0; g < goals; g++)
      idle.fill(1, g * LEVELS, g * LEVELS + (mentees.goalOwnLevel[g] as number) + 1);
    const product = new Float64Array(tables.mentors.count);
    return {
      mark: (e, from, to, blocked) => {
        if (!foldGoals(tables, idle, false, e, from, to, product)) return;
        for (let m = from; m < to; m++) if (product[m] === 1) blocked[m] = 1;
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

/** The `no-skill-gain` reason in English and Polish. @internal */
export const noSkillGainMessages: ReasonMessages<'no-skill-gain'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} knows no more than ${mentee} in any of ${mentee}'s open goals (${reason.goals.map((s) => name.skill(s)).join(', ')})`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} nie wie więcej niż ${mentee} w żadnym z otwartych celów (${reason.goals.map((s) => name.skill(s)).join(', ')})`;
  },
};
