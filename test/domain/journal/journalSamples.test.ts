import { describe, expect, it } from 'vitest';
import { bankCohort } from '../../../src/samples/bankCohort';
import { bankJournal } from '../../../src/samples/bankJournal';
import { publicOfficeCohort } from '../../../src/samples/publicOfficeCohort';
import { publicOfficeJournal } from '../../../src/samples/publicOfficeJournal';
import { compareIds, orThrow, parseCohort } from '../../../src/domain/index';
import { type Journal, daysBetween, parseJournal } from '../../../src/domain/journal/index';
import { match } from '../../../src/matching/index';

const samples = [
  { name: 'bank', cohort: orThrow(parseCohort(bankCohort)), input: bankJournal },
  { name: 'public office', cohort: orThrow(parseCohort(publicOfficeCohort)), input: publicOfficeJournal },
] as const;

const pairKey = (mentorId: string, menteeId: string) => `${mentorId}/${menteeId}`;

function pairsOf(journal: Journal): Map<string, Journal['checkIns'][number][]> {
  const pairs = new Map<string, Journal['checkIns'][number][]>();
  for (const c of journal.checkIns)
    pairs.set(pairKey(c.mentorId, c.menteeId), [...(pairs.get(pairKey(c.mentorId, c.menteeId)) ?? []), c]);
  return pairs;
}

describe.each(samples)('the $name sample journal', ({ cohort, input }) => {
  const journal = orThrow(parseJournal(input, cohort));
  const pairs = pairsOf(journal);
  const lastDate = journal.checkIns.at(-1)?.date ?? '';

  it('runs for about three months from 11 January 2027, every two weeks', () => {
    expect(journal.checkIns[0]?.date).toBe('2027-01-11');
    expect(daysBetween('2027-01-11', lastDate)).toBeGreaterThanOrEqual(84);
    for (const sessions of pairs.values()) {
      for (let i = 1; i < sessions.length; i++) {
        expect(daysBetween(sessions[i - 1]?.date ?? '', sessions[i]?.date ?? '')).toBeGreaterThanOrEqual(14);
      }
    }
  });

  it('pairs exactly the people that match(cohort) pairs with the default objective', () => {
    const matching = orThrow(match(cohort));
    const matched = matching.pairs.map((p) => pairKey(p.mentorId, p.menteeId)).sort(compareIds);
    expect([...pairs.keys()].sort(compareIds)).toEqual(matched);
  });

  it('has a pair that has not met for five weeks at the end', () => {
    const silent = [...pairs.values()].filter((s) => daysBetween(s.at(-1)?.date ?? '', lastDate) >= 35);
    expect(silent).toHaveLength(1);
  });

  it('has a pair whose mentee rated the last two sessions low (2 or less)', () => {
    const low = [...pairs.values()].filter((s) => {
      const held = s.filter((c) => !c.cancelled);
      return held.slice(-2).every((c) => (c.ratings?.mentee ?? 5) <= 2) && held.length >= 2;
    });
    expect(low).toHaveLength(1);
  });

  it('has a pair whose mentee cancelled repeatedly', () => {
    const cancelling = [...pairs.values()].filter(
      (s) => s.filter((c) => c.cancelled && c.cancelledBy === 'mentee').length >= 3,
    );
    expect(cancelling).toHaveLength(1);
  });

  it('has a self-assessment before and after for every mentee in a pair', () => {
    for (const key of pairs.keys()) {
      const menteeId = key.split('/')[1];
      const dates = journal.assessments.filter((a) => a.participantId === menteeId).map((a) => a.date);
      expect(dates.length).toBeGreaterThanOrEqual(2);
      expect(dates[0]! < journal.checkIns[0]!.date).toBe(true);
      expect(dates.at(-1)! > lastDate).toBe(true);
    }
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and leap days', () => {
    // January has 31 days: 11 Jan → 15 Feb is 20 + 15 = 35 days.
    expect(daysBetween('2027-01-11', '2027-02-15')).toBe(35);
    // 2028 is a leap year: 28 Feb → 1 Mar passes 29 Feb, 2 days.
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-01-11')).toBe(-49);
  });
});
