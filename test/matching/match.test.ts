import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import * as SAMPLE_MODULE from '../../src/samples/index';
import { SAMPLES } from '../../src/samples/index';
import { type CohortInput, type MenteeId, type MentorId, orThrow, parseCohort } from '../../src/domain/index';
import { explainUnmatched, match, recommend, whyNot } from '../../src/matching/index';
import { scorePair } from '../../src/scoring/index';

const bank = orThrow(parseCohort(SAMPLES.bank));
const office = orThrow(parseCohort(SAMPLES['public-office']));

describe('match on the bank sample', () => {
  const matching = orThrow(match(bank));

  it('never pairs a mentee with somebody in their reporting line', () => {
    // Ola Nowak reports to Ewa Lewandowska; Tymon Pawlak reports to Kuba Wójcik (both mentors).
    expect(matching.pairs).not.toContainEqual(
      expect.objectContaining({ mentorId: 'm-nowak', menteeId: 'e-lewandowska' }),
    );
  });

  it('keeps the pinned pair and marks it as pinned', () => {
    expect(matching.pairs).toContainEqual(
      expect.objectContaining({ mentorId: 'm-nowak', menteeId: 'e-kowalczyk', pinned: true }),
    );
  });

  it('never makes the excluded or the previous pair', () => {
    expect(matching.pairs).not.toContainEqual(
      expect.objectContaining({ mentorId: 'm-zielinska', menteeId: 'e-dabrowski' }),
    );
    expect(matching.pairs).not.toContainEqual(
      expect.objectContaining({ mentorId: 'm-wojcik', menteeId: 'e-lewandowska' }),
    );
  });

  it('is plain JSON data with the agreed fields', () => {
    expect(Object.keys(matching).sort()).toEqual(['objective', 'pairs', 'totalScore', 'unmatched']);
    expect(JSON.parse(JSON.stringify(matching))).toEqual(matching);
    expect(matching.objective).toBe('max-total');
  });
});

describe('match on the public-office sample', () => {
  it('leaves four mentees unmatched when the places that could teach them are taken, and says so', () => {
    // 9 mentors with 2+2+2+1+1+1+1+0+1 = 11 places for 14 mentees; Julia Nowicka's second place
    // stays free: she can teach none of the four others' open goals (and manages none of them).
    const matching = orThrow(match(office));
    expect(matching.pairs).toHaveLength(10);
    expect(matching.unmatched.map((u) => u.menteeId)).toEqual([
      'u-lis',
      'u-szczepanska',
      'u-wrobel',
      'u-zajac',
    ]);
    expect(matching.unmatched.map((u) => u.reason.kind)).toEqual([
      'capacity-exhausted',
      'capacity-exhausted',
      'capacity-exhausted',
      'capacity-exhausted',
    ]);
    const [first] = matching.unmatched;
    if (first === undefined) return;
    expect(orThrow(explainUnmatched(first, { cohort: office, locale: 'pl' }))).toMatch(
      /^Wszyscy pasujący mentorzy \(\d+\) są zajęci/,
    );
  });

  it('leaves a mentee below the minimum score unmatched with the best score it had', () => {
    const matching = orThrow(match(office, { minScore: 0.99 }));
    expect(matching.pairs).toHaveLength(0);
    expect(matching.unmatched.every((u) => u.reason.kind === 'below-min-score')).toBe(true);
  });
});

describe('match refusals', () => {
  it('refuses a pinned pair that breaks a hard rule, naming the rule and the pin', () => {
    const { bankCohort } = SAMPLE_MODULE;
    const input: CohortInput = {
      ...bankCohort,
      programme: {
        ...bankCohort.programme,
        rules: { ...bankCohort.programme.rules, pinnedPairs: [['m-nowak', 'e-lewandowska']] },
      },
    };
    const result = match(orThrow(parseCohort(input)));
    expect(isLeft(result) && result.left[0]).toMatchObject({
      code: 'pinned-pair-infeasible',
      path: ['programme', 'rules', 'pinnedPairs', 0],
      pins: [{ mentorId: 'm-nowak', menteeId: 'e-lewandowska', rule: 'reporting-line' }],
    });
  });

  it('refuses an extra pin for a mentee already pinned elsewhere', () => {
    const result = match(bank, { pinnedPairs: [['m-wojcik' as MentorId, 'e-kowalczyk' as MenteeId]] });
    expect(isLeft(result) && result.left[0].code).toBe('pinned-pair-conflict');
  });

  it('refuses an unknown objective', () => {
    expect(isLeft(match(bank, { objective: 'best' as never }))).toBe(true);
  });
});

