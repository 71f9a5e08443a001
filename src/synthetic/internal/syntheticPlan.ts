import { DEFAULT_AREAS } from '../../domain/areas';
import { DEFAULT_CATALOG } from '../../domain/defaultCatalog';

/** The options of a synthetic cohort once checked and defaulted. @internal */
export interface SyntheticPlan {
  readonly mentors: number;
  readonly mentees: number;
  readonly seed: number;
  readonly currentYear: number;
  readonly skillsPerPerson: number;
  readonly goalsPerMentee: readonly [number, number];
  readonly learnBackGoals: readonly [number, number];
  readonly capacity: readonly [number, number];
  readonly menteeCapacity: readonly [number, number];
  readonly departments: number;
  readonly language: 'pl' | 'en';
  readonly name: string;
  readonly availability: boolean;
  readonly preferenceShare: number;
  readonly vetoShare: number;
  readonly waitingSince: { readonly from: string; readonly days: number } | undefined;
}

const digitalAreas = new Set(DEFAULT_AREAS.filter((a) => a.side === 'digital').map((a) => a.id as string));

/** The digital areas of the default catalogue, in catalogue order. @internal */
export const DIGITAL_AREAS: ReadonlyArray<string> = DEFAULT_AREAS.filter((a) => a.side === 'digital').map(
  (a) => a.id,
);

/** The skills of the default catalogue that mentors teach (digital areas). @internal */
export const DIGITAL_SKILLS: ReadonlyArray<{ readonly id: string; readonly area: string }> =
  DEFAULT_CATALOG.filter((s) => digitalAreas.has(s.area)).map((s) => ({ id: s.id, area: s.area }));

/** The skills of the default catalogue that mentees give back (experience areas). @internal */
export const EXPERIENCE_SKILLS: ReadonlyArray<string> = DEFAULT_CATALOG.filter(
  (s) => !digitalAreas.has(s.area),
).map((s) => s.id);

/** The number of skills in the default catalogue: nobody can list more distinct skills. @internal */
export const CATALOG_SIZE = DEFAULT_CATALOG.length;

/**
 * The default number of departments: 4 for a handful of people, one more each time the cohort
 * doubles past 10 people, at most 12. Integer arithmetic only (no `Math.log2`, whose last bit may
 * differ between engines), so the default is the same everywhere.
 *
 * @internal
 */
export function defaultDepartments(people: number): number {
  let departments = 4;
  for (let size = 10; size < people && departments < 12; size *= 2) departments++;
  return departments;
}

/** `index` (0-based) as a 1-based id with a prefix, zero-padded so that sorting ids sorts numbers. @internal */
export function paddedId(prefix: string, index: number, count: number): string {
  return `${prefix}${String(index + 1).padStart(Math.max(4, String(count).length), '0')}`;
}
