import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { type MatchProgress, match } from '../../src/matching/index';
import { firstBlockingRule } from '../../src/matching/internal/firstBlockingRule';
import { optimise } from '../../src/matching/internal/optimise';
import { resolvePins } from '../../src/matching/internal/resolvePins';
import { SAMPLES } from '../../src/samples/index';
import { checkRules, pairScorer } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

const bank = orThrow(parseCohort(SAMPLES.bank));

describe('match on big or cancelled runs', () => {
  it('answers cohort-too-large with the estimated memory when the candidate graph exceeds the budget', () => {
    const result = optimise({
      scorer: orThrow(pairScorer(bank)),
      pins: resolvePins(bank, []),
      minScore: 0,
      objective: 'max-total',
      maxBytes: 1000,
    });
    expect(isLeft(result) && result.left.code).toBe('cohort-too-large');
    const first = isLeft(result) ? result.left : undefined;
    if (first?.code === 'cohort-too-large') expect(first.estimatedBytes).toBeGreaterThan(1000);
  });

  it('stops with aborted when the signal is aborted before it starts', () => {
    const result = match(bank, { signal: { aborted: true } });
    expect(isLeft(result) && result.left[0].code).toBe('aborted');
  });

  it('stops with aborted when the signal is aborted while it runs', () => {
    const signal = { aborted: false };
    const result = match(bank, {
      signal,
      onProgress: ({ phase }) => {
        if (phase === 'solving') signal.aborted = true;
      },
    });
    expect(isLeft(result) && result.left[0].code).toBe('aborted');
  });

  it('reports the scoring, solving and explaining phases, each ending at its total', () => {
    const seen: MatchProgress[] = [];
    orThrow(match(bank, { onProgress: (p) => seen.push(p) }));
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['scoring', 'solving', 'explaining']);
    for (const phase of phases) {
      const last = seen.filter((p) => p.phase === phase).at(-1);
      expect(last?.done).toBe(last?.total);
    }
  });

  it('refuses an onProgress that is not a function and a signal that is not an object', () => {
    const progress = match(bank, { onProgress: 1 as unknown as () => void });
    expect(isLeft(progress) && progress.left[0].path).toEqual(['options', 'onProgress']);
    const signal = match(bank, { signal: true as unknown as { aborted: boolean } });
    expect(isLeft(signal) && signal.left[0].path).toEqual(['options', 'signal']);
  });
});

describe('the first blocking rule of a pair, with the excluded and previous pairs indexed once', () => {
  it('is the first rule checkRules gives, for every pair', () => {
    fc.assert(
      fc.property(cohortArbitrary({ maxMentors: 6, maxMentees: 6 }), (input) => {
        const cohort = orThrow(parseCohort(input));
        const first = firstBlockingRule(cohort);
        cohort.mentees.forEach((mentee, e) => {
          cohort.mentors.forEach((mentor, m) => {
            expect(first(e, m)).toBe(orThrow(checkRules(cohort, mentor, mentee))[0]?.kind);
          });
        });
      }),
      { numRuns: 80 },
    );
  });
});
