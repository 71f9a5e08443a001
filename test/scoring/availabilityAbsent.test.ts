import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { explain } from '../../src/scoring/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';
import { generateCohort } from '../../src/synthetic/index';
import { pairScorer } from '../../src/scoring/index';
import { writeCohortCsv } from '../../src/cli/io/writeCohortCsv';
import { scoringCohortArbitrary } from './scoringCohortArbitrary';

const sha = (value: unknown): string =>
  createHash('sha256')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex');

function cells(input: CohortInput, programme: Partial<NonNullable<CohortInput['programme']>> = {}): string[] {
  const cohort = orThrow(parseCohort({ ...input, programme: { ...input.programme, ...programme } }));
  const scorer = orThrow(pairScorer(cohort));
  const row = new Float64Array(scorer.cols);
  const out: string[] = [];
  for (let e = 0; e < scorer.rows; e++) {
    scorer.row(e, row, 0);
    out.push(...[...row].map(String));
  }
  return out;
}

// Digests of what `main` computed before availability existed (issue 16), taken from that code:
// the input, the matching JSON, every pair's explanation in Polish and English, and every cell of
// the score matrix. A cohort without availability must score, match and explain byte for byte as before.
const BEFORE = {
  bank: [
    '1a599c63134628891564fe6c070814953a87c08e3ba9cdd87f3f4795532bf1d4',
    '824f59da978477883140a59cc53af47e2f0d2bdb313f9048f9082a4d309b3d7f',
    '71577728a8071a27586e32065f989439430f3b067162062ad6ceee2d8acf63c9',
    '42865f8f08fcae3f714629ed42ae92f44be5ffbb42e47995c155d095a38b494c',
  ],
  'public-office': [
    'bb0a9629ed5249f074ab70047c60781f0995e833c284710b8dadf6f76b2b1ab3',
    'b19c468f1731cf936bd79f4e4a28e7ec7a518e1a9032fd59208993351df0b6f7',
    'c752f83610ab003158f1142c9602639b54752d6d1fba90281bafeb5bc7e60bea',
    '3d53971dc01a84e2736d1860a78699ad242807c7c7c2607c4a923d5842e9bba8',
  ],
  gen1: [
    '4bfb58a434ec3759ccb02b7ba850874a4559254f8716272c9363ddd01c373db9',
    '7269336339159582a8b9a7f66c7bb09b22281cab5601007cf75b3ed2366d1d28',
    '0d1c97089567b8fedd1ee3d4b0ac3d411c2b715f8c1319309558921defa8a0e6',
    '3cff44e9325c46e13c5f6bbaeb52c4bf26994945404563eea8920efe3b770a01',
  ],
  gen2: [
    '04bdabe29a9069a9be8b509cf4bf704ab8650192f69b9051f559660a17b87433',
    '4d702006eeb74b2d9f7fcc6bcdb8e0956b4e7cc6586f759fe39198c4aac976e4',
    'c082dc35dcf918701c5efee526356279de3cae7121435fda02b76ff0ed4d4096',
    'ab11f748566c43feabbe0cf0e29cf6da0ceb9dad933965cab808a5f7f32b0956',
  ],
} as const;

const inputs: Readonly<Record<keyof typeof BEFORE, CohortInput>> = {
  ...SAMPLES,
  gen1: orThrow(generateCohort({ mentors: 25, mentees: 30, seed: 1 })),
  gen2: orThrow(generateCohort({ mentors: 12, mentees: 15, seed: 99, menteeCapacity: [1, 2] })),
};

describe('a cohort without availability (issue 16)', () => {
  it.each(Object.keys(BEFORE) as Array<keyof typeof BEFORE>)(
    '%s scores, matches and explains exactly as before availability existed',
    (name) => {
      const input = inputs[name];
      const cohort = orThrow(parseCohort(input));
      const matching = orThrow(match(cohort));
      const explained = matching.pairs.map((p) => [
        orThrow(explain(p, { cohort, locale: 'pl' })),
        orThrow(explain(p, { cohort })),
      ]);
      expect([sha(input), sha(matching), sha(explained), sha(cells(input))]).toEqual(BEFORE[name]);
    },
  );

  it('is generated and written as CSV byte for byte as before', () => {
    expect(sha(writeCohortCsv(inputs.gen1))).toBe(
      '910b622a6652797caecea11b11071c115277ccc12e08410498266636d6bea3bf',
    );
  });

  it('scores the same whatever the availability weight and the minimum overlap', () => {
    fc.assert(
      fc.property(
        scoringCohortArbitrary({ maxMentors: 5, maxMentees: 5 }),
        fc.constantFrom(0, 0.5, 7),
        fc.constantFrom(30, 600),
        (drawn, weight, min) => {
          const input: CohortInput = {
            ...drawn,
            mentors: drawn.mentors.map(({ availability: _, ...m }) => m),
            mentees: drawn.mentees.map(({ availability: _, ...m }) => m),
          };
          const drawnWeights = input.programme?.weights ?? {};
          const others = Object.entries(drawnWeights).some(([k, w]) => k !== 'availability' && (w ?? 0) > 0);
          // Availability off must leave some weight on (the draw may have put it all there).
          const weights = { ...drawnWeights, availability: 0, ...(others ? {} : { seniorityGap: 1 }) };
          const off = cells(input, { weights });
          expect(cells(input, { weights: { ...weights, availability: weight } })).toEqual(off);
          expect(
            cells(input, {
              weights,
              rules: { ...input.programme?.rules, minAvailabilityOverlapMinutes: min },
            }),
          ).toEqual(off);
        },
      ),
      { numRuns: 60 },
    );
  });
});
