import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { compareStrategies } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';
import { generateCohort } from '../../src/synthetic/index';

// Issue 16 adds a criterion (preferences), a rule (veto) and a generator option. A cohort
// without preferences or vetoes must generate, score, match and compare byte for byte as before:
// these fingerprints (the first 16 hex digits of the SHA-256 of the JSON) were computed by the
// same code on main before the feature (commit ad47c30).
const BEFORE: Readonly<Record<string, string>> = {
  'generate-small': '1388858054030e4d',
  'generate-capacities': '392ff8e6417156c7',
  'generate-big': 'd722ed70f2e77b8d',
  'match-bank-max-total': '824f59da97847788',
  'match-bank-max-matched': 'c905d2bb6bca4d4f',
  'match-bank-fairest': '5cc012fc5fd8dd7d',
  'compare-bank': 'ed7677ad9e20bae0',
  'match-public-office-max-total': 'b19c468f1731cf93',
  'match-public-office-max-matched': 'd846211b4cfa219c',
  'match-public-office-fairest': 'b74b86ccf1840edf',
  'compare-public-office': 'db178d044f208ab7',
  'match-generated': '15bd1a00dd428781',
  'compare-generated': '594f8b12838275a8',
};

const sha = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

describe('a cohort without preferences or vetoes (issue 16)', () => {
  it('generates, matches and compares exactly as before the feature', () => {
    const now: Record<string, string> = {};
    const options = {
      small: { mentors: 20, mentees: 30, seed: 7 },
      capacities: { mentors: 40, mentees: 50, seed: -3, menteeCapacity: [1, 3] as const },
      big: { mentors: 300, mentees: 400, seed: 123456 },
    };
    for (const [key, o] of Object.entries(options)) now[`generate-${key}`] = sha(orThrow(generateCohort(o)));
    for (const [name, sample] of Object.entries(SAMPLES)) {
      const cohort = orThrow(parseCohort(sample));
      for (const objective of ['max-total', 'max-matched', 'fairest'] as const)
        now[`match-${name}-${objective}`] = sha(orThrow(match(cohort, { objective })));
      now[`compare-${name}`] = sha(orThrow(compareStrategies(cohort)));
    }
    const generated = orThrow(parseCohort(orThrow(generateCohort({ mentors: 60, mentees: 80, seed: 11 }))));
    now['match-generated'] = sha(orThrow(match(generated)));
    now['compare-generated'] = sha(orThrow(compareStrategies(generated)));
    expect(now).toEqual(BEFORE);
  }, 60_000);

  it('generates the same cohort with the choice shares at 0 as without them', () => {
    const plain = generateCohort({ mentors: 30, mentees: 40, seed: 5 });
    expect(
      JSON.stringify(generateCohort({ mentors: 30, mentees: 40, seed: 5, preferenceShare: 0, vetoShare: 0 })),
    ).toBe(JSON.stringify(plain));
  });
});
