import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { SAMPLES } from '../../src/samples/index';

const cohort = lib.orThrow(lib.parseCohort(SAMPLES.bank));
const matching = lib.orThrow(lib.match(cohort));
const hostile = (): unknown => [
  undefined,
  null,
  5,
  'x',
  [],
  {},
  { pinnedPairs: true, strategies: 'max-total', objective: 7 },
  new Proxy(
    {},
    {
      get() {
        throw new Error('a getter that throws');
      },
    },
  ),
];

// Every public function that answers with an Either, and the places its arguments go.
const EITHER_FUNCTIONS: ReadonlyArray<readonly [string, (bad: unknown) => unknown]> = [
  ['parseCohort', (b) => lib.parseCohort(b)],
  ['parseCohort options', (b) => lib.parseCohort(SAMPLES.bank, b as never)],
  ['parseJournal', (b) => lib.parseJournal(b, cohort)],
  ['parseDecisions', (b) => lib.parseDecisions(b, cohort)],
  ['match', (b) => lib.match(cohort, b as never)],
  ['match cohort', (b) => lib.match(b as never)],
  ['recommend', (b) => lib.recommend(cohort, b as never)],
  ['whyNot', (b) => lib.whyNot(cohort, b as never, 'm-nowak', 'e-kowalczyk')],
  ['scorePair', (b) => lib.scorePair(cohort, b as never, 'e-kowalczyk')],
  ['assess', (b) => lib.assess(cohort, matching, b as never)],
  ['compareStrategies', (b) => lib.compareStrategies(cohort, b as never)],
  ['greedyMatch', (b) => lib.greedyMatch(cohort, b as never)],
  ['stableMatch', (b) => lib.stableMatch(cohort, b as never)],
  ['randomMatch', (b) => lib.randomMatch(cohort, b as never)],
  ['weightSensitivity', (b) => lib.weightSensitivity(cohort, b as never)],
  ['compareSettings', (b) => lib.compareSettings(b as never, cohort)],
  ['applyDecisions proposal', (b) => lib.applyDecisions(cohort, b as never, { decisions: [] })],
  ['applyDecisions options', (b) => lib.applyDecisions(cohort, matching, { decisions: [] }, b as never)],
  ['matchWave current', (b) => lib.matchWave(cohort, b as never)],
  ['matchWave options', (b) => lib.matchWave(cohort, matching, b as never)],
];

describe('hostile arguments from plain JavaScript', () => {
  for (const [name, call] of EITHER_FUNCTIONS)
    it(`${name} answers with an Either, never a throw`, () => {
      for (const bad of hostile() as unknown[]) {
        const result = call(bad) as { readonly _tag?: string };
        expect(['Left', 'Right']).toContain(result._tag);
      }
    });

  it('isCohort and isReverseMentoringError say false for a proxy that throws', () => {
    const [proxy] = (hostile() as unknown[]).slice(-1);
    expect(lib.isCohort(proxy)).toBe(false);
    expect(lib.isReverseMentoringError(proxy)).toBe(false);
  });

  it('refuses options that are a list, not an object', () => {
    const options = [
      lib.match(cohort, [] as never),
      lib.compareStrategies(cohort, [] as never),
      lib.assess(cohort, matching, [] as never),
      lib.greedyMatch(cohort, [] as never),
      lib.weightSensitivity(cohort, [] as never),
      lib.applyDecisions(cohort, matching, { decisions: [] }, [] as never),
      lib.matchWave(cohort, matching, [] as never),
    ];
    for (const result of options) expect(result._tag).toBe('Left');
  });
});
