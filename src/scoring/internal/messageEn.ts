import { absurd } from 'fp-ts/lib/function.js';
import type { Audience } from '../Audience';
import type { Reason } from '../Reason';
import type { Namer } from './namer';
import { choiceEn } from './ordinal';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * One reason as an English phrase (lower case unless it starts with a name). For a participant,
 * a veto is "not available for this pairing": who vetoed whom is the programme's to know.
 *
 * @internal
 */
export function messageEn(reason: Reason, name: Namer, audience: Audience = 'programme'): string {
  const mentor = name.mentor(reason.mentorId);
  const mentee = name.mentee(reason.menteeId);
  switch (reason.kind) {
    case 'teaches':
      return `${mentor} can teach ${name.skill(reason.skill)} (${reason.mentorLevel} vs ${reason.menteeLevel}), a ${reason.priority}-priority goal of ${mentee}`;
    case 'learns-back':
      return `in return, ${mentee} can teach ${name.skill(reason.skill)} (${reason.menteeLevel} vs ${reason.mentorLevel}), a ${reason.priority}-priority goal of ${mentor}`;
    case 'bridges-generations':
      return `${mentor} (${name.generation(reason.mentorGeneration)}) and ${mentee} (${name.generation(reason.menteeGeneration)}) are ${reason.generations} ${plural(reason.generations, 'generation', 'generations')} apart`;
    case 'bridges-grades':
      return `${mentor} is ${name.number(reason.grades)} ${plural(reason.grades, 'grade', 'grades')} below ${mentee} (${name.number(reason.mentorGrade)} vs ${name.number(reason.menteeGrade)})`;
    case 'cross-department':
      return `different departments (${reason.mentorDepartment} and ${reason.menteeDepartment})`;
    case 'shared-language':
      return `${plural(reason.languages.length, 'a shared language', 'shared languages')}: ${reason.languages.join(', ')}`;
    case 'time-zone':
      if (reason.mentorTimeZone === reason.menteeTimeZone)
        return `the same time zone (${reason.mentorTimeZone})`;
      return reason.overlapHours > 0
        ? `${name.number(reason.overlapHours)} ${plural(reason.overlapHours, 'hour', 'hours')} of shared working time (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`
        : `no shared working hours (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`;
    case 'shared-availability':
      return reason.overlapMinutes > 0
        ? `${minutesEn(reason.overlapMinutes, name)} a week of shared availability${reason.mentorWindow === undefined ? '' : `, first ${reason.mentorWindow} for ${mentor}${reason.menteeWindow === reason.mentorWindow ? '' : ` (${reason.menteeWindow ?? ''} for ${mentee})`}`}`
        : `no shared availability in the week`;
    case 'preferred':
      return reason.by === 'mentee'
        ? `${mentor} is ${mentee}'s ${choiceEn(reason.rank)}`
        : `${mentee} is ${mentor}'s ${choiceEn(reason.rank)}`;
    case 'excluded':
      return `${mentor} and ${mentee} are an excluded pair`;
    case 'veto':
      if (audience === 'participant') return `${mentor} and ${mentee} are not available for this pairing`;
      return reason.by === 'both'
        ? `${mentor} and ${mentee} each vetoed the other`
        : reason.by === 'mentor'
          ? `${mentor} (the mentor) vetoed ${mentee}`
          : `${mentee} (the mentee) vetoed ${mentor}`;
    case 'previous':
      return `${mentor} and ${mentee} were paired before`;
    case 'reporting-line': {
      const [upper, lower] = reason.above === 'mentor' ? [mentor, mentee] : [mentee, mentor];
      return `${upper} is ${reason.levels} ${plural(reason.levels, 'level', 'levels')} above ${lower} in the reporting line (the programme excludes up to ${reason.maxLevels})`;
    }
    case 'direction': {
      const generations = reason.mentorGeneration === undefined ? '' : ', nor of a younger generation';
      return `not reverse mentoring: ${mentor} (grade ${name.number(reason.mentorGrade)}) is not at least ${name.number(reason.minGradeGap)} ${plural(reason.minGradeGap, 'grade', 'grades')} below ${mentee} (grade ${name.number(reason.menteeGrade)})${generations}`;
    }
    case 'language':
      return `no shared language (${reason.mentorLanguages.join(', ')} / ${reason.menteeLanguages.join(', ')})`;
    case 'same-department':
      return `the same department (${reason.department}), and the programme pairs across departments only`;
    case 'no-skill-gain':
      return `${mentor} knows no more than ${mentee} in any of ${mentee}'s open goals (${reason.goals.map((s) => name.skill(s)).join(', ')})`;
    case 'availability':
      return `${mentor} and ${mentee} share ${reason.overlapMinutes > 0 ? minutesEn(reason.overlapMinutes, name) : 'no time'} a week of their availability, and the programme needs at least ${minutesEn(reason.minOverlapMinutes, name)}`;
    default:
      return absurd(reason);
  }
}

/** Minutes as a reader counts them: `45 minutes`, `1 hour`, `1.5 hours`, `2 hours 10 minutes`. */
function minutesEn(minutes: number, name: Namer): string {
  if (minutes < 60) return `${name.number(minutes)} ${plural(minutes, 'minute', 'minutes')}`;
  if (minutes % 30 === 0) return `${name.number(minutes / 60)} ${plural(minutes / 60, 'hour', 'hours')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${name.number(hours)} ${plural(hours, 'hour', 'hours')} ${name.number(rest)} ${plural(rest, 'minute', 'minutes')}`;
}
