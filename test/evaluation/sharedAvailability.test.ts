import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { assess, compareStrategies } from '../../src/evaluation/index';
import { SAMPLES } from '../../src/samples/index';

// Warsaw (UTC+1 in January) Tuesday 15:00–17:00 is 14:00–16:00 UTC; New York (UTC−5) Tuesday
// 09:00–10:30 is 14:00–15:30 UTC: 90 minutes shared. Tokyo (UTC+9) Wednesday 00:00–00:30 is
// Tuesday 15:00–15:30 UTC: 30 minutes with Warsaw.
const cohort: CohortInput = {
  programme: { rules: { minScore: 0 } },
  mentors: [
    {
      id: 'ola',
      grade: 1,
      timeZone: 'Europe/Warsaw',
      availability: ['tue 15:00-17:00'],
      capacity: 2,
      skills: { 'tiktok-ads': 5 },
    },
  ],
  mentees: [
    {
      id: 'jan',
      grade: 6,
      timeZone: 'America/New_York',
      availability: ['tue 09:00-10:30'],
      goals: [{ skill: 'tiktok-ads' }],
    },
    {
      id: 'ken',
      grade: 6,
      timeZone: 'Asia/Tokyo',
      availability: ['wed 00:00-00:30'],
      goals: [{ skill: 'tiktok-ads' }],
    },
    { id: 'zoe', grade: 6, goals: [{ skill: 'tiktok-ads' }] },
  ],
};

describe('shared availability in the quality report', () => {
  it('gives the mean shared minutes and the share sharing an hour, over pairs where both list windows (by hand)', () => {
    const parsed = orThrow(parseCohort(cohort));
    const report = orThrow(
      assess(parsed, {
        pairs: [
          { mentorId: 'ola', menteeId: 'jan' },
          { mentorId: 'ola', menteeId: 'ken' },
        ],
      }),
    );
    expect(report.meanSharedAvailabilityMinutes).toBe(60); // (90 + 30) / 2
    expect(report.sharedAvailabilityShare).toBe(0.5); // only jan shares an hour
    // zoe lists no windows: her pair is not counted.
    const withZoe = orThrow(assess(parsed, { pairs: [{ mentorId: 'ola', menteeId: 'zoe' }] }));
    expect(withZoe.meanSharedAvailabilityMinutes).toBeUndefined();
  });

  it('is absent for cohorts without availability, so their comparisons are unchanged', () => {
    const bank = orThrow(parseCohort(SAMPLES.bank));
    for (const s of orThrow(compareStrategies(bank)).strategies) {
      expect('meanSharedAvailabilityMinutes' in s.report).toBe(false);
      expect('sharedAvailabilityShare' in s.report).toBe(false);
    }
  });
});
