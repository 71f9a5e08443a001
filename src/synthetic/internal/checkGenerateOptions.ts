import { isoDateSchema } from '../../domain/journal/isoDate';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Issue, Issues } from '../../domain/Issue';
import {
  CATALOG_SIZE,
  DIGITAL_SKILLS,
  EXPERIENCE_SKILLS,
  type SyntheticPlan,
  defaultDepartments,
} from './syntheticPlan';

const MAX_PEOPLE = 100_000;

/** An unusable option (the public `GenerateError`, which this file cannot import without a cycle). @internal */
export type OptionIssue = Issue<'invalid-option'>;

/**
 * Checks the options of `generateCohort` and fills in the defaults. The options often come from a
 * command line, so each one is checked at run time, whatever its static type, and every unusable
 * option is reported at once.
 *
 * @internal
 */
export function checkGenerateOptions(options: unknown): Either<Issues<OptionIssue>, SyntheticPlan> {
  const errors: OptionIssue[] = [];
  const isObject = typeof options === 'object' && options !== null && !Array.isArray(options);
  // Read once into a copy: a getter or a proxy that throws is an issue, and cannot throw later.
  let raw: Readonly<Record<string, unknown>> = {};
  try {
    if (isObject) raw = { ...(options as Readonly<Record<string, unknown>>) };
  } catch {
    errors.push({
      code: 'invalid-option',
      message: 'the options cannot be read (a getter or a proxy threw)',
      path: [],
    });
    return left([errors[0] as OptionIssue]);
  }
  if (!isObject) errors.push({ code: 'invalid-option', message: 'the options must be an object', path: [] });

  const whole = (key: string, min: number, max: number, fallback?: number): number => {
    const value = raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const what = value === undefined ? 'is missing' : `is ${describe(value)}`;
      errors.push({
        code: 'invalid-option',
        message: `must be a whole number from ${min} to ${max}; it ${what}`,
        path: [key],
      });
      return min;
    }
    return value;
  };
  const range = (
    key: string,
    max: number,
    fallback: readonly [number, number],
  ): readonly [number, number] => {
    const value = raw[key] ?? fallback;
    if (!Array.isArray(value) || value.length !== 2) {
      errors.push({
        code: 'invalid-option',
        message: `must be [min, max]; it is ${describe(value)}`,
        path: [key],
      });
      return fallback;
    }
    let usable = true;
    const bounds = value.map((bound: unknown, index) => {
      if (typeof bound === 'number' && Number.isInteger(bound) && bound >= 0 && bound <= max) return bound;
      usable = false;
      errors.push({
        code: 'invalid-option',
        message: `must be a whole number from 0 to ${max}; it is ${describe(bound)}`,
        path: [key, index],
      });
      return 0;
    });
    const [min = 0, top = 0] = bounds;
    if (usable && min > top)
      errors.push({
        code: 'invalid-option',
        message: `must be [min, max], but ${min} > ${top}`,
        path: [key],
      });
    return [min, top];
  };

  const mentors = whole('mentors', 0, MAX_PEOPLE);
  const mentees = whole('mentees', 0, MAX_PEOPLE);
  const seed = whole('seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const currentYear = whole('currentYear', 1970, 2100, 2026);
  const skillsPerPerson = whole('skillsPerPerson', 0, CATALOG_SIZE, 10);
  const goalsPerMentee = range('goalsPerMentee', DIGITAL_SKILLS.length, [3, 5]);
  const learnBackGoals = range('learnBackGoals', EXPERIENCE_SKILLS.length, [1, 3]);
  const capacity = range('capacity', 100, [1, 3]);
  const menteeCapacity = range('menteeCapacity', 100, [1, 1]);
  const departments = whole('departments', 1, 1000, defaultDepartments(mentors + mentees));
  const share = (key: string): number => {
    const value = raw[key] ?? 0;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      errors.push({
        code: 'invalid-option',
        message: `must be a share from 0 to 1; it is ${describe(value)}`,
        path: [key],
      });
      return 0;
    }
    return value;
  };
  const preferenceShare = share('preferenceShare');
  const vetoShare = share('vetoShare');
  const language = raw.language ?? 'pl';
  if (language !== 'pl' && language !== 'en') {
    errors.push({
      code: 'invalid-option',
      message: `must be "pl" or "en"; it is ${describe(language)}`,
      path: ['language'],
    });
  }
  const name = raw.name ?? `Synthetic cohort ${seed}`;
  if (typeof name !== 'string' || name.trim().length === 0 || name.trim().length > 200) {
    errors.push({
      code: 'invalid-option',
      message: `must be text of 1 to 200 characters; it is ${describe(name)}`,
      path: ['name'],
    });
  }

  const availability = raw.availability ?? false;
  if (typeof availability !== 'boolean') {
    errors.push({
      code: 'invalid-option',
      message: `must be true or false; it is ${describe(availability)}`,
      path: ['availability'],
    });
  }

  const waiting = raw.waitingSince as { readonly from?: unknown; readonly days?: unknown } | undefined | null;
  let waitingSince: { readonly from: string; readonly days: number } | undefined;
  if (waiting !== undefined) {
    const from = typeof waiting === 'object' && waiting !== null ? waiting.from : undefined;
    const days = typeof waiting === 'object' && waiting !== null ? waiting.days : undefined;
    if (typeof waiting !== 'object' || waiting === null)
      errors.push({
        code: 'invalid-option',
        message: `must be { from: "YYYY-MM-DD", days: N }; it is ${describe(waiting)}`,
        path: ['waitingSince'],
      });
    else if (
      !isoDateSchema.safeParse(from).success ||
      Number(String(from).slice(0, 4)) < 1900 ||
      Number(String(from).slice(0, 4)) > 8999
    )
      errors.push({
        code: 'invalid-option',
        message: `must be a calendar date YYYY-MM-DD from 1900 to 8999; it is ${describe(from)}`,
        path: ['waitingSince', 'from'],
      });
    else if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 3650)
      errors.push({
        code: 'invalid-option',
        message: `must be a whole number of days from 0 to 3650; it is ${describe(days)}`,
        path: ['waitingSince', 'days'],
      });
    else waitingSince = { from: from as string, days };
  }

  const [first, ...rest] = errors;
  if (first !== undefined) return left([first, ...rest]);
  return right({
    mentors,
    mentees,
    seed,
    currentYear,
    skillsPerPerson,
    goalsPerMentee,
    learnBackGoals,
    capacity,
    menteeCapacity,
    departments,
    language: language === 'en' ? 'en' : 'pl',
    name: typeof name === 'string' ? name.trim() : '',
    availability: availability === true,
    preferenceShare,
    vetoShare,
    waitingSince,
  });
}

function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
