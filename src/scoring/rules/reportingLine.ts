import type { PersonId } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';
import { LEVEL, countPl } from '../internal/wordsPl';

interface Link {
  readonly mentor: number;
  readonly above: 'mentor' | 'mentee';
  readonly levels: number;
}

/**
 * Not in the reporting line: with `excludeReportingLine: n > 0`, the mentor may not be among the
 * mentee's managers up to n levels, nor the mentee among the mentor's. Reads the managers (never
 * shown in a reason other than this one, which names no one in between). The line is walked up n
 * levels from every participant once, O(people × n), and the few pairs it finds are listed per
 * mentee: a mentor above the mentee is found first, as the reason reports it.
 *
 * @internal
 */
export const reportingLine: RuleDefinition<'reporting-line'> = {
  label: { en: 'reporting line', pl: 'linia podległości' },
  prepare: ({ cohort, mentorIndex, menteeIndex, mentees }) => {
    const maxLevels = cohort.programme.rules.excludeReportingLine;
    if (maxLevels <= 0) return undefined;
    const links: Link[][] = Array.from({ length: mentees.count }, () => []);
    const asMentor = mentorIndex as ReadonlyMap<string, number>;
    const asMentee = menteeIndex as ReadonlyMap<string, number>;
    const walk = (from: string, visit: (person: PersonId, levels: number) => void): void => {
      let person = cohort.managers.get(from as PersonId);
      for (let levels = 1; levels <= maxLevels && person !== undefined; levels++) {
        visit(person, levels);
        person = cohort.managers.get(person);
      }
    };
    cohort.mentees.forEach((mentee, e) =>
      walk(mentee.id, (person, levels) => {
        const m = asMentor.get(person);
        if (m !== undefined) links[e]?.push({ mentor: m, above: 'mentor', levels });
      }),
    );
    cohort.mentors.forEach((mentor, m) =>
      walk(mentor.id, (person, levels) => {
        const e = asMentee.get(person);
        if (e !== undefined) links[e]?.push({ mentor: m, above: 'mentee', levels });
      }),
    );
    return {
      mark: (e, from, to, blocked) => {
        for (const { mentor: m } of links[e] ?? []) if (m >= from && m < to) blocked[m] = 1;
      },
      reason: (e, m, { mentor, mentee }) => {
        // `mark` blocked the pair, so a link exists; the fallback only satisfies the type checker.
        const link = links[e]?.find((l) => l.mentor === m) ?? { above: 'mentor', levels: 1 };
        return {
          kind: 'reporting-line',
          mentorId: mentor.id,
          menteeId: mentee.id,
          above: link.above,
          levels: link.levels,
          maxLevels,
        };
      },
    };
  },
};

/** The `reporting-line` reason in English and Polish. @internal */
export const reportingLineMessages: ReasonMessages<'reporting-line'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    const [upper, lower] = reason.above === 'mentor' ? [mentor, mentee] : [mentee, mentor];
    return `${upper} is ${reason.levels} ${plural(reason.levels, 'level', 'levels')} above ${lower} in the reporting line (the programme excludes up to ${reason.maxLevels})`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    const [upper, lower] = reason.above === 'mentor' ? [mentor, mentee] : [mentee, mentor];
    return `${lower} i ${upper} są w jednej linii podległości: ${upper} jest ${countPl(name, reason.levels, LEVEL)} wyżej (limit programu: ${reason.maxLevels})`;
  },
};
