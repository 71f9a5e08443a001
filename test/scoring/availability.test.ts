import { describe, expect, it } from 'vitest';
import {
  type CohortInput,
  type MenteeId,
  type MentorId,
  type MentorInput,
  type MenteeInput,
  orThrow,
  parseCohort,
} from '../../src/domain/index';
import { explainUnmatched, match, whyNot } from '../../src/matching/index';
import { explain, scorePair } from '../../src/scoring/index';
import { localStretch, sharedStretches } from '../../src/scoring/internal/sharedStretches';

// Ola in Warsaw (UTC+1 in January) can meet Tuesday 15:00–17:00, Jan in New York (UTC−5)
// Tuesday 09:00–10:30: in UTC, 14:00–16:00 and 14:00–15:30, so they share 90 minutes a week.
const ola: MentorInput = {
  id: 'ola',
  name: 'Ola',
  grade: 1,
  generation: 'gen-z',
  timeZone: 'Europe/Warsaw',
  availability: ['tue 15:00-17:00'],
  skills: { 'tiktok-ads': 5 },
};
const jan: MenteeInput = {
  id: 'jan',
  name: 'Jan',
  grade: 6,
  generation: 'baby-boomer',
  timeZone: 'America/New_York',
  availability: ['Tuesday 9:00-10:30'],
  skills: { 'tiktok-ads': 1 },
  goals: [{ skill: 'tiktok-ads', priority: 'high', target: 4 }],
};
const cohortOf = (input: Partial<CohortInput> = {}) =>
  orThrow(parseCohort({ mentors: [ola], mentees: [jan], ...input }));
const scored = (cohort: ReturnType<typeof cohortOf>) => {
  const pair = orThrow(scorePair(cohort, 'ola' as MentorId, 'jan' as MenteeId));
  if (pair.kind !== 'scored') throw new Error(`expected a scored pair, got ${pair.rule}`);
  return pair;
};
const skillGain = 1 - Math.exp(-0.9);

describe('the availability criterion', () => {
  it('is min(1, shared minutes / 120) and takes over from the time zone when both list availability', () => {
    const pair = scored(cohortOf());
    // 90 / 120 = 0.75; timeZone is absent (not 0), though both give a time zone.
    expect(pair.criteria).toEqual({
      skillGain,
      goalCoverage: 1,
      generationGap: 1,
      seniorityGap: 1,
      availability: 0.75,
    });
    // weights 3, 2, 0.5, 0.5 and availability 0.5
    expect(pair.score).toBeCloseTo((3 * skillGain + 2 + 0.5 + 0.5 + 0.5 * 0.75) / 6.5, 12);
    expect(pair.score).toBeCloseTo(0.793, 3); // as docs/availability.md works it out
    expect(pair.reasons.filter((r) => r.kind === 'shared-availability' || r.kind === 'time-zone')).toEqual([
      {
        kind: 'shared-availability',
        mentorId: 'ola',
        menteeId: 'jan',
        overlapMinutes: 90,
        mentorWindow: 'tue 15:00-16:30',
        menteeWindow: 'tue 09:00-10:30',
      },
    ]);
  });

  it('reaches 1 at two shared hours and 0 with none', () => {
    const full = cohortOf({ mentees: [{ ...jan, availability: ['tue 08:00-12:00'] }] });
    expect(scored(full).criteria.availability).toBe(1);
    const none = cohortOf({ mentees: [{ ...jan, availability: ['wed 09:00-10:30'] }] });
    expect(scored(none).criteria.availability).toBe(0);
    expect(scored(none).reasons).toContainEqual({
      kind: 'shared-availability',
      mentorId: 'ola',
      menteeId: 'jan',
      overlapMinutes: 0,
    });
  });

  it('is absent when one side lists no availability, and the time zone speaks again', () => {
    const pair = scored(cohortOf({ mentees: [{ ...jan, availability: [] }] }));
    // Warsaw and New York are 6 hours apart: 2 of the 8 working hours are shared.
    expect(pair.criteria.availability).toBeUndefined();
    expect(pair.criteria.timeZone).toBe(0.25);
    expect(pair.reasons.map((r) => r.kind)).toContain('time-zone');
    expect(pair.reasons.map((r) => r.kind)).not.toContain('shared-availability');
  });

  it('leaves the time zone alone when the programme switches availability off', () => {
    const pair = scored(cohortOf({ programme: { weights: { availability: 0 } } }));
    expect(pair.criteria.availability).toBeUndefined();
    expect(pair.criteria.timeZone).toBe(0.25);
    expect(pair.reasons.map((r) => r.kind)).not.toContain('shared-availability');
  });

  it('explains the shared minutes in English and Polish', () => {
    const cohort = cohortOf();
    const reason = scored(cohort).reasons.find((r) => r.kind === 'shared-availability')!;
    expect(orThrow(explain(reason, { cohort }))).toBe(
      '1.5 hours a week of shared availability, first tue 15:00-16:30 for Ola (tue 09:00-10:30 for Jan)',
    );
    expect(orThrow(explain(reason, { cohort, locale: 'pl' }))).toBe(
      'Wspólna dostępność: 1,5 godziny tygodniowo, pierwszy wspólny termin: tue 15:00-16:30 (Ola), tue 09:00-10:30 (Jan)',
    );
    const none = { ...reason, overlapMinutes: 0, mentorWindow: undefined, menteeWindow: undefined };
    const { mentorWindow: _a, menteeWindow: _b, ...bare } = none;
    expect(orThrow(explain(bare, { cohort }))).toBe('No shared availability in the week');
    expect(orThrow(explain(bare, { cohort, locale: 'pl' }))).toBe('Brak wspólnej dostępności w tygodniu');
    expect(orThrow(explain({ ...bare, overlapMinutes: 130 }, { cohort }))).toMatch(
      /^2 hours 10 minutes a week/,
    );
    expect(orThrow(explain({ ...bare, overlapMinutes: 130 }, { cohort, locale: 'pl' }))).toMatch(
      /^Wspólna dostępność: 2 godziny 10 minut tygodniowo/,
    );
    expect(orThrow(explain({ ...bare, overlapMinutes: 45 }, { cohort, locale: 'pl' }))).toMatch(
      /45 minut tygodniowo/,
    );
  });
});

