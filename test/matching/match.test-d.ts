import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { Cohort, Issues, MenteeId, MentorId } from '../../src/domain/index';
import { type MatchError, type Matching, match, whyNot } from '../../src/matching/index';
import { type PairScore, type Score, type ScoringError, scorePair } from '../../src/scoring/index';

declare const cohort: Cohort;
declare const mentor: MentorId;
declare const mentee: MenteeId;

describe('public types of scoring and matching', () => {
  it('scorePair takes a mentor id then a mentee id, branded or plain (a look-up), and returns an Either', () => {
    expectTypeOf(scorePair(cohort, mentor, mentee)).toEqualTypeOf<Either<Issues<ScoringError>, PairScore>>();
    expectTypeOf(scorePair(cohort, 'm-nowak', 'e-kowalczyk')).toEqualTypeOf<
      Either<Issues<ScoringError>, PairScore>
    >();
    // @ts-expect-error an id is text: a number is not one
    scorePair(cohort, 1, mentee);
  });

  it('match returns a Matching whose pair scores are branded scores and whose errors are discriminated by code', () => {
    expectTypeOf(match(cohort)).toEqualTypeOf<Either<Issues<MatchError>, Matching>>();
    expectTypeOf<Matching['pairs'][number]['score']>().toEqualTypeOf<Score>();
    expectTypeOf<MatchError['code']>().toEqualTypeOf<
      | 'pinned-pair-infeasible'
      | 'pinned-pair-conflict'
      | 'unknown-mentor'
      | 'unknown-mentee'
      | 'invalid-option'
      | 'cohort-too-large'
      | 'aborted'
      | 'not-a-cohort'
      | 'solver-failure'
    >();
    // @ts-expect-error 'best' is not an objective
    match(cohort, { objective: 'best' });
  });

  it('whyNot narrows on kind', () => {
    const answer = whyNot(cohort, {} as Matching, mentor, mentee);
    if (answer._tag === 'Right' && answer.right.kind === 'costs')
      expectTypeOf(answer.right.cost).toEqualTypeOf<number>();
  });
});
