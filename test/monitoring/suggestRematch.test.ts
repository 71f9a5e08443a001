import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SAMPLES, SAMPLE_JOURNALS } from '../../src/samples/index';
import type { MentorId } from '../../src/domain/index';
import { orThrow, parseCohort, parseJournal } from '../../src/domain/index';
import type { Matching } from '../../src/matching/index';
import { match } from '../../src/matching/index';
import { assessProgramme, suggestRematch } from '../../src/monitoring/index';
import { AS_OF, fixtureCohort, fixtureJournal, fixtureMatching } from './fixture';

const report = orThrow(assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, { asOf: AS_OF }));
const keys = (m: Matching) => m.pairs.map((p) => `${p.mentorId}/${p.menteeId}`);

describe('suggestRematch', () => {
  const rematch = orThrow(suggestRematch(fixtureCohort, fixtureMatching, report));

  it('keeps every healthy pair, pinned (on track and needing a check-in alike)', () => {
    expect(keys(rematch.matching)).toEqual(expect.arrayContaining(['m-a/e-a', 'm-b/e-b']));
    expect(rematch.matching.pairs.filter((p) => p.pinned).map((p) => p.menteeId)).toEqual(['e-a', 'e-b']);
  });

  it('gives each mentee of an at-risk pair another mentor, never the previous one', () => {
    expect(rematch.changes.map((c) => [c.menteeId, c.from])).toEqual([
      ['e-c', 'm-c'],
      ['e-d', 'm-a'],
    ]);
    for (const change of rematch.changes) {
      expect('to' in change).toBe(true);
      if ('to' in change) expect(change.to).not.toBe(change.from);
    }
    expect(keys(rematch.matching)).not.toContain('m-c/e-c');
    expect(keys(rematch.matching)).not.toContain('m-a/e-d');
  });

  it('releases a programme pin that is at risk (m-c/e-c is pinned by the programme)', () => {
    expect(fixtureCohort.programme.rules.pinnedPairs).toEqual([['m-c', 'e-c']]);
    expect(rematch.changes.some((c) => c.menteeId === 'e-c')).toBe(true);
  });

  it('leaves ended pairs and unmatched mentees out, and respects capacity', () => {
    // e-e left: her pair is not rematched. Capacities: m-a 2, m-b 2, m-c 1, m-d 1.
    expect(rematch.matching.pairs.map((p) => p.menteeId)).toEqual(['e-a', 'e-b', 'e-c', 'e-d']);
    const load = new Map<string, number>();
    for (const p of rematch.matching.pairs) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    for (const mentor of fixtureCohort.mentors)
      expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
  });

  it('excludes a mentor who left the organisation', () => {
    // As of 2027-03-02, m-c has left (03-01): the pair m-c/e-c is ended and m-c takes nobody.
    const later = orThrow(
      assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, {
        asOf: '2027-03-02',
        startDate: '2027-01-04',
      }),
    );
    const result = orThrow(suggestRematch(fixtureCohort, fixtureMatching, later));
    expect(result.matching.pairs.some((p) => p.mentorId === 'm-c')).toBe(false);
  });

  it('changes nothing when no pair is at risk', () => {
    const calm = {
      ...report,
      pairs: report.pairs.map((p) => ({ ...p, status: 'on-track' as const, reasons: [] })),
    };
    const result = orThrow(suggestRematch(fixtureCohort, fixtureMatching, calm));
    expect(result.changes).toEqual([]);
    expect(keys(result.matching)).toEqual(keys(fixtureMatching));
  });

  it('proposes new mentors for the three at-risk pairs of the bank sample', () => {
    const cohort = orThrow(parseCohort(SAMPLES.bank));
    const matching = orThrow(match(cohort));
    const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort));
    const r = orThrow(assessProgramme(cohort, matching, journal, { asOf: '2027-04-12' }));
    const result = orThrow(suggestRematch(cohort, matching, r));
    expect(result.changes.map((c) => [c.menteeId, c.from])).toEqual([
      ['e-dabrowski', 'm-krol'],
      ['e-hughes', 'm-zielinska'],
      ['e-jankowski', 'm-kaczmarek'],
    ]);
    const healthy = r.pairs.filter((p) => p.status === 'on-track').map((p) => `${p.mentorId}/${p.menteeId}`);
    expect(keys(result.matching)).toEqual(expect.arrayContaining(healthy));
  });

  it('refuses a report about other pairs', () => {
    const other = { ...report, pairs: report.pairs.slice(1) };
    const result = suggestRematch(fixtureCohort, fixtureMatching, other);
    expect(isLeft(result) && result.left.map((i) => [i.code, i.path])).toEqual([
      ['report-mismatch', ['report', 'pairs']],
    ]);
  });

  it("passes the matcher's refusal on as match-failed, with the cause", () => {
    // A hand-made matching that gives m-d (capacity 1) two healthy pairs: the pins conflict.
    const [a, b] = fixtureMatching.pairs;
    if (a === undefined || b === undefined) throw new Error('fixture');
    const overloaded: Matching = {
      ...fixtureMatching,
      pairs: [
        { ...a, mentorId: 'm-d' as MentorId },
        { ...b, mentorId: 'm-d' as MentorId },
      ],
    };
    const r = orThrow(
      assessProgramme(fixtureCohort, overloaded, fixtureJournal, {
        asOf: '2027-01-05',
        startDate: '2027-01-04',
      }),
    );
    const result = suggestRematch(fixtureCohort, overloaded, r);
    if (!isLeft(result)) throw new Error('expected a refusal');
    expect(result.left[0]).toMatchObject({ code: 'match-failed', cause: [{ code: 'pinned-pair-conflict' }] });
  });
});
