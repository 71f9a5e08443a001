import {
  type Cohort,
  type MenteeId,
  type MentorId,
  PRIORITY_WEIGHT,
  type Participant,
  type SkillId,
  generationRank,
  compareIds,
  type Goal,
  isOpenGoal,
  intervalsOf,
  utcOffsetMinutes,
} from '../../domain/index';
import { CUTS, LEVELS, primaryLanguage } from './constants';
import { focusWeight } from './focusWeight';

/**
 * One side of the cohort (the mentors or the mentees) as typed arrays indexed by the position in
 * the cohort's id-sorted list, so that scoring a pair reads numbers only and allocates nothing.
 *
 * @internal
 */
export interface SideTables {
  readonly count: number;
  /** `level[person * skills + skill]`: the proficiency, 0 when not listed. */
  readonly level: Uint8Array;
  /**
   * `levelBySkill[skill * count + person]`: the same levels skill by skill, so that a loop over the
   * people of one side for one skill reads consecutive bytes.
   */
  readonly levelBySkill: Uint8Array;
  /**
   * The open goals of person `p` ({@link isOpenGoal}: own level below target, sorted by skill id)
   * are `goalStart[p] ≤ g < goalStart[p + 1]`. Every sum and product over a person's goals runs in
   * this order, so no score depends on the order in which the person listed their goals.
   */
  readonly goalStart: Int32Array;
  readonly goalSkill: Int32Array;
  readonly goalTarget: Float64Array;
  readonly goalOwnLevel: Float64Array;
  /** Priority weight (high 3, medium 2, low 1) × the programme's focus weight. */
  readonly goalWeight: Float64Array;
  /** The sum of `goalWeight` over each person's open goals. */
  readonly goalTotal: Float64Array;
  readonly grade: Float64Array;
  /** {@link generationRank}, or −1 when unknown. */
  readonly generation: Int8Array;
  /** A department number, or −1 when unknown. */
  readonly department: Int32Array;
  /** Minutes east of UTC, or NaN when no time zone is given. */
  readonly offset: Float64Array;
  /** A bit per primary language subtag, `languageWords` words per person; all zero when none listed. */
  readonly languages: Uint32Array;
  /**
   * Each person's availability as stretches of the UTC week (`weeklyIntervals`, laid out once per
   * cohort so that an overlap is a merge of two short lists); empty when none is listed.
   */
  readonly availability: ReadonlyArray<Int32Array>;
}

/**
 * The cohort laid out for scoring, computed once per cohort in O(people × skills + goals): what
 * the criteria and the rules read of the participants. A criterion or a rule that needs more
 * computes it from `cohort` in its own `prepare`.
 *
 * @internal
 */
export interface ScoringTables {
  readonly cohort: Cohort;
  readonly skills: number;
  readonly languageWords: number;
  readonly mentors: SideTables;
  readonly mentees: SideTables;
  /**
   * The mentors who list each skill, highest level first (by position within a level):
   * `people[i]` for `cut[skill * CUTS + LEVELS] ≤ i < cut[skill * CUTS + b]` are those at level
   * `b` or above (`CUTS` = `LEVELS + 1`), so those at level exactly `b` are
   * `cut[skill * CUTS + b + 1] ≤ i < cut[skill * CUTS + b]`. A row's loop over one skill then
   * visits only the mentors who list it, a level at a time.
   */
  readonly mentorsBySkill: PeopleBySkill;
  readonly mentorIndex: ReadonlyMap<MentorId, number>;
  readonly menteeIndex: ReadonlyMap<MenteeId, number>;
}

