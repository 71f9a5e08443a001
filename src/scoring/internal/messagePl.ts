import { absurd } from 'fp-ts/lib/function.js';
import type { Priority } from '../../domain/index';
import { type PolishForms, pluralPl } from '../pluralPl';
import type { Audience } from '../Audience';
import type { Reason } from '../Reason';
import type { Namer } from './namer';
import { choicePl } from './ordinal';

const LEVEL: PolishForms = { one: 'poziom', few: 'poziomy', many: 'poziomów', fraction: 'poziomu' };
const GRADE: PolishForms = { one: 'szczebel', few: 'szczeble', many: 'szczebli', fraction: 'szczebla' };
const GENERATION: PolishForms = {
  one: 'pokolenie',
  few: 'pokolenia',
  many: 'pokoleń',
  fraction: 'pokolenia',
};
const HOUR: PolishForms = { one: 'godzina', few: 'godziny', many: 'godzin', fraction: 'godziny' };
const MINUTE: PolishForms = { one: 'minuta', few: 'minuty', many: 'minut', fraction: 'minuty' };
const PRIORITY: Readonly<Record<Priority, string>> = { high: 'wysokim', medium: 'średnim', low: 'niskim' };

/**
 * One reason as a Polish phrase. The sentences avoid declining people's names (a name stands in
 * the nominative, after a colon or in brackets), and every counted noun agrees with its number
 * through {@link pluralPl}. For a participant, a veto is "para niedostępna": who vetoed whom is
 * the programme's to know.
 *
 * @internal
 */
export function messagePl(reason: Reason, name: Namer, audience: Audience = 'programme'): string {
  const mentor = name.mentor(reason.mentorId);
  const mentee = name.mentee(reason.menteeId);
  const count = (n: number, forms: PolishForms): string => `${name.number(n)} ${pluralPl(n, forms)}`;
  // Minutes as a reader counts them: 45 minut, 1 godzina, 1,5 godziny, 2 godziny 10 minut.
  const minutes = (n: number): string => {
    if (n < 60) return count(n, MINUTE);
    if (n % 30 === 0) return count(n / 60, HOUR);
    return `${count(Math.floor(n / 60), HOUR)} ${count(n % 60, MINUTE)}`;
  };
  switch (reason.kind) {
    case 'teaches': {
      const above = reason.mentorLevel - reason.menteeLevel;
      return `${mentor} może uczyć: ${name.skill(reason.skill)} (${reason.mentorLevel} wobec ${reason.menteeLevel}, o ${count(above, LEVEL)} wyżej) — cel o ${PRIORITY[reason.priority]} priorytecie (${mentee})`;
    }
    case 'learns-back':
      return `w zamian ${mentee} może uczyć: ${name.skill(reason.skill)} (${reason.menteeLevel} wobec ${reason.mentorLevel}) — cel o ${PRIORITY[reason.priority]} priorytecie (${mentor})`;
    case 'bridges-generations':
      return `${mentor} (${name.generation(reason.mentorGeneration)}) i ${mentee} (${name.generation(reason.menteeGeneration)}): ${count(reason.generations, GENERATION)} różnicy`;
    case 'bridges-grades':
      return `${mentor} jest o ${count(reason.grades, GRADE)} niżej w hierarchii niż ${mentee} (${name.number(reason.mentorGrade)} wobec ${name.number(reason.menteeGrade)})`;
    case 'cross-department':
      return `różne działy (${reason.mentorDepartment} i ${reason.menteeDepartment})`;
    case 'shared-language':
      return `${reason.languages.length === 1 ? 'wspólny język' : 'wspólne języki'}: ${reason.languages.join(', ')}`;
    case 'time-zone':
      if (reason.mentorTimeZone === reason.menteeTimeZone)
        return `ta sama strefa czasowa (${reason.mentorTimeZone})`;
      return reason.overlapHours > 0
        ? `${count(reason.overlapHours, HOUR)} wspólnego czasu pracy (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`
        : `brak wspólnych godzin pracy (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`;
    case 'shared-availability':
      return reason.overlapMinutes > 0
        ? `wspólna dostępność: ${minutes(reason.overlapMinutes)} tygodniowo${reason.mentorWindow === undefined ? '' : `, pierwszy wspólny termin: ${reason.mentorWindow} (${mentor})${reason.menteeWindow === reason.mentorWindow ? '' : `, ${reason.menteeWindow ?? ''} (${mentee})`}`}`
        : 'brak wspólnej dostępności w tygodniu';
    case 'preferred':
      return reason.by === 'mentee'
        ? `${mentor} — ${choicePl(reason.rank)} (${mentee})`
        : `${mentee} — ${choicePl(reason.rank)} (${mentor})`;
    case 'excluded':
      return `para ${mentor} – ${mentee} jest wykluczona`;
    case 'veto':
      if (audience === 'participant') return `para ${mentor} – ${mentee} jest niedostępna`;
      return reason.by === 'both'
        ? `weto obu stron: ${mentor} i ${mentee}`
        : reason.by === 'mentor'
          ? `weto mentora: ${mentor} nie chce pary z: ${mentee}`
          : `weto podopiecznego: ${mentee} nie chce pary z: ${mentor}`;
    case 'previous':
      return `para ${mentor} – ${mentee} działała już w poprzedniej edycji`;
    case 'reporting-line': {
      const [upper, lower] = reason.above === 'mentor' ? [mentor, mentee] : [mentee, mentor];
      return `${lower} i ${upper} są w jednej linii podległości: ${upper} jest ${count(reason.levels, LEVEL)} wyżej (limit programu: ${reason.maxLevels})`;
    }
    case 'direction': {
      const generations = reason.mentorGeneration === undefined ? '' : ' ani nie jest z młodszego pokolenia';
      return `to nie jest mentoring odwrócony: ${mentor} (szczebel ${name.number(reason.mentorGrade)}) nie jest o co najmniej ${count(reason.minGradeGap, GRADE)} niżej niż ${mentee} (szczebel ${name.number(reason.menteeGrade)})${generations}`;
    }
    case 'language':
      return `brak wspólnego języka (${reason.mentorLanguages.join(', ')} / ${reason.menteeLanguages.join(', ')})`;
    case 'same-department':
      return `ten sam dział (${reason.department}), a program łączy tylko osoby z różnych działów`;
    case 'no-skill-gain':
      return `${mentor} nie wie więcej niż ${mentee} w żadnym z otwartych celów (${reason.goals.map((s) => name.skill(s)).join(', ')})`;
    case 'availability':
      return `za mało wspólnego czasu: ${mentor} i ${mentee} mają ${reason.overlapMinutes > 0 ? minutes(reason.overlapMinutes) : '0 minut'} wspólnej dostępności tygodniowo, a program wymaga co najmniej ${minutes(reason.minOverlapMinutes)}`;
    default:
      return absurd(reason);
  }
}