describe('whyNot', () => {
  const matching = orThrow(match(bank));

  it('names the rule that blocks a pair', () => {
    const answer = orThrow(whyNot(bank, matching, 'm-nowak' as MentorId, 'e-lewandowska' as MenteeId));
    expect(answer.kind === 'blocked' && answer.reasons[0]?.kind).toBe('reporting-line');
  });

  it('says what forcing a feasible pair would cost, and who would change partner', () => {
    const made = matching.pairs.find((p) => !p.pinned);
    // The first other mentor (by id) whom no rule keeps from this mentee.
    const other = bank.mentors.find((m) => {
      if (made === undefined || m.id === made.mentorId) return false;
      const scored = scorePair(bank, m.id, made.menteeId);
      return isRight(scored) && scored.right.kind === 'scored';
    });
    if (made === undefined || other === undefined) throw new Error('sample changed');
    const answer = orThrow(whyNot(bank, matching, other.id, made.menteeId));
    // Igor Piotrowski (SEO 4) for Marek Dąbrowski instead of Natalia Król: Igor's mentee moves too.
    expect(answer.kind).toBe('costs');
    if (answer.kind !== 'costs') return;
    expect(answer.cost).toBeGreaterThan(0);
    expect(answer.lostMatches).toBe(0);
    expect(answer.changes).toContainEqual({
      menteeId: made.menteeId,
      before: made.mentorId,
      after: other.id,
    });
  });

  it('says when a pin keeps the pair from being made: the mentee pinned to someone else, or every place of the mentor pinned', () => {
    // Anna Kowalczyk is pinned to Ola Nowak by the programme; Lena Grabowska could teach her.
    const taken = orThrow(whyNot(bank, matching, 'm-grabowska' as MentorId, 'e-kowalczyk' as MenteeId));
    expect(taken).toMatchObject({ kind: 'pinned-elsewhere', pinnedTo: 'm-nowak' });
    // Kuba Wójcik (one place) pinned to Elżbieta Krawczyk: nothing is left for Richard Hughes.
    const options = { pinnedPairs: [['m-wojcik' as MentorId, 'e-krawczyk' as MenteeId] as const] };
    const full = orThrow(
      whyNot(bank, orThrow(match(bank, options)), 'm-wojcik' as MentorId, 'e-hughes' as MenteeId, options),
    );
    expect(full.kind).toBe('pinned-elsewhere');
    expect('pinnedTo' in full).toBe(false);
  });

  it('says a pair that was made was made', () => {
    const [pair] = matching.pairs;
    if (pair === undefined) throw new Error('no pair');
    expect(orThrow(whyNot(bank, matching, pair.mentorId, pair.menteeId)).kind).toBe('paired');
  });
});

describe('recommend', () => {
  it('lists the best mentors first, feasible only, each with a score and reasons', () => {
    const top = orThrow(recommend(bank, 'e-jankowski' as MenteeId, { limit: 4 }));
    expect(top).toHaveLength(4);
    const scores = top.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top.every((r) => r.reasons.length > 0)).toBe(true);
  });

  it('marks a mentor who is the first choice of more mentees than their places as contested', () => {
    const top = orThrow(recommend(office, 'u-wrobel' as MenteeId, { limit: 9 }));
    for (const r of top) expect(r.contested).toBe(r.firstChoiceOf > r.placesLeft);
    const all = office.mentees.flatMap((m) => orThrow(recommend(office, m.id, { limit: 1 })));
    // 14 mentees, 11 places: somebody's first choice must be over-subscribed.
    expect(all.some((r) => r.contested)).toBe(true);
  });

  it('refuses an unknown mentee, a bad limit and a minScore outside [0, 1] as data', () => {
    const codes = [
      recommend(bank, 'nobody' as MenteeId),
      recommend(bank, 'e-jankowski' as MenteeId, { limit: -1 }),
      recommend(bank, 'e-jankowski' as MenteeId, { minScore: Number.NaN }),
      recommend(bank, 'e-jankowski' as MenteeId, { minScore: 2 }),
    ].map((r) => (isLeft(r) ? r.left[0].code : 'right'));
    expect(codes).toEqual(['unknown-mentee', 'invalid-option', 'invalid-option', 'invalid-option']);
  });
});
