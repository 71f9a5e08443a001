import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { auditMatching, describeFinding, FINDING_KINDS } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';

const bank = orThrow(parseCohort(SAMPLES.bank));

// The bank sample's programme excludes m-zielinska → e-dabrowski, remembers m-wojcik →
// e-lewandowska from last year and pins m-nowak → e-kowalczyk; m-nowak reports to e-lewandowska,
// m-wojcik to e-kaminski; m-wojcik has one place.
const handMade = {
  pairs: [
    { mentorId: 'm-zielinska', menteeId: 'e-dabrowski' },
    { mentorId: 'm-wojcik', menteeId: 'e-lewandowska' },
    { mentorId: 'm-nowak', menteeId: 'e-lewandowska' },
    { mentorId: 'nobody', menteeId: 'e-mazur' },
    { mentorId: 'm-wojcik', menteeId: 'e-mazur' },
    { mentorId: 'm-wojcik', menteeId: 'e-mazur' },
    { mentorId: 'm-wojcik', menteeId: 'e-kaminski' },
  ],
};

describe('auditMatching', () => {
  it('finds nothing in a matching of the library', () => {
    expect(orThrow(auditMatching(bank, orThrow(match(bank))))).toEqual([]);
  });

  it('names every rule, unknown person, repeated pair, exceeded capacity and missing pin of a hand-made matching', () => {
    const findings = orThrow(auditMatching(bank, handMade));
    expect(findings).toContainEqual({
      kind: 'rule-broken',
      pair: 0,
      mentorId: 'm-zielinska',
      menteeId: 'e-dabrowski',
      rule: 'excluded',
    });
    expect(findings).toContainEqual({
      kind: 'rule-broken',
      pair: 1,
      mentorId: 'm-wojcik',
      menteeId: 'e-lewandowska',
      rule: 'previous',
    });
    expect(findings).toContainEqual({
      kind: 'rule-broken',
      pair: 2,
      mentorId: 'm-nowak',
      menteeId: 'e-lewandowska',
      rule: 'reporting-line',
    });
    expect(findings).toContainEqual({
      kind: 'rule-broken',
      pair: 6,
      mentorId: 'm-wojcik',
      menteeId: 'e-kaminski',
      rule: 'reporting-line',
    });
    expect(findings).toContainEqual({
      kind: 'unknown-person',
      pair: 3,
      mentorId: 'nobody',
      menteeId: 'e-mazur',
      side: 'mentor',
    });
    expect(findings).toContainEqual({
      kind: 'duplicate-pair',
      pair: 5,
      first: 4,
      mentorId: 'm-wojcik',
      menteeId: 'e-mazur',
    });
    // The repeated pair counts once against the capacity.
    expect(findings).toContainEqual({
      kind: 'over-capacity',
      side: 'mentor',
      id: 'm-wojcik',
      capacity: 1,
      count: 3,
      pairs: [1, 4, 6],
    });
    expect(findings).toContainEqual({
      kind: 'over-capacity',
      side: 'mentee',
      id: 'e-lewandowska',
      capacity: 1,
      count: 2,
      pairs: [1, 2],
    });
    expect(findings.at(-1)).toEqual({ kind: 'missing-pin', mentorId: 'm-nowak', menteeId: 'e-kowalczyk' });
  });

  it('lists pair findings by pair, then capacities, then missing pins', () => {
    const findings = orThrow(auditMatching(bank, handMade));
    const pairOf = (f: (typeof findings)[number]): number => ('pair' in f ? f.pair : Infinity);
    const pairs = findings.map(pairOf).filter(Number.isFinite);
    expect(pairs).toEqual([...pairs].sort((a, b) => a - b));
    const kinds = findings.map((f) => f.kind);
    expect(kinds.lastIndexOf('over-capacity')).toBeLessThan(kinds.indexOf('missing-pin'));
    expect(kinds.every((k) => FINDING_KINDS.includes(k))).toBe(true);
  });

  it('flags a pair below minScore unless it is pinned', () => {
    const matching = orThrow(match(bank));
    const lowest = [...matching.pairs].filter((p) => !p.pinned).sort((a, b) => a.score - b.score)[0];
    if (lowest === undefined) throw new Error('the bank sample has unpinned pairs');
    const minScore = lowest.score + 0.001;
    const findings = orThrow(auditMatching(bank, matching, { minScore }));
    expect(findings).toContainEqual({
      kind: 'below-min-score',
      pair: matching.pairs.indexOf(lowest),
      mentorId: lowest.mentorId,
      menteeId: lowest.menteeId,
      score: lowest.score,
      minScore,
    });
    const pinned = matching.pairs.findIndex((p) => p.pinned);
    expect(findings.some((f) => f.kind === 'below-min-score' && f.pair === pinned)).toBe(false);
  });

  it('says each finding in English and Polish, numbering pairs from 1', () => {
    const findings = orThrow(auditMatching(bank, handMade));
    const duplicate = findings.find((f) => f.kind === 'duplicate-pair');
    if (duplicate === undefined) throw new Error('expected a duplicate');
    expect(orThrow(describeFinding(duplicate))).toBe('pair 6 ("m-wojcik" → "e-mazur") repeats pair 5');
    expect(orThrow(describeFinding(duplicate, 'pl'))).toBe('para 6 ("m-wojcik" → "e-mazur") powtarza parę 5');
    const excluded = findings[0];
    if (excluded === undefined) throw new Error('expected a finding');
    expect(orThrow(describeFinding(excluded))).toBe(
      'pair 1 ("m-zielinska" → "e-dabrowski") breaks the rule "excluded pair"',
    );
    for (const finding of findings) {
      expect(orThrow(describeFinding(finding, 'en'))).not.toBe(orThrow(describeFinding(finding, 'pl')));
    }
  });

  it('gives the same findings whatever the order of the cohort lists', () => {
    const shuffled = orThrow(
      parseCohort({
        ...SAMPLES.bank,
        mentors: [...SAMPLES.bank.mentors].reverse(),
        mentees: [...SAMPLES.bank.mentees].reverse(),
      }),
    );
    expect(orThrow(auditMatching(shuffled, handMade))).toEqual(orThrow(auditMatching(bank, handMade)));
  });
});
