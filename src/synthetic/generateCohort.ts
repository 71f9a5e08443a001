import { right, type Either } from 'fp-ts/lib/Either.js';
import type { Issue, Issues } from '../domain/Issue';
import type { CohortInput } from '../domain/cohortSchema';
import type { MenteeInput, MentorInput } from '../domain/participant';
import { createRandomUnchecked } from './createRandomUnchecked';
import { checkGenerateOptions } from './internal/checkGenerateOptions';
import {
  type PeopleContext,
  type PersonDraft,
  syntheticMentee,
  syntheticMentor,
} from './internal/syntheticPeople';
import { DIGITAL_AREAS, DIGITAL_SKILLS, paddedId } from './internal/syntheticPlan';
import { syntheticAvailability } from './internal/syntheticAvailability';
import { type DrawnChoices, syntheticChoices } from './internal/syntheticChoices';
import { syntheticReportingLine } from './internal/syntheticReportingLine';

/** Options of {@link generateCohort}. Ranges are `[min, max]`, both included. @category Evaluation */
export interface GenerateCohortOptions {
  /** How many mentors, 0–100 000. */
  readonly mentors: number;
  /** How many mentees, 0–100 000. */
  readonly mentees: number;
  /** Any safe integer: the same seed gives the same cohort on every platform. */
  readonly seed: number;
  /** The year birth years are counted back from (1970–2100, default 2026): the generator has no clock. */
  readonly currentYear?: number;
  /** Distinct skills listed per person, 0–41 (the size of the default catalogue), default 10. */
  readonly skillsPerPerson?: number;
  /** Learning goals per mentee, in digital skills, at most 27; default `[3, 5]`. */
  readonly goalsPerMentee?: readonly [number, number];
  /** Learn-back goals per mentor, in experience skills (leadership, strategy, …), at most 14; default `[1, 3]`. */
  readonly learnBackGoals?: readonly [number, number];
  /** Capacity of each mentor, 0–100; default `[1, 3]`. */
  readonly capacity?: readonly [number, number];
  /**
   * How many mentors each mentee takes, 0–100; default `[1, 1]` (one mentor each, and the
   * mentees are written without a `capacity`). Drawn from a stream of its own, so the rest of the
   * cohort is the same whatever this range.
   */
  readonly menteeCapacity?: readonly [number, number];
  /** How many departments, 1–1000; default 4 for a few people, growing with the cohort up to 12. */
  readonly departments?: number;
  /** The language everybody but a few speaks (`pl` or `en`, default `pl`); the other one is the second language. */
  readonly language?: 'pl' | 'en';
  /** The programme's name; default `Synthetic cohort <seed>`. */
  readonly name?: string;
  /**
   * Give everybody weekly availability windows (one to three working days, an hour or two each,
   * between 08:00 and 18:00 in their own time zone). Default `false`: the people have no
   * `availability` field, and the cohort is the same as before the option existed. Drawn from a
   * stream of its own, so the rest of the cohort is the same either way.
   */
  readonly availability?: boolean;
  /**
   * The share of people (0–1, default 0) who rank 1–5 people of the other side in their
   * `preferences`. Drawn from a stream of its own: the rest of the cohort is the same whatever
   * this share, and with 0 (and `vetoShare` 0) the cohort is exactly as without the option.
   */
  readonly preferenceShare?: number;
  /** The share of people (0–1, default 0) who veto one person of the other side they did not rank. */
  readonly vetoShare?: number;
  /**
   * Give every mentee a `waitingSince` date, uniformly from `from` to `days` days after it (for
   * trying waves and the waiting list). Default: no dates, the cohort as before the option. Drawn
   * from a stream of its own, so the rest of the cohort is the same either way.
   */
  readonly waitingSince?: { readonly from: string; readonly days: number };
}

/**
 * An option {@link generateCohort} cannot use, with the path of the option (`['capacity', 1]`).
 *
 * @category Evaluation
 */
export interface GenerateError extends Issue<'invalid-option'> {}

/**
 * Makes a synthetic cohort that looks like a real one, for benchmarks, demos and tests: mentors
 * aged 21–42, most in their twenties (in 2026: mostly Gen Z and young millennials), on grades 1–5
 * with strong digital skills; mentees aged 41–64, most near the top of that range (in 2026:
 * mostly Gen X and late boomers), on grades 5–9 with strong leadership and strategy; a programme
 * focused on 2–3 digital areas, which most mentee goals fall in; learn-back goals for mentors;
 * departments and a reporting line in which some mentors report to mentees; one main language
 * that a few people do not speak; a few people in other time zones. It is a plain JSON value
 * (write it to a file, or pass it to `parseCohort`) and pure: the same options give the same
 * cohort on every platform. Ids are `m0001…`, `e0001…`, so sorting by id sorts by number.
 *
 * @param options - {@link GenerateCohortOptions}; `mentors`, `mentees` and `seed` are required
 * @returns `Right(cohort input)`, or `Left` with every option that is not usable
 * @example
 * const result = generateCohort({ mentors: 20, mentees: 30, seed: 7 });
 * isRight(result); // true
 * const input = orThrow(result);
 * input.mentors[0]?.id; // 'm0001'
 * isRight(parseCohort(input)); // true
 * isLeft(generateCohort({ mentors: -1, mentees: 3, seed: 1 })); // true
 * @category Evaluation
 */
