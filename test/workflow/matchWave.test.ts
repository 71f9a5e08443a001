import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';
import { matchWave, waitingListOf } from '../../src/workflow/index';

const key = (p: { readonly mentorId: string; readonly menteeId: string }): string =>
  `${p.mentorId}|${p.menteeId}`;

/**
 * One mentor teaching TikTok ads, three mentees who want it, waiting since different days: the
 * mentor's single place goes to the longest wait, whatever the scores say.
 */
function queue(places = 1): CohortInput {
  const mentee = (id: string, level: number, waitingSince?: string) => ({
    id,
    grade: 5,
    skills: { 'tiktok-ads': level },
    goals: [{ skill: 'tiktok-ads', target: 5 }],
    ...(waitingSince === undefined ? {} : { waitingSince }),
  });
  return {
    programme: { rules: { minScore: 0, excludeReportingLine: 0 } },
    mentors: [{ id: 'ma', grade: 1, capacity: places, skills: { 'tiktok-ads': 5 } }],
    mentees: [
      // eb gains the most (level 0), so scores alone would pick eb; ec waited longest.
      mentee('ea', 3, '2027-02-01'),
      mentee('eb', 0),
      mentee('ec', 2, '2027-01-15'),
    ],
  };
}

describe('matchWave', () => {
  it('gives the place to the longest wait, then lists the others in line (worked example)', () => {
    const cohort = orThrow(parseCohort(queue()));
    // Scores alone: eb first.
    expect(orThrow(match(cohort)).pairs.map(key)).toEqual(['ma|eb']);
    const wave = orThrow(matchWave(cohort, { pairs: [] }));
    expect(wave.matching.pairs.map(key)).toEqual(['ma|ec']);
    expect(wave.added).toEqual([{ mentorId: 'ma', menteeId: 'ec' }]);
    expect(wave.classes).toEqual([
      { waitingSince: '2027-01-15', mentees: 1, pairs: 1 },
      { waitingSince: '2027-02-01', mentees: 1, pairs: 0 },
      { waitingSince: null, mentees: 1, pairs: 0 },
    ]);
    expect(
      wave.waitingList.mentees.map((w) => [w.position, w.menteeId, w.waitingSince ?? null, w.reason.kind]),
    ).toEqual([
      [1, 'ea', '2027-02-01', 'capacity-exhausted'],
      [2, 'eb', null, 'capacity-exhausted'],
    ]);
    expect(wave.waitingList.mentors).toEqual([]);
    expect(wave.matching.unmatched.map((u) => u.menteeId)).toEqual(['ea', 'eb']);
  });

  it('never touches a running pair, and fills only the places left', () => {
    const cohort = orThrow(parseCohort(queue(2)));
    const wave = orThrow(matchWave(cohort, { pairs: [{ mentorId: 'ma', menteeId: 'ea' }] }));
    expect(wave.matching.pairs.map(key)).toEqual(['ma|ea', 'ma|ec']);
    expect(wave.matching.pairs.find((p) => p.menteeId === 'ea')?.pinned).toBe(true);
    expect(wave.matching.pairs.find((p) => p.menteeId === 'ec')?.pinned).toBe(false);
    expect(wave.added).toEqual([{ mentorId: 'ma', menteeId: 'ec' }]);
    expect(wave.waitingList.mentees.map((w) => w.menteeId)).toEqual(['eb']);
  });

  it('drops running pairs of people who left, and refuses running pairs a rule now blocks', () => {
    const cohort = orThrow(parseCohort(queue()));
    const wave = orThrow(matchWave(cohort, { pairs: [{ mentorId: 'gone', menteeId: 'ea' }] }));
    expect(wave.ended).toEqual([{ mentorId: 'gone', menteeId: 'ea' }]);
    const blocked = orThrow(
      parseCohort({ ...queue(), programme: { rules: { minScore: 0, excludedPairs: [['ma', 'ea']] } } }),
    );
    const refused = matchWave(blocked, { pairs: [{ mentorId: 'ma', menteeId: 'ea' }] });
    expect(isLeft(refused) && refused.left.map((i) => [i.code, i.path])).toEqual([
      ['current-pair-infeasible', ['current', 'pairs', 0]],
    ]);
    const over = matchWave(cohort, {
      pairs: [
        { mentorId: 'ma', menteeId: 'ea' },
        { mentorId: 'ma', menteeId: 'eb' },
      ],
    });
    expect(isLeft(over) && over.left[0]?.code).toBe('current-pair-conflict');
    const bad = matchWave(cohort, null as never);
    expect(isLeft(bad) && bad.left[0]).toMatchObject({ code: 'invalid-type', path: ['current'] });
  });

  it('with nobody waiting a date, is max-matched on the cohort', () => {
    const bank = orThrow(parseCohort(SAMPLES.bank));
    const wave = orThrow(matchWave(bank, { pairs: [] }));
    const best = orThrow(match(bank, { objective: 'max-matched' }));
    expect(wave.matching.pairs.map(key)).toEqual(best.pairs.map(key));
    expect(wave.matching.totalScore).toBeCloseTo(best.totalScore, 12);
  });

  it('gives the same wave whatever the order of the running pairs', () => {
    const cohort = orThrow(parseCohort(queue(3)));
    const pairs = [
      { mentorId: 'ma', menteeId: 'eb' },
      { mentorId: 'ma', menteeId: 'ea' },
    ];
    const one = orThrow(matchWave(cohort, { pairs }));
    const two = orThrow(matchWave(cohort, { pairs: [...pairs].reverse() }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('waitingListOf', () => {
  it('puts the longest wait first, then the closest to a pair', () => {
    const cohort = orThrow(parseCohort(queue()));
    const list = orThrow(waitingListOf(cohort, orThrow(match(cohort))));
    expect(list.mentees.map((w) => w.menteeId)).toEqual(['ec', 'ea']);
  });
});
