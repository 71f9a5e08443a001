import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Cohort,
  Issues,
  MenteeId,
  MentorId,
  PersonId,
  Proficiency,
  SkillId,
} from '../../../src/domain/index';
import {
  type CheckIn,
  type Journal,
  type JournalInput,
  type JournalIssue,
  type IsoDate,
  parseJournal,
} from '../../../src/domain/journal/index';

declare const cohort: Cohort;

describe('parseJournal (types)', () => {
  it('returns every issue or a journal', () => {
    expectTypeOf(parseJournal({}, cohort)).toEqualTypeOf<Either<Issues<JournalIssue>, Journal>>();
  });

  it('brands the ids and dates of a check-in, and keeps a mentor id apart from a mentee id', () => {
    expectTypeOf<CheckIn['mentorId']>().toEqualTypeOf<MentorId>();
    expectTypeOf<CheckIn['menteeId']>().toEqualTypeOf<MenteeId>();
    expectTypeOf<CheckIn['date']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<CheckIn['cancelled']>().toEqualTypeOf<boolean>();
    expectTypeOf<CheckIn['mentorId']>().not.toEqualTypeOf<MenteeId>();
    expectTypeOf<Journal['assessments'][number]['participantId']>().toEqualTypeOf<PersonId>();
    expectTypeOf<Journal['assessments'][number]['skills']>().toEqualTypeOf<
      ReadonlyMap<SkillId, Proficiency>
    >();
  });

  it('takes plain strings in a journal input', () => {
    const input: JournalInput = { checkIns: [{ mentorId: 'm', menteeId: 'e', date: '2027-01-11' }] };
    expectTypeOf(input).toExtend<JournalInput>();
    // @ts-expect-error a check-in needs a date: without one nothing can be said about the pair's rhythm
    const missing: JournalInput = { checkIns: [{ mentorId: 'm', menteeId: 'e' }] };
    void missing;
  });
});
