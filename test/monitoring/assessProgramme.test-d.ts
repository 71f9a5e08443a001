import type { Either } from 'fp-ts/lib/Either.js';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { ArgumentIssue, IsoDate, Issues, MenteeId, MentorId } from '../../src/domain/index';
import {
  type MonitoringIssue,
  type PairReport,
  type PairStatus,
  type ProgrammeReport,
  type Rematch,
  type RematchChange,
  type StatusReason,
  assessProgramme,
  explainStatus,
  suggestRematch,
} from '../../src/monitoring/index';
import { AS_OF, fixtureCohort, fixtureJournal, fixtureMatching } from './fixture';
import { orThrow } from '../../src/domain/orThrow';

describe('monitoring types', () => {
  it('assessProgramme returns every issue or a report', () => {
    expectTypeOf(
      assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, { asOf: AS_OF }),
    ).toEqualTypeOf<Either<ReadonlyNonEmptyArray<MonitoringIssue>, ProgrammeReport>>();
    // @ts-expect-error asOf is required: the core has no clock
    assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, {});
    assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, {
      asOf: AS_OF,
      // @ts-expect-error ended pairs are [mentorId, menteeId] tuples, not objects
      endedPairs: [{ mentorId: 'm-a', menteeId: 'e-a' }],
    });
  });

  it('suggestRematch returns every issue or a rematch', () => {
    expectTypeOf(suggestRematch).returns.toEqualTypeOf<
      Either<ReadonlyNonEmptyArray<MonitoringIssue>, Rematch>
    >();
  });

  it('a pair report carries branded ids, a status union and readonly data', () => {
    expectTypeOf<PairReport['mentorId']>().toEqualTypeOf<MentorId>();
    expectTypeOf<PairReport['menteeId']>().toEqualTypeOf<MenteeId>();
    expectTypeOf<PairStatus>().toEqualTypeOf<'on-track' | 'needs-check-in' | 'at-risk' | 'ended'>();
    expectTypeOf<ProgrammeReport['asOf']>().toEqualTypeOf<IsoDate>();
    const pair = {} as PairReport;
    // @ts-expect-error the report is read-only data
    pair.status = 'on-track';
  });

  it('a reason narrows on its kind to its parameters', () => {
    const reason = {} as StatusReason;
    if (reason.kind === 'repeated-cancellations')
      expectTypeOf(reason.by).toEqualTypeOf<'mentor' | 'mentee'>();
    if (reason.kind === 'no-session') expectTypeOf(reason.lastSession).toEqualTypeOf<IsoDate | null>();
    // @ts-expect-error 'silent' is not a kind of reason
    const wrong: StatusReason['kind'] = 'silent';
    void wrong;
  });

  it('a change has a new mentor or the reason why none', () => {
    const change = {} as RematchChange;
    if ('to' in change) expectTypeOf(change.to).toEqualTypeOf<MentorId>();
    else
      expectTypeOf(change.reason.kind).toEqualTypeOf<
        'no-feasible-mentor' | 'below-min-score' | 'capacity-exhausted'
      >();
  });

  it('explainStatus accepts a pair and a locale, and returns a line or the issues of its arguments', () => {
    expectTypeOf(explainStatus).returns.toEqualTypeOf<Either<Issues<ArgumentIssue>, string>>();
    // @ts-expect-error only 'en' and 'pl' are written
    orThrow(explainStatus({} as PairReport, { locale: 'de' }));
  });
});