export function generateCohort(options: GenerateCohortOptions): Either<Issues<GenerateError>, CohortInput> {
  const checked = checkGenerateOptions(options);
  if (checked._tag === 'Left') return checked;
  const plan = checked.right;
  const random = createRandomUnchecked(plan.seed);

  const focusAreas = random.shuffle(DIGITAL_AREAS).slice(0, random.int(2, 3));
  const focus: Record<string, number> = {};
  for (const area of DIGITAL_AREAS)
    if (focusAreas.includes(area)) focus[area] = random.pick([1.5, 2, 2.5, 3] as const);
  const departments = departmentNames(plan.departments);
  const ctx: PeopleContext = {
    random,
    plan,
    focusSkills: DIGITAL_SKILLS.filter((s) => focusAreas.includes(s.area)).map((s) => s.id),
    otherSkills: DIGITAL_SKILLS.filter((s) => !focusAreas.includes(s.area)).map((s) => s.id),
    departments,
  };

  const mentors = Array.from({ length: plan.mentors }, (_, i) =>
    syntheticMentor(ctx, paddedId('m', i, plan.mentors)),
  );
  const mentees = Array.from({ length: plan.mentees }, (_, i) =>
    syntheticMentee(ctx, paddedId('e', i, plan.mentees)),
  );
  const line = syntheticReportingLine(random, departments, mentors, mentees);
  // A stream of its own, so that asking for mentee
  // capacities changes nothing else in the cohort.
  const capacities = createRandomUnchecked(-plan.seed - 1);
  // Availability too: mentors first, then mentees, each in id order.
  const windows = createRandomUnchecked(-plan.seed - 2);
  const availability = (): { availability?: string[] } =>
    plan.availability ? { availability: syntheticAvailability(windows) } : {};
  // Waiting dates of the mentees, in id order, from a stream of their own.
  const waits = createRandomUnchecked(-plan.seed - 4);
  const waiting = (): { waitingSince?: string } =>
    plan.waitingSince === undefined
      ? {}
      : { waitingSince: addDays(plan.waitingSince.from, waits.int(0, plan.waitingSince.days)) };
  // Choices too: mentors' first, then mentees', from one more stream of their own.
  const choices = createRandomUnchecked(-plan.seed - 3);
  const { preferenceShare, vetoShare } = plan;
  const chooses = preferenceShare > 0 || vetoShare > 0;
  const mentorChoices = chooses
    ? syntheticChoices(
        choices,
        mentors.length,
        mentees.map((m) => m.id),
        preferenceShare,
        vetoShare,
      )
    : [];
  const menteeChoices = chooses
    ? syntheticChoices(
        choices,
        mentees.length,
        mentors.map((m) => m.id),
        preferenceShare,
        vetoShare,
      )
    : [];

  return right({
    programme: {
      name: plan.name,
      focus,
      // The default rules (reverse direction, reporting line up to 2 levels, a shared language),
      // written out only where the generated data is built to exercise them.
      rules: { direction: 'reverse' },
    },
    managers: line.managers,
    mentors: mentors.map((m, i): MentorInput => ({
      ...person(m, line.managerOf),
      ...availability(),
      capacity: m.capacity,
      ...choicesOf(mentorChoices[i]),
    })),
    mentees: mentees.map((m, i): MenteeInput => {
      const [low, high] = plan.menteeCapacity;
      const drawn = { ...person(m, line.managerOf), ...availability() };
      const own = { ...choicesOf(menteeChoices[i]), ...waiting() };
      if (low === 1 && high === 1) return { ...drawn, ...own };
      return { ...drawn, capacity: capacities.int(low, high), ...own };
    }),
  });
}

/** The day `days` after an ISO date (`2027-01-30` + 3 = `2027-02-02`), in the proleptic Gregorian calendar. */
function addDays(from: string, days: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  // Years from 1900 to 8999 only (the options check it): Date.UTC reads years 0–99 as 1900–1999.
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A person's drawn choices as fields, each only when not empty (a cohort without choices is unchanged). */
function choicesOf(drawn: DrawnChoices | undefined): { preferences?: string[]; vetoes?: string[] } {
  if (drawn === undefined) return {};
  return {
    ...(drawn.preferences.length > 0 ? { preferences: [...drawn.preferences] } : {}),
    ...(drawn.vetoes.length > 0 ? { vetoes: [...drawn.vetoes] } : {}),
  };
}

const DEPARTMENTS = [
  'it',
  'marketing',
  'sales',
  'finance',
  'hr',
  'operations',
  'risk',
  'legal',
  'customer-service',
  'product',
  'procurement',
  'communications',
] as const;

function departmentNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => DEPARTMENTS[i] ?? `department-${i + 1}`);
}

/** A draft as a JSON record, fields in the order a person reads them. */
function person(draft: PersonDraft, managerOf: ReadonlyMap<string, string>) {
  const managerId = managerOf.get(draft.id);
  return {
    id: draft.id,
    name: draft.name,
    birthYear: draft.birthYear,
    grade: draft.grade,
    yearsOfExperience: draft.yearsOfExperience,
    tenureYears: draft.tenureYears,
    department: draft.department,
    ...(managerId === undefined ? {} : { managerId }),
    languages: [...draft.languages],
    timeZone: draft.timeZone,
    skills: { ...draft.skills },
    goals: draft.goals.map((g) => ({ ...g })),
  };
}
