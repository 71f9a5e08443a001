import {
  type Cohort,
  type CriterionName,
  type Goal,
  type Mentee,
  type Mentor,
  PRIORITY_WEIGHT,
  type Participant,
  generationRank,
  utcOffsetMinutes,
} from '../../src/domain/index';
import type { Rule } from '../../src/scoring/index';

// A test oracle: the rules and criteria of DESIGN.md written out the plain way, on the records,
// with no tables, no tabulated factors and no shared code with src/scoring. Slow and obvious.

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const primary = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? tag;
const open = (p: Participant): Goal[] => p.goals.filter((g) => (p.skills.get(g.skill) ?? 0) < g.target);
const level = (p: Participant, skill: string): number => p.skills.get(skill as never) ?? 0;

function focus(cohort: Cohort, skill: Goal['skill']): number {
  const area = cohort.catalog.get(skill)?.area;
  return (
    cohort.programme.focus.get(skill) ??
    (area === undefined ? undefined : cohort.programme.focus.get(area)) ??
    1
  );
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The minutes of the UTC week a person is available in, one cell per minute, or undefined when none listed. */
export function referenceMinutes(p: Participant): Uint8Array | undefined {
  if (p.availability.length === 0) return undefined;
  const offset = p.timeZone === undefined ? 0 : (utcOffsetMinutes(p.timeZone) ?? 0);
  const week = new Uint8Array(10080);
  for (const window of p.availability) {
    const [, day = '', h1, m1, h2, m2] = /^(\w{3}) (\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(window) ?? [];
    const start = DAYS.indexOf(day) * 1440 + Number(h1) * 60 + Number(m1);
    const end = DAYS.indexOf(day) * 1440 + Number(h2) * 60 + Number(m2);
    for (let t = start; t < end; t++) week[(((t - offset) % 10080) + 10080) % 10080] = 1;
  }
  return week;
}

/** Minutes a week two people are both available, counted minute by minute; undefined unless both list availability. */
export function referenceOverlap(a: Participant, b: Participant): number | undefined {
  const x = referenceMinutes(a);
  const y = referenceMinutes(b);
  if (x === undefined || y === undefined) return undefined;
  let shared = 0;
  for (let t = 0; t < 10080; t++) shared += x[t]! & y[t]!;
  return shared;
}

function managedWithin(cohort: Cohort, from: string, target: string, levels: number): boolean {
  let person: string | undefined = cohort.managers.get(from as never);
  for (let k = 1; k <= levels && person !== undefined; k++) {
    if (person === target) return true;
    person = cohort.managers.get(person as never);
  }
  return false;
}

/** The rules that block the pair, in the documented order. */
export function referenceRules(cohort: Cohort, mentor: Mentor, mentee: Mentee): Rule[] {
  const r = cohort.programme.rules;
  const listed = (pairs: ReadonlyArray<readonly [string, string]>): boolean =>
    pairs.some(([a, b]) => a === mentor.id && b === mentee.id);
  const blocked: Rule[] = [];
  if (listed(r.excludedPairs)) blocked.push('excluded');
  if (listed(r.previousPairs)) blocked.push('previous');
  if (mentor.vetoes.includes(mentee.id) || mentee.vetoes.includes(mentor.id)) blocked.push('veto');
  if (
    managedWithin(cohort, mentee.id, mentor.id, r.excludeReportingLine) ||
    managedWithin(cohort, mentor.id, mentee.id, r.excludeReportingLine)
  )
    blocked.push('reporting-line');
  if (r.direction === 'reverse') {
    const lower = mentor.grade <= mentee.grade - r.minGradeGap;
    const younger =
      mentor.generation !== undefined &&
      mentee.generation !== undefined &&
      generationRank(mentor.generation) > generationRank(mentee.generation);
    if (!lower && !younger) blocked.push('direction');
  }
  if (r.requireSharedLanguage && mentor.languages.length > 0 && mentee.languages.length > 0) {
    const theirs = mentee.languages.map(primary);
    if (!mentor.languages.some((l) => theirs.includes(primary(l)))) blocked.push('language');
  }
  if (r.excludeSameDepartment && mentor.department !== undefined && mentor.department === mentee.department)
    blocked.push('same-department');
  const goals = open(mentee);
  if (
    r.requireSkillGain &&
    goals.length > 0 &&
    !goals.some((g) => level(mentor, g.skill) > level(mentee, g.skill))
  )
    blocked.push('no-skill-gain');
  const overlap = referenceOverlap(mentor, mentee);
  if (
    r.minAvailabilityOverlapMinutes > 0 &&
    overlap !== undefined &&
    overlap < r.minAvailabilityOverlapMinutes
  )
    blocked.push('availability');
  return blocked;
}

/** Each criterion's value with data (weight ignored), and the weighted mean of those with a weight. */
export function referenceScore(
  cohort: Cohort,
  mentor: Mentor,
  mentee: Mentee,
): { readonly values: Partial<Record<CriterionName, number>>; readonly score: number } {
  const values: Partial<Record<CriterionName, number>> = {};
  const goals = open(mentee);
  if (goals.length > 0) {
    const weight = (g: Goal): number => PRIORITY_WEIGHT[g.priority] * focus(cohort, g.skill);
    const gain = goals.reduce((sum, g) => {
      const lift = Math.min(level(mentor, g.skill), g.target) - level(mentee, g.skill);
      return sum + weight(g) * Math.max(0, lift);
    }, 0);
    values.skillGain = 1 - Math.exp(-gain / 10);
    const total = goals.reduce((sum, g) => sum + weight(g), 0);
    const covered = goals
      .filter((g) => level(mentor, g.skill) >= g.target)
      .reduce((s, g) => s + weight(g), 0);
    values.goalCoverage = covered / total;
  }
  const back = open(mentor);
  if (back.length > 0) {
    const weight = (g: Goal): number => PRIORITY_WEIGHT[g.priority] * focus(cohort, g.skill);
    const total = back.reduce((sum, g) => sum + weight(g), 0);
    const covered = back.filter((g) => level(mentee, g.skill) >= g.target).reduce((s, g) => s + weight(g), 0);
    values.reciprocity = covered / total;
  }
  if (mentor.generation !== undefined && mentee.generation !== undefined)
    values.generationGap = clamp01(
      (generationRank(mentor.generation) - generationRank(mentee.generation)) / 3,
    );
  values.seniorityGap = clamp01((mentee.grade - mentor.grade) / 5);
  if (mentor.department !== undefined && mentee.department !== undefined)
    values.crossDepartment = mentor.department === mentee.department ? 0 : 1;
  const a = mentor.timeZone === undefined ? undefined : utcOffsetMinutes(mentor.timeZone);
  const b = mentee.timeZone === undefined ? undefined : utcOffsetMinutes(mentee.timeZone);
  const overlap = referenceOverlap(mentor, mentee);
  // Availability takes over from the time zone where both list it and it has a weight.
  const takenOver = overlap !== undefined && cohort.programme.weights.availability > 0;
  if (a !== undefined && b !== undefined && !takenOver) {
    const apart = Math.abs(a - b) % 1440;
    values.timeZone = Math.max(0, 480 - Math.min(apart, 1440 - apart)) / 480;
  }
  if (overlap !== undefined) values.availability = Math.min(1, overlap / 120);
  // Preferences: each side that ranked anybody gives (N − r + 1) / N for rank r, 0 off its list.
  const n = cohort.programme.rules.maxPreferences;
  const sides: number[] = [];
  const side = (list: ReadonlyArray<string>, other: string): void => {
    if (list.length === 0) return;
    const r = list.indexOf(other) + 1;
    sides.push(r === 0 ? 0 : (n - r + 1) / n);
  };
  side(mentee.preferences, mentor.id);
  side(mentor.preferences, mentee.id);
  if (sides.length > 0) values.preferences = sides.reduce((a, b) => a + b, 0) / sides.length;
  let num = 0;
  let den = 0;
  for (const [name, value] of Object.entries(values) as Array<[CriterionName, number]>) {
    const w = cohort.programme.weights[name];
    num += w * value;
    den += w;
  }
  return { values, score: den > 0 ? num / den : 0 };
}