describe('the availability rule', () => {
  const strict = cohortOf({ programme: { rules: { minAvailabilityOverlapMinutes: 120 } } });

  it('blocks a pair whose windows share less than the minimum a week, when both list availability', () => {
    const pair = orThrow(scorePair(strict, 'ola' as MentorId, 'jan' as MenteeId));
    expect(pair).toEqual({
      kind: 'infeasible',
      mentorId: 'ola',
      menteeId: 'jan',
      rule: 'availability',
      reasons: [
        {
          kind: 'availability',
          mentorId: 'ola',
          menteeId: 'jan',
          overlapMinutes: 90,
          minOverlapMinutes: 120,
        },
      ],
    });
    expect(orThrow(explain(pair, { cohort: strict }))).toBe(
      'Ola and Jan share 1.5 hours a week of their availability, and the programme needs at least 2 hours',
    );
    expect(orThrow(explain(pair, { cohort: strict, locale: 'pl' }))).toBe(
      'Za mało wspólnego czasu: Ola i Jan mają 1,5 godziny wspólnej dostępności tygodniowo, a program wymaga co najmniej 2 godziny',
    );
  });

  it('lets the pair through at exactly the minimum, and when either side lists no availability', () => {
    const exact = cohortOf({ programme: { rules: { minAvailabilityOverlapMinutes: 90 } } });
    expect(orThrow(scorePair(exact, 'ola' as MentorId, 'jan' as MenteeId)).kind).toBe('scored');
    const unknown = cohortOf({
      programme: { rules: { minAvailabilityOverlapMinutes: 120 } },
      mentees: [{ ...jan, availability: [] }],
    });
    expect(orThrow(scorePair(unknown, 'ola' as MentorId, 'jan' as MenteeId)).kind).toBe('scored');
  });

  it('is named in why-not and in the unmatched mentee’s reason, in English and Polish', () => {
    const matching = orThrow(match(strict));
    expect(matching.pairs).toEqual([]);
    const [unmatched] = matching.unmatched;
    expect(unmatched?.reason).toEqual({ kind: 'no-feasible-mentor', blockedBy: { availability: 1 } });
    expect(orThrow(explainUnmatched(unmatched!, { cohort: strict }))).toBe(
      'No mentor is allowed for Jan: too little shared availability (1 mentor)',
    );
    expect(orThrow(explainUnmatched(unmatched!, { cohort: strict, locale: 'pl' }))).toBe(
      'Żaden mentor nie jest dozwolony dla: Jan — za mało wspólnego czasu (1 mentor)',
    );
    const answer = orThrow(whyNot(strict, matching, 'ola', 'jan'));
    expect(answer).toEqual({
      kind: 'blocked',
      reasons: [
        {
          kind: 'availability',
          mentorId: 'ola',
          menteeId: 'jan',
          overlapMinutes: 90,
          minOverlapMinutes: 120,
        },
      ],
    });
  });
});

describe('the shared stretches a reason names', () => {
  it('are read in each person’s local week, past midnight with the second day', () => {
    expect(localStretch([840, 900], 60)).toBe('mon 15:00-16:00');
    expect(localStretch([10050, 10110], -300)).toBe('sun 18:30-19:30');
    expect(localStretch([1380, 1500], 0)).toBe('mon 23:00-tue 01:00');
    expect(localStretch([1380, 1440], 0)).toBe('mon 23:00-24:00');
    expect(localStretch([10020, 10140], 0)).toBe('sun 23:00-mon 01:00');
  });

  it('join a stretch that runs over the end of the UTC week into one, listed last', () => {
    expect(sharedStretches(Int32Array.of(0, 60, 10000, 10080), Int32Array.of(0, 30, 10050, 10080))).toEqual([
      [10050, 10110],
    ]);
    expect(sharedStretches(Int32Array.of(0, 60, 600, 700), Int32Array.of(30, 650))).toEqual([
      [30, 60],
      [600, 650],
    ]);
  });
});
