import { isLeft, type Either } from 'fp-ts/lib/Either.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Cohort,
  type Issue,
  type Issues,
  type Matching,
  type ProgrammeReport,
  assessProgramme,
  compareStrategies,
  greedyMatch,
  isCohort,
  isReverseMentoringError,
  match,
  orThrow,
  parseCohort,
  parseJournal,
  randomMatch,
  recommend,
  scorePair,
  stableMatch,
  suggestRematch,
  whyNot,
} from '../../src/index';
import { generateCohort } from '../../src/synthetic/index';

// Issue 10: generateCohort returns cohort *input*; passed straight to the matcher from JavaScript it
// gave "minScore must be a number in [0, 1]". Every function that takes a cohort now says what is wrong.
const input = orThrow(generateCohort({ mentors: 3, mentees: 3, seed: 1 })) as unknown as Cohort;
const cohort = orThrow(parseCohort(input));
const matching = orThrow(match(cohort));

function firstIssue(result: Either<Issues<Issue>, unknown>): Issue | undefined {
  return isLeft(result) ? result.left[0] : undefined;
}

describe('a value that is not a parsed cohort', () => {
  it('is told apart from a parsed one cheaply', () => {
    expect(isCohort(cohort)).toBe(true);
    expect(isCohort(input)).toBe(false);
    expect(isCohort(null)).toBe(false);
    expect(isCohort({ ...cohort })).toBe(true);
  });

  it.each([
    ['match', () => match(input)],
    ['recommend', () => recommend(input, 'e1')],
    ['whyNot', () => whyNot(input, matching, 'm1', 'e1')],
    ['scorePair', () => scorePair(input, 'm1', 'e1')],
    ['compareStrategies', () => compareStrategies(input)],
    ['greedyMatch', () => greedyMatch(input)],
    ['stableMatch', () => stableMatch(input)],
    ['randomMatch', () => randomMatch(input)],
    [
      'assessProgramme',
      () =>
        assessProgramme(
          input,
          matching,
          { checkIns: [], assessments: [], outcomes: [] },
          { asOf: '2027-01-01' },
        ),
    ],
    ['suggestRematch', () => suggestRematch(input, matching, { pairs: [] } as unknown as ProgrammeReport)],
  ] as const)('is refused by %s with a not-a-cohort issue at the root', (_name, call) => {
    const issue = firstIssue(call() as Either<Issues<Issue>, unknown>);
    expect(issue).toMatchObject({ code: 'not-a-cohort', path: [] });
    expect(issue?.message).toMatch(/pass the result of parseCohort/);
  });

  it('is refused by parseJournal at its cohort argument', () => {
    expect(firstIssue(parseJournal({ checkIns: [] }, input))).toMatchObject({
      code: 'not-a-cohort',
      path: ['cohort'],
    });
  });
});

describe('orThrow', () => {
  it('throws the Left issues, typed, with their paths printed by formatPath', () => {
    let caught: unknown;
    try {
      orThrow(match(cohort, { minScore: 2 }));
    } catch (error) {
      caught = error;
    }
    expect(isReverseMentoringError(caught)).toBe(true);
    if (!isReverseMentoringError(caught)) return;
    expectTypeOf(caught.issues[0].path).toEqualTypeOf<ReadonlyArray<string | number>>();
    expect(caught.issues[0]).toMatchObject({ code: 'invalid-option', path: ['options', 'minScore'] });
    expect(caught.message).toBe('1 issue:\noptions.minScore: the minimum score must be a number in [0, 1]');
  });

  it('keeps the matching a plain value when there is nothing to throw', () => {
    expectTypeOf(orThrow(match(cohort))).toEqualTypeOf<Matching>();
    expect(orThrow(match(cohort)).pairs.length).toBe(matching.pairs.length);
  });
});
