import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';
import { GRADE, countPl } from '../internal/wordsPl';

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

/** The `direction` reason in English and Polish. @internal */
export const directionMessages: ReasonMessages<'direction'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    const generations = reason.mentorGeneration === undefined ? '' : ', nor of a younger generation';
    return `not reverse mentoring: ${mentor} (grade ${name.number(reason.mentorGrade)}) is not at least ${name.number(reason.minGradeGap)} ${plural(reason.minGradeGap, 'grade', 'grades')} below ${mentee} (grade ${name.number(reason.menteeGrade)})${generations}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    const generations = reason.mentorGeneration === undefined ? '' : ' ani nie jest z młodszego pokolenia';
    return `to nie jest mentoring odwrócony: ${mentor} (szczebel ${name.number(reason.mentorGrade)}) nie jest o co najmniej ${countPl(name, reason.minGradeGap, GRADE)} niżej niż ${mentee} (szczebel ${name.number(reason.menteeGrade)})${generations}`;
  },
};
