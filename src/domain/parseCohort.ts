import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { type Area, DEFAULT_AREAS } from './areas';
import type { Cohort } from './cohort';
import type { CohortIssue } from './cohortIssue';
import { compareIds } from './compareIds';
import { DEFAULT_CATALOG } from './defaultCatalog';
import { generationOf } from './generation';
import type { AreaId, MenteeId, MentorId, SkillId } from './ids';
import { checkPairs } from './internal/checkPairs';
import { checkPeople } from './internal/checkPeople';
import { checkReportingLine } from './internal/checkReportingLine';
import { checkSkills } from './internal/checkSkills';
import type { ParsedPieces } from './internal/parsed';
import { parsePieces } from './internal/parsePieces';
import { readCohortArguments } from './internal/readParseArguments';
import type { Participant } from './participant';
import type { Skill } from './skill';

/** Options of {@link parseCohort}. @category Domain */
export interface ParseCohortOptions {
  /**
   * The current calendar year. The core has no clock: pass it to reject birth years in the
   * future (the CLI passes today's year).
   */
  readonly currentYear?: number;
}

/**
 * Turns untrusted input (a parsed JSON export) into a validated {@link Cohort}, or into the
 * complete list of what is wrong with it: the shape of every field, then every cross-reference
 * (duplicate ids, unknown skills, pairs naming unknown people, pins that are also excluded or
 * beyond capacity, manager ids that name nobody, cycles in the reporting line, birth years in the
 * future, generations that contradict the birth year). Never throws.
 *
 * @param input - anything, typically `JSON.parse` of a cohort file
 * @param options - {@link ParseCohortOptions}
 * @returns `Right(cohort)`, or `Left` with every issue, each with a stable `code`, a message and a `path`
 * @example
 * import { isRight } from 'fp-ts/lib/Either.js';
 * const result = parseCohort({
 *   mentors: [{ id: 'ola', grade: 1, generation: 'gen-z', skills: { 'tiktok-ads': 5 } }],
 *   mentees: [{ id: 'jan', grade: 6, goals: [{ skill: 'tiktok-ads', priority: 'high' }] }],
 * });
 * isRight(result); // true
 * @category Domain
 */
export function parseCohort(
  input: unknown,
  options: ParseCohortOptions = {},
): Either<NonEmptyArray<CohortIssue>, Cohort> {
  const args = readCohortArguments(input, options);
  if (args._tag === 'Left') return args;
  const issues: CohortIssue[] = [];
  const pieces = parsePieces(args.right.input, issues);
  if (pieces === undefined) return left(issues as NonEmptyArray<CohortIssue>);

  const catalog = buildCatalog(pieces);
  const areas = buildAreas(catalog);
  checkPeople(pieces, args.right.currentYear, issues);
  checkSkills(pieces, catalog, areas, issues);
  const managers = checkReportingLine(pieces, issues);
  checkPairs(pieces, issues);

  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  if (pieces.programme === undefined) throw new Error('unreachable: a programme with no issue is parsed');

  const mentors = pieces.mentors.map(({ value }) => withGeneration(value)).sort(byId);
  const mentees = pieces.mentees.map(({ value }) => withGeneration(value)).sort(byId);
  return right({
    programme: { ...pieces.programme, focus: pieces.programme.focus ?? new Map() },
    catalog,
    areas,
    managers,
    mentors,
    mentees,
    mentorById: new Map(mentors.map((m): [MentorId, (typeof mentors)[number]] => [m.id, m])),
    menteeById: new Map(mentees.map((m): [MenteeId, (typeof mentees)[number]] => [m.id, m])),
  });
}

function buildCatalog(pieces: ParsedPieces): ReadonlyMap<SkillId, Skill> {
  const catalog = new Map<SkillId, Skill>(DEFAULT_CATALOG.map((s) => [s.id, s]));
  for (const { value } of pieces.catalog) {
    const en = value.label?.en ?? catalog.get(value.id)?.label.en ?? value.id;
    const pl =
      value.label?.pl ?? (value.label?.en === undefined ? catalog.get(value.id)?.label.pl : undefined) ?? en;
    catalog.set(value.id, { id: value.id, area: value.area, label: { en, pl } });
  }
  return catalog;
}

function buildAreas(catalog: ReadonlyMap<SkillId, Skill>): ReadonlyMap<AreaId, Area> {
  const areas = new Map<AreaId, Area>(DEFAULT_AREAS.map((a) => [a.id, a]));
  for (const skill of catalog.values()) {
    if (!areas.has(skill.area))
      areas.set(skill.area, { id: skill.area, side: 'digital', label: { en: skill.area, pl: skill.area } });
  }
  return areas;
}

function withGeneration<P extends Participant>(person: P): P {
  if (person.generation !== undefined || person.birthYear === undefined) return person;
  return { ...person, generation: generationOf(person.birthYear) };
}

function byId(a: Participant, b: Participant): number {
  return compareIds(a.id, b.id);
}
