import type { Random } from '../createRandom';
import { syntheticName } from './syntheticNames';
import { DIGITAL_SKILLS, EXPERIENCE_SKILLS, type SyntheticPlan } from './syntheticPlan';

/** A goal as written in a cohort export. @internal */
export interface GoalDraft {
  readonly skill: string;
  readonly priority: 'high' | 'medium' | 'low';
  readonly target: number;
}

/** A participant before the reporting line is drawn. @internal */
export interface PersonDraft {
  readonly id: string;
  readonly name: string;
  readonly birthYear: number;
  readonly grade: number;
  readonly yearsOfExperience: number;
  readonly tenureYears: number;
  readonly department: string;
  readonly languages: ReadonlyArray<string>;
  readonly timeZone: string;
  readonly skills: Readonly<Record<string, number>>;
  readonly goals: ReadonlyArray<GoalDraft>;
}

/** What every person of one cohort is drawn from. @internal */
export interface PeopleContext {
  readonly random: Random;
  readonly plan: SyntheticPlan;
  /** Digital skills in the programme's focus areas: where mentees' goals concentrate. */
  readonly focusSkills: ReadonlyArray<string>;
  /** Digital skills outside the focus. */
  readonly otherSkills: ReadonlyArray<string>;
  readonly departments: ReadonlyArray<string>;
}

const ZONE: Readonly<Record<'pl' | 'en', string>> = { pl: 'Europe/Warsaw', en: 'Europe/London' };
const FAR_ZONES = ['America/New_York', 'Asia/Singapore'] as const;
const THIRD_LANGUAGE = 'de';
const LATER_PRIORITIES = ['high', 'medium', 'medium', 'low'] as const;

/**
 * A mentor: 21–42 years old, most in their twenties (the younger of two uniform draws), grades
 * 1–5 rising with age, strong digital skills (focus areas twice as likely), weak experience
 * skills, 1–3 learn-back goals in experience areas, a capacity.
 *
 * @internal
 */
export function syntheticMentor(ctx: PeopleContext, id: string): PersonDraft & { readonly capacity: number } {
  const { random, plan } = ctx;
  const age = 21 + Math.floor(22 * Math.min(random.next(), random.next()));
  const grade = 1 + Math.floor((age - 21) / 6) + random.int(0, 1);
  const k = plan.skillsPerPerson;
  // About 70 % of a mentor's listed skills are digital (integer rounding of 0.3·k).
  const [experienceCount, digitalCount] = split(
    k,
    Math.floor((3 * k + 5) / 10),
    EXPERIENCE_SKILLS.length,
    DIGITAL_SKILLS.length,
  );

  const learnBack = random.shuffle(EXPERIENCE_SKILLS).slice(0, random.int(...plan.learnBackGoals));
  const skills: Record<string, number> = {};
  const goals: GoalDraft[] = [];
  learnBack.forEach((skill, i) => {
    const level = Math.min(random.int(0, 2), random.int(0, 2));
    if (i < experienceCount) skills[skill] = level;
    goals.push({
      skill,
      priority: i === 0 ? 'high' : random.pick(LATER_PRIORITIES),
      target: random.int(3, 5),
    });
  });
  const goalSet = new Set(learnBack);
  const otherExperience = random.shuffle(EXPERIENCE_SKILLS.filter((s) => !goalSet.has(s)));
  for (const skill of otherExperience.slice(0, Math.max(0, experienceCount - learnBack.length))) {
    skills[skill] = Math.min(random.int(0, 4), random.int(0, 4));
  }
  // Mentors were chosen for the programme: a focus skill is listed twice among the candidates.
  const candidates = random.shuffle([...ctx.focusSkills, ...ctx.focusSkills, ...ctx.otherSkills]);
  let listed = 0;
  for (const skill of candidates) {
    if (listed === digitalCount) break;
    if (Object.hasOwn(skills, skill)) continue;
    skills[skill] = Math.max(random.int(1, 5), random.int(1, 5));
    listed++;
  }
  return { ...common(ctx, id, age, grade, 0.65), skills, goals, capacity: random.int(...plan.capacity) };
}