/** @internal */
export function scoringTables(cohort: Cohort): ScoringTables {
  // Only the skills someone lists or wants are laid out (a pair scored alone lays out a few, not
  // the whole catalogue), numbered in id order, so that a person's goals sorted by skill number
  // are in openGoals' order. Each person is read with forEach, not for…of: the first call in a
  // process runs these loops before they are compiled, where an iterator per Map costs a third
  // of the layout (measured by `npm run bench:scoring`).
  const skillIndex = new Map<SkillId, number>();
  const languageIndex = new Map<string, number>();
  const number = (person: Participant): void => {
    person.skills.forEach((_, skill) => {
      if (!skillIndex.has(skill)) skillIndex.set(skill, skillIndex.size);
    });
    person.goals.forEach(({ skill }) => {
      if (!skillIndex.has(skill)) skillIndex.set(skill, skillIndex.size);
    });
    person.languages.forEach((tag) => {
      const primary = primaryLanguage(tag);
      if (!languageIndex.has(primary)) languageIndex.set(primary, languageIndex.size);
    });
  };
  cohort.mentors.forEach(number);
  cohort.mentees.forEach(number);
  [...skillIndex.keys()].sort(compareIds).forEach((skill, i) => skillIndex.set(skill, i));
  const context: Context = {
    cohort,
    skillIndex,
    languageIndex,
    languageWords: Math.max(1, Math.ceil(languageIndex.size / 32)),
    departmentIndex: new Map<string, number>(),
  };
  const mentors = sideTables(context, cohort.mentors);
  return {
    cohort,
    skills: skillIndex.size,
    languageWords: context.languageWords,
    mentors,
    mentees: sideTables(context, cohort.mentees),
    mentorsBySkill: peopleBySkill(mentors.levelBySkill, mentors.count, skillIndex.size),
    mentorIndex: new Map(cohort.mentors.map((m, i): [MentorId, number] => [m.id, i])),
    menteeIndex: new Map(cohort.mentees.map((m, i): [MenteeId, number] => [m.id, i])),
  };
}

interface Context {
  readonly cohort: Cohort;
  readonly skillIndex: ReadonlyMap<SkillId, number>;
  readonly languageIndex: ReadonlyMap<string, number>;
  readonly languageWords: number;
  readonly departmentIndex: Map<string, number>;
}

/** The stretches of a person who lists no availability (shared: an empty array holds nothing to change). */
const NO_AVAILABILITY = new Int32Array(0);

function sideTables(context: Context, people: ReadonlyArray<Participant>): SideTables {
  const { cohort, skillIndex, languageIndex, languageWords, departmentIndex } = context;
  const skills = skillIndex.size;
  const count = people.length;
  const level = new Uint8Array(count * skills);
  const levelBySkill = new Uint8Array(count * skills);
  const goalStart = new Int32Array(count + 1);
  const goalSkill: number[] = [];
  const goalTarget: number[] = [];
  const goalOwnLevel: number[] = [];
  const goalWeight: number[] = [];
  const goalTotal = new Float64Array(count);
  const grade = new Float64Array(count);
  const generation = new Int8Array(count).fill(-1);
  const department = new Int32Array(count).fill(-1);
  const offset = new Float64Array(count).fill(Number.NaN);
  const languages = new Uint32Array(count * languageWords);
  const availability: Int32Array[] = [];
  const open: Goal[] = [];

  people.forEach((person, p) => {
    person.skills.forEach((value, skill) => {
      const s = skillIndex.get(skill);
      if (s === undefined) return;
      level[p * skills + s] = value;
      levelBySkill[s * count + p] = value;
    });
    let total = 0;
    open.length = 0;
    person.goals.forEach((goal) => {
      if (isOpenGoal(person, goal)) open.push(goal);
    });
    sortBySkill(open, skillIndex);
    for (let i = 0; i < open.length; i++) {
      const goal = open[i] as Goal;
      const s = skillIndex.get(goal.skill);
      if (s === undefined) continue;
      const weight = PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill);
      goalSkill.push(s);
      goalTarget.push(goal.target);
      goalOwnLevel.push(person.skills.get(goal.skill) ?? 0);
      goalWeight.push(weight);
      total += weight;
    }
    goalStart[p + 1] = goalSkill.length;
    goalTotal[p] = total;
    grade[p] = person.grade;
    if (person.generation !== undefined) generation[p] = generationRank(person.generation);
    if (person.department !== undefined) {
      let d = departmentIndex.get(person.department);
      if (d === undefined) departmentIndex.set(person.department, (d = departmentIndex.size));
      department[p] = d;
    }
    if (person.timeZone !== undefined) offset[p] = utcOffsetMinutes(person.timeZone) ?? Number.NaN;
    // Without a time zone the windows are read in UTC (parseCohort warns of it).
    availability.push(person.availability.length === 0 ? NO_AVAILABILITY : intervalsOf(person));
    for (const tag of person.languages) {
      const bit = languageIndex.get(primaryLanguage(tag)) ?? 0;
      const word = p * languageWords + (bit >>> 5);
      languages[word] = (languages[word] ?? 0) | (1 << (bit & 31));
    }
  });

  return {
    count,
    level,
    levelBySkill,
    goalStart,
    goalSkill: Int32Array.from(goalSkill),
    goalTarget: Float64Array.from(goalTarget),
    goalOwnLevel: Float64Array.from(goalOwnLevel),
    goalWeight: Float64Array.from(goalWeight),
    goalTotal,
    grade,
    generation,
    department,
    offset,
    languages,
    availability,
  };
}

