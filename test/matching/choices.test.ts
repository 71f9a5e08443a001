import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { explainUnmatched, match, recommend, whyNot } from '../../src/matching/index';
import { explain } from '../../src/scoring/index';

// Issue 16: a veto blocks a pair; the programme manager is told, the participant never is.
const cohort = orThrow(
  parseCohort({
    mentors: [
      { id: 'ola', name: 'Ola', grade: 1, skills: { 'tiktok-ads': 5 }, vetoes: ['jan'] },
      { id: 'kuba', name: 'Kuba', grade: 2, skills: { 'tiktok-ads': 4 } },
    ],
    mentees: [
      { id: 'jan', name: 'Jan', grade: 7, goals: [{ skill: 'tiktok-ads' }], vetoes: ['kuba'] },
      { id: 'ewa', name: 'Ewa', grade: 8, goals: [{ skill: 'tiktok-ads' }], preferences: ['kuba'] },
    ],
  }),
);
const matching = orThrow(match(cohort));
const jan = matching.unmatched.find((u) => u.menteeId === 'jan');

describe('a vetoed mentee', () => {
  it('is never paired with whoever vetoed them, and their reason counts the veto', () => {
    expect(matching.pairs.map((p) => `${p.menteeId}–${p.mentorId}`)).toEqual(['ewa–kuba']);
    expect(jan?.reason).toEqual({ kind: 'no-feasible-mentor', blockedBy: { veto: 2 } });
  });

  it('is told why to the programme manager, in English and Polish', () => {
    if (jan === undefined) throw new Error('jan is unmatched');
    expect(orThrow(explainUnmatched(jan, { cohort }))).toBe(
      'No mentor is allowed for Jan: vetoed (2 mentors)',
    );
    expect(orThrow(explainUnmatched(jan, { cohort, locale: 'pl' }))).toBe(
      'Żaden mentor nie jest dozwolony dla: Jan — weto (2 mentorów)',
    );
  });

  it('reads "not available for this pairing" as a participant, never a veto, in both languages', () => {
    if (jan === undefined) throw new Error('jan is unmatched');
    const en = orThrow(explainUnmatched(jan, { cohort, audience: 'participant' }));
    const pl = orThrow(explainUnmatched(jan, { cohort, locale: 'pl', audience: 'participant' }));
    expect(en).toBe('No mentor is allowed for Jan: not available for this pairing (2 mentors)');
    expect(pl).toBe('Żaden mentor nie jest dozwolony dla: Jan — para niedostępna (2 mentorów)');
    for (const text of [en, pl]) expect(text).not.toMatch(/veto|weto/i);
  });

  it('gets no recommendation of a mentor who vetoed them, and nothing in the reasons says so', () => {
    expect(orThrow(recommend(cohort, 'jan'))).toEqual([]);
    const forEwa = orThrow(recommend(cohort, 'ewa'));
    expect(forEwa.map((r) => r.mentorId)).toEqual(['kuba', 'ola']);
    for (const locale of ['en', 'pl'] as const)
      for (const r of forEwa)
        expect(orThrow(explain(r, { cohort, locale, audience: 'participant' }))).not.toMatch(/veto|weto/i);
  });

  it('hears why not from whyNot: the veto for the manager, a neutral line for the participant', () => {
    const answer = orThrow(whyNot(cohort, matching, 'ola', 'jan'));
    if (answer.kind !== 'blocked') throw new Error('expected a blocked pair');
    expect(answer.reasons).toEqual([{ kind: 'veto', mentorId: 'ola', menteeId: 'jan', by: 'mentor' }]);
    expect(orThrow(explain(answer, { cohort }))).toBe('Ola (the mentor) vetoed Jan');
    expect(orThrow(explain(answer, { cohort, audience: 'participant' }))).toBe(
      'Ola and Jan are not available for this pairing',
    );
    expect(orThrow(explain(answer, { cohort, locale: 'pl', audience: 'participant' }))).toBe(
      'Para Ola – Jan jest niedostępna',
    );
  });

  it('names a stated choice among the reasons of the pair', () => {
    const ewa = matching.pairs.find((p) => p.menteeId === 'ewa');
    expect(ewa?.reasons).toContainEqual({
      kind: 'preferred',
      mentorId: 'kuba',
      menteeId: 'ewa',
      by: 'mentee',
      rank: 1,
    });
    expect(ewa?.criteria.preferences).toBe(1);
  });
});