/**
 * A mentee: 41–64 years old, most near retirement age (the older of two draws), grades 5–9
 * rising with age, strong experience skills, weak digital ones, 3–5 goals in digital skills,
 * four in five of them in the programme's focus areas, each target above the current level.
 *
 * @internal
 */
export function syntheticMentee(ctx: PeopleContext, id: string): PersonDraft {
  const { random, plan } = ctx;
  const age = 64 - Math.floor(24 * Math.min(random.next(), random.next()));
  const grade = 5 + Math.floor((age - 41) / 6) + random.int(0, 1);
  const k = plan.skillsPerPerson;
  const [experienceCount, digitalCount] = split(
    k,
    Math.floor((6 * k + 5) / 10),
    EXPERIENCE_SKILLS.length,
    DIGITAL_SKILLS.length,
  );

  const focus = random.shuffle(ctx.focusSkills);
  const other = random.shuffle(ctx.otherSkills);
  const goalCount = random.int(...plan.goalsPerMentee);
  const goalSkills: string[] = [];
  while (goalSkills.length < goalCount && (focus.length > 0 || other.length > 0)) {
    const fromFocus = focus.length > 0 && (other.length === 0 || random.next() < 0.8);
    const skill = fromFocus ? focus.pop() : other.pop();
    if (skill !== undefined) goalSkills.push(skill);
  }

  const skills: Record<string, number> = {};
  for (const skill of random.shuffle(EXPERIENCE_SKILLS).slice(0, experienceCount)) {
    skills[skill] = Math.max(random.int(2, 5), random.int(2, 5));
  }
  const goals: GoalDraft[] = [];
  goalSkills.forEach((skill, i) => {
    const level = Math.min(random.int(0, 2), random.int(0, 2));
    if (i < digitalCount) skills[skill] = level;
    goals.push({
      skill,
      priority: i === 0 ? 'high' : random.pick(LATER_PRIORITIES),
      target: random.int(3, 5),
    });
  });
  // The rest of the digital skills come from what is left of both lists, at low levels.
  const rest = random.shuffle([...focus, ...other]).slice(0, Math.max(0, digitalCount - goalSkills.length));
  for (const skill of rest) skills[skill] = Math.min(random.int(0, 3), random.int(0, 3));
  return { ...common(ctx, id, age, grade, 0.45), skills, goals };
}

/** The fields drawn the same way for mentors and mentees. */
function common(ctx: PeopleContext, id: string, age: number, grade: number, secondLanguage: number) {
  const { random, plan } = ctx;
  const main = plan.language;
  const other = main === 'pl' ? 'en' : 'pl';
  const yearsOfExperience = Math.max(0, age - 22 + random.int(-1, 1));
  const tenureYears = Math.min(random.int(0, yearsOfExperience), random.int(0, yearsOfExperience));
  const department = ctx.departments[random.int(0, ctx.departments.length - 1)] ?? 'general';
  // A few people speak only the other language (and mostly sit in its office): the shared-language
  // rule must have something to block.
  const onlyOther = random.next() < 0.04;
  const languages = onlyOther
    ? [other]
    : [
        main,
        ...(random.next() < secondLanguage ? [other] : []),
        ...(random.next() < 0.05 ? [THIRD_LANGUAGE] : []),
      ];
  const timeZone = onlyOther
    ? random.next() < 0.8
      ? ZONE[other]
      : ZONE[main]
    : random.next() < 0.06
      ? (random.pick([ZONE[other], ...FAR_ZONES]) ?? ZONE[main])
      : ZONE[main];
  return {
    id,
    name: syntheticName(random, onlyOther ? other : main),
    birthYear: plan.currentYear - age,
    grade: Math.min(grade, 10),
    yearsOfExperience,
    tenureYears,
    department,
    languages,
    timeZone,
  };
}

/**
 * Splits `total` listed skills into `preferred` of the first kind and the rest of the second,
 * moving the overflow of either kind to the other when a pool is too small.
 */
function split(
  total: number,
  preferred: number,
  firstPool: number,
  secondPool: number,
): readonly [number, number] {
  const first = Math.min(firstPool, Math.max(preferred, total - secondPool));
  return [first, Math.min(secondPool, total - first)];
}