/** One side's people by skill and level: see {@link ScoringTables.mentorsBySkill}. @internal */
export interface PeopleBySkill {
  readonly people: Int32Array;
  readonly cut: Int32Array;
}

/**
 * {@link PeopleBySkill} from the levels skill by skill: a counting sort by skill, then level
 * (highest first), then position.
 */
function peopleBySkill(levelBySkill: Uint8Array, count: number, skills: number): PeopleBySkill {
  const skillCut = new Int32Array(skills * CUTS);
  // First the number of people at each level `b ≥ 1` in `skillCut[s * CUTS + b]`.
  for (let s = 0; s < skills; s++)
    for (let p = 0, at = s * count; p < count; p++) {
      const b = levelBySkill[at + p] as number;
      if (b > 0) skillCut[s * CUTS + b] = (skillCut[s * CUTS + b] as number) + 1;
    }
  // Then cumulated from the top level down: `skillCut[s * CUTS + b]` becomes the end of the
  // people at level b or above, which is where the people at level b − 1 start.
  let end = 0;
  for (let s = 0; s < skills; s++) {
    skillCut[s * CUTS + LEVELS] = end;
    for (let b = LEVELS - 1; b >= 1; b--) {
      end += skillCut[s * CUTS + b] as number;
      skillCut[s * CUTS + b] = end;
    }
    skillCut[s * CUTS] = end;
  }
  const skillPeople = new Int32Array(end);
  const next = new Int32Array(LEVELS);
  for (let s = 0; s < skills; s++) {
    for (let b = 1; b < LEVELS; b++) next[b] = skillCut[s * CUTS + b + 1] as number;
    for (let p = 0, at = s * count; p < count; p++) {
      const b = levelBySkill[at + p] as number;
      if (b === 0) continue;
      const i = next[b] as number;
      skillPeople[i] = p;
      next[b] = i + 1;
    }
  }
  return { people: skillPeople, cut: skillCut };
}

/**
 * Sorts a person's few goals by their skill's number (an insertion sort: no comparator to call),
 * which is their skill id's order.
 */
function sortBySkill(goals: Goal[], skillIndex: ReadonlyMap<SkillId, number>): void {
  for (let i = 1; i < goals.length; i++) {
    const goal = goals[i] as Goal;
    const s = skillIndex.get(goal.skill) as number;
    let j = i;
    while (j > 0 && (skillIndex.get((goals[j - 1] as Goal).skill) as number) > s) {
      goals[j] = goals[j - 1] as Goal;
      j--;
    }
    goals[j] = goal;
  }
}
