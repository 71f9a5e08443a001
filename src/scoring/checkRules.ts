import type { Cohort, Mentee, Mentor } from '../domain/index';
import { generationRank } from '../domain/index';
import { primaryLanguage } from './internal/constants';
import { reportingLine } from './internal/reportingLine';
import type { BlockingReason } from './Reason';

/**
 * Every hard rule of the programme that blocks a pair, in {@link RULES} order, each as data with
 * its parameters; an empty array when the pair may be made. The one place where the hard rules
 * are written out: the score matrix's fast path is tested against it.
 *
 * @param cohort - a validated cohort
 * @param mentor - a mentor of the cohort
 * @param mentee - a mentee of the cohort
 * @returns the blocking reasons, empty for a feasible pair
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const ola = cohort.mentors.find((m) => m.id === 'm-nowak');
 * const ewa = cohort.mentees.find((m) => m.id === 'e-lewandowska');
 * // Ewa is Ola's manager:
 * ola && ewa && checkRules(cohort, ola, ewa)[0]?.kind; // 'reporting-line'
 * @category Scoring
 */
export function checkRules(cohort: Cohort, mentor: Mentor, mentee: Mentee): ReadonlyArray<BlockingReason> {
  const { rules } = cohort.programme;
  const ids = { mentorId: mentor.id, menteeId: mentee.id };
  const reasons: BlockingReason[] = [];
  const same = ([a, b]: readonly [string, string]): boolean => a === mentor.id && b === mentee.id;
  if (rules.excludedPairs.some(same)) reasons.push({ kind: 'excluded', ...ids });
  if (rules.previousPairs.some(same)) reasons.push({ kind: 'previous', ...ids });

  if (rules.excludeReportingLine > 0) {
    const line = reportingLine(cohort, mentor.id, mentee.id, rules.excludeReportingLine);
    if (line !== undefined)
      reasons.push({ kind: 'reporting-line', ...ids, ...line, maxLevels: rules.excludeReportingLine });
  }

  if (rules.direction === 'reverse') {
    const lowerGrade = mentor.grade <= mentee.grade - rules.minGradeGap;
    const known = mentor.generation !== undefined && mentee.generation !== undefined;
    const younger =
      mentor.generation !== undefined &&
      mentee.generation !== undefined &&
      generationRank(mentor.generation) > generationRank(mentee.generation);
    if (!lowerGrade && !younger) {
      reasons.push({
        kind: 'direction',
        ...ids,
        mentorGrade: mentor.grade,
        menteeGrade: mentee.grade,
        minGradeGap: rules.minGradeGap,
        ...(known && mentor.generation !== undefined && mentee.generation !== undefined
          ? { mentorGeneration: mentor.generation, menteeGeneration: mentee.generation }
          : {}),
      });
    }
  }

  if (rules.requireSharedLanguage && mentor.languages.length > 0 && mentee.languages.length > 0) {
    const theirs = new Set(mentee.languages.map(primaryLanguage));
    if (!mentor.languages.some((tag) => theirs.has(primaryLanguage(tag)))) {
      reasons.push({
        kind: 'language',
        ...ids,
        mentorLanguages: [...mentor.languages],
        menteeLanguages: [...mentee.languages],
      });
    }
  }

  if (
    rules.excludeSameDepartment &&
    mentor.department !== undefined &&
    mentor.department === mentee.department
  ) {
    reasons.push({ kind: 'same-department', ...ids, department: mentor.department });
  }

  if (rules.requireSkillGain) {
    const open = mentee.goals.filter((goal) => (mentee.skills.get(goal.skill) ?? 0) < goal.target);
    const teaches = open.some(
      (goal) => (mentor.skills.get(goal.skill) ?? 0) > (mentee.skills.get(goal.skill) ?? 0),
    );
    if (open.length > 0 && !teaches)
      reasons.push({ kind: 'no-skill-gain', ...ids, goals: open.map((goal) => goal.skill) });
  }
  return reasons;
}
