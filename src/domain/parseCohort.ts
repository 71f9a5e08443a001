import { left, map, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { type Area, DEFAULT_AREAS } from './areas';
import type { Cohort } from './cohort';
import type { CohortIssue } from './cohortIssue';
import type { Issues } from './Issue';
import { compareIds } from './compareIds';
import { DEFAULT_CATALOG } from './defaultCatalog';
import { generationOf } from './generation';
import type { AreaId, MenteeId, MentorId, SkillId } from './ids';
import { checkAvailability } from './internal/checkAvailability';
import { checkChoices } from './internal/checkChoices';
import { checkPairs } from './internal/checkPairs';
import { checkPeople } from './internal/checkPeople';
import { checkReportingLine } from './internal/checkReportingLine';
import { checkSkills } from './internal/checkSkills';
import type { ParsedPieces } from './internal/parsed';
import { parsePieces } from './internal/parsePieces';
import { readCohortArguments } from './internal/readParseArguments';
import { resolveSkillNames } from './internal/resolveSkillNames';
import { skillNames } from './internal/skillNames';
import type { Participant } from './participant';
import type { Skill } from './skill';

/** Options of {@link parseCohort}. @category Domain */
export interface ParseCohortOptions {
  /**
   * The current calendar year. The core has no clock: pass it to reject birth years in the
   * future (the CLI passes today's year).
   */
  readonly currentYear?: number;
  /**
   * Read the format exactly, as before HR exports were welcome: an unknown field is an error, not
   * a warning; `null` and `""` are values (and so errors where an id or a number is expected); a
   * manager id must name a participant or an entry of `managers`. Default `false`.
   */
  readonly strict?: boolean;
  /**
   * Manager ids that mean "this person is the top of the hierarchy" (compared without case);
   * default {@link DEFAULT_NO_MANAGER}. A person whose manager is themself is the top too. Not
   * with `strict`.
   */
  readonly noManager?: ReadonlyArray<string>;
}

/** The manager ids that mean "no manager" by default: SAP SuccessFactors' `NO_MGR`. @category Domain */
export const DEFAULT_NO_MANAGER: ReadonlyArray<string> = ['NO_MGR'];

/**
 * A validated cohort and what was left out of its input on the way: each warning is an issue
 * (`code: 'unknown-field'`, a message, the path of the field; or `availability-without-time-zone`
 * for windows read in UTC) that did not stop the cohort.
 *
 * @category Domain
 */
export interface ParsedCohort {
  readonly cohort: Cohort;
  readonly warnings: ReadonlyArray<CohortIssue>;
}

/**
 * Turns untrusted input (a parsed JSON export) into a validated {@link Cohort}, or into the
 * complete list of what is wrong with it: the shape of every field, then every cross-reference
 * (duplicate ids, unknown skills, pairs naming unknown people, pins that are also excluded,
 * vetoed or beyond capacity, preferences and vetoes naming nobody of the other side, twice, or
 * beyond `maxPreferences`, a person both preferred and vetoed, cycles in the reporting line, birth years in the future, generations that
 * contradict the birth year). Forgiving about shape, strict about meaning: unknown fields are left
 * out (see {@link parseCohortWithWarnings} for the warnings; a typo of a known field such as
 * `capactiy` is an error with "did you mean"), `null` and blank values are absent, a manager
 * outside the cohort ends the reporting line, and skills, goals and focus may name a skill or an
 * area by its label (`TikTok ads`) as well as its id. `strict` reads the format exactly. Never throws.
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
): Either<Issues<CohortIssue>, Cohort> {
  return map((parsed: ParsedCohort) => parsed.cohort)(parseCohortWithWarnings(input, options));
}

/**
 * {@link parseCohort}, with what it left out beside the cohort: the unknown fields of an HR
 * export (`email`, `location`) come back as warnings, each with its path, so that a caller can
 * show them. A separate function rather than a field of {@link Cohort}: warnings are about the
 * document, not the programme, and a cohort travels into every result.
 *
 * @param input - anything, typically `JSON.parse` of a cohort file
 * @param options - {@link ParseCohortOptions}
 * @returns `Right({ cohort, warnings })`, or `Left` with every issue
 * @example
 * const parsed = parseCohortWithWarnings({
 *   mentors: [{ id: 'ola', grade: 1, email: 'ola@example.com', skills: { 'TikTok ads': 5 } }],
 *   mentees: [{ id: 'jan', grade: 6, managerId: 'ceo', goals: [{ skill: 'tiktok-ads' }] }],
 * });
 * isRight(parsed) ? parsed.right.warnings.map((w) => w.path) : []; // [['mentors', 0, 'email']]
 * @category Domain
 */
export function parseCohortWithWarnings(
  input: unknown,
  options: ParseCohortOptions = {},
): Either<Issues<CohortIssue>, ParsedCohort> {
  // A safe copy of untrusted input: throwing getters, Proxies and deep nesting become issues.
  const args = readCohortArguments(input, options);
  if (args._tag === 'Left') return args;
  const issues: CohortIssue[] = [];
  const warnings: CohortIssue[] = [];
  // Plain JavaScript may pass null, or a noManager that is not a list of strings.
  const given: ParseCohortOptions = options ?? {};
  const noManager = given.noManager;
  if (
    noManager !== undefined &&
    !(Array.isArray(noManager) && noManager.every((m) => typeof m === 'string'))
  ) {
    return left([
      {
        code: 'invalid-type',
        message: 'noManager must be a list of manager ids',
        path: ['options', 'noManager'],
      },
    ]);
  }
  const strict = given.strict === true;
  const read = parsePieces(
    args.right.input,
    { strict, noManager: noManager ?? DEFAULT_NO_MANAGER },
    issues,
    warnings,
  );
  if (read === undefined) return left(issues as NonEmptyArray<CohortIssue>);

  const catalog = buildCatalog(read);
  const areas = buildAreas(catalog);
  const names = skillNames(catalog, areas);
  const known = (id: string) => catalog.has(id as SkillId) || read.rawCatalogIds.has(id);
  const pieces = resolveSkillNames(read, known, names, issues);
  checkPeople(pieces, args.right.currentYear, issues);
  checkSkills(pieces, catalog, areas, names, issues);
  const managers = checkReportingLine(pieces, strict, issues);
  checkPairs(pieces, issues);
  checkAvailability(pieces, warnings);
  checkChoices(pieces, issues);

  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  if (pieces.programme === undefined) throw new Error('unreachable: a programme with no issue is parsed');

  const mentors = pieces.mentors.map(({ value }) => withSortedVetoes(withGeneration(value))).sort(byId);
  const mentees = pieces.mentees.map(({ value }) => withSortedVetoes(withGeneration(value))).sort(byId);
  const cohort: Cohort = {
    programme: { ...pieces.programme, focus: pieces.programme.focus ?? new Map() },
    catalog,
    areas,
    managers,
    mentors,
    mentees,
    mentorById: new Map(mentors.map((m): [MentorId, (typeof mentors)[number]] => [m.id, m])),
    menteeById: new Map(mentees.map((m): [MenteeId, (typeof mentees)[number]] => [m.id, m])),
  };
  return right({ cohort, warnings });
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

/** Vetoes are a set: listed by id, so that nothing downstream sees the order they were written in. */
function withSortedVetoes<P extends Participant>(person: P): P {
  if (person.vetoes.length < 2) return person;
  return { ...person, vetoes: [...person.vetoes].sort(compareIds) };
}

function byId(a: Participant, b: Participant): number {
  return compareIds(a.id, b.id);
}
