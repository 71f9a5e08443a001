import {
  type Cohort,
  GENERATIONS,
  type Generation,
  type Participant,
  type Priority,
  compareIds,
} from '../../domain/index';

/** A count of mentors and mentees under some heading. @category CLI */
export interface PeopleCount {
  readonly mentors: number;
  readonly mentees: number;
}

/** The labels of a thing in every locale. @category CLI */
export interface Labels {
  readonly en: string;
  readonly pl: string;
}

/**
 * What a person wants to know about a cohort at a glance, as data (the text is
 * `renderCohortSummary`'s job): its size, its focus, its people by generation and department,
 * and the mentees' goals by area and priority.
 *
 * @category CLI
 */
export interface CohortSummary {
  readonly programme: string;
  readonly mentors: number;
  /** The mentee places the mentors offer: the sum of their capacities. */
  readonly capacity: number;
  readonly mentees: number;
  /** The focus weights, heaviest first, each labelled by its area or skill. */
  readonly focus: ReadonlyArray<{ readonly key: string; readonly label: Labels; readonly weight: number }>;
  /** Generations oldest first, then `unknown` (neither a generation nor a birth year); only those with people. */
  readonly generations: ReadonlyArray<PeopleCount & { readonly generation: Generation | 'unknown' }>;
  /** Departments with most people first, then by name; `undefined` = no department given. */
  readonly departments: ReadonlyArray<PeopleCount & { readonly department: string | undefined }>;
  /** The mentees' goals per area of their skill, most goals first. */
  readonly goalsByArea: ReadonlyArray<
    { readonly area: string; readonly label: Labels } & Readonly<Record<Priority, number>>
  >;
}

/**
 * Summarises a validated cohort for people: counts by generation and department, the focus, and
 * what the mentees want to learn by area. Deterministic: ties are ordered by id.
 *
 * @param cohort - a validated cohort
 * @returns the summary
 * @example
 * cohortSummary(orThrow(parseCohort(SAMPLES.bank))).capacity; // 13
 * @category CLI
 */
export function cohortSummary(cohort: Cohort): CohortSummary {
  const count = <K>(key: (p: Participant) => K): Map<K, { mentors: number; mentees: number }> => {
    const counts = new Map<K, { mentors: number; mentees: number }>();
    const add = (p: Participant, side: 'mentors' | 'mentees'): void => {
      const entry = counts.get(key(p)) ?? { mentors: 0, mentees: 0 };
      entry[side]++;
      counts.set(key(p), entry);
    };
    for (const m of cohort.mentors) add(m, 'mentors');
    for (const m of cohort.mentees) add(m, 'mentees');
    return counts;
  };

  const byGeneration = count((p): Generation | 'unknown' => p.generation ?? 'unknown');
  const generations = [...GENERATIONS.map((g) => g.id), 'unknown' as const].flatMap((generation) => {
    const entry = byGeneration.get(generation);
    return entry === undefined ? [] : [{ generation, ...entry }];
  });

  const departments = [...count((p) => p.department).entries()]
    .map(([department, entry]) => ({ department, ...entry }))
    .sort(
      (a, b) =>
        b.mentors + b.mentees - (a.mentors + a.mentees) || compareOptional(a.department, b.department),
    );

  const focus = [...cohort.programme.focus.entries()]
    .map(([key, weight]) => ({ key, weight, label: labelOf(cohort, key) }))
    .sort((a, b) => b.weight - a.weight || compareIds(a.key, b.key));

  const goals = new Map<string, Record<Priority, number>>();
  for (const mentee of cohort.mentees) {
    for (const goal of mentee.goals) {
      const area = cohort.catalog.get(goal.skill)?.area ?? 'unknown';
      const entry = goals.get(area) ?? { high: 0, medium: 0, low: 0 };
      entry[goal.priority]++;
      goals.set(area, entry);
    }
  }
  const total = (e: Readonly<Record<Priority, number>>): number => e.high + e.medium + e.low;
  const goalsByArea = [...goals.entries()]
    .map(([area, entry]) => ({ area, label: labelOf(cohort, area), ...entry }))
    .sort((a, b) => total(b) - total(a) || compareIds(a.area, b.area));

  return {
    programme: cohort.programme.name,
    mentors: cohort.mentors.length,
    capacity: cohort.mentors.reduce((sum, m) => sum + m.capacity, 0),
    mentees: cohort.mentees.length,
    focus,
    generations,
    departments,
    goalsByArea,
  };
}

/** The label of an area or a skill id (focus keys may be either); the id itself when neither. */
function labelOf(cohort: Cohort, key: string): Labels {
  for (const [id, area] of cohort.areas) if (id === key) return area.label;
  for (const [id, skill] of cohort.catalog) if (id === key) return skill.label;
  return { en: key, pl: key };
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  return b === undefined ? -1 : compareIds(a, b);
}
