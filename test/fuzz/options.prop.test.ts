import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_JOURNALS, SAMPLES } from '../../src/samples/index';
import { generateCohort } from '../../src/synthetic/index';
import {
  assess,
  assessProgramme,
  compareStrategies,
  greedyMatch,
  match,
  orThrow,
  parseCohort,
  parseJournal,
  randomMatch,
  recommend,
  stableMatch,
  suggestRematch,
  whyNot,
} from '../../src/index';
import { FUZZ_TIMEOUT, fuzzRuns } from './fuzzRuns';

const cohort = orThrow(parseCohort(SAMPLES.bank));
const matching = orThrow(match(cohort));
const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, cohort));
const report = orThrow(assessProgramme(cohort, matching, journal, { asOf: '2027-04-08' }));

/** JSON-ish values, and what plain JavaScript adds: functions, a throwing getter, a Proxy that throws. */
const jsonish = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    () => 1,
    Object.defineProperty({}, 'pairs', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    }),
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ),
  ),
);
/** Options: anything at all, or an object whose known keys hold anything. */
const options = fc.oneof(
  jsonish,
  fc.record(
    {
      objective: jsonish,
      minScore: jsonish,
      pinnedPairs: jsonish,
      solver: jsonish,
      strategies: jsonish,
      seed: jsonish,
      limit: jsonish,
      asOf: jsonish,
      cadenceDays: jsonish,
      startDate: jsonish,
      endedPairs: jsonish,
      currentYear: jsonish,
      signal: jsonish,
      onProgress: jsonish,
    },
    { requiredKeys: [] },
  ),
);

type Call = (value: unknown) => unknown;
// Every public function that returns an Either, each argument in turn replaced by an arbitrary value.
const CALLS: ReadonlyArray<readonly [string, Call]> = [
  ['match options', (o) => match(cohort, o as never)],
  ['match cohort', (c) => match(c as never)],
  ['recommend options', (o) => recommend(cohort, 'e-jankowski' as never, o as never)],
  ['recommend mentee', (m) => recommend(cohort, m as never)],
  ['whyNot options', (o) => whyNot(cohort, matching, 'm-nowak' as never, 'e-jankowski' as never, o as never)],
  ['whyNot matching', (m) => whyNot(cohort, m as never, 'm-nowak' as never, 'e-jankowski' as never)],
  ['compareStrategies options', (o) => compareStrategies(cohort, o as never)],
  ['greedyMatch options', (o) => greedyMatch(cohort, o as never)],
  ['randomMatch options', (o) => randomMatch(cohort, o as never)],
  ['stableMatch options', (o) => stableMatch(cohort, o as never)],
  ['assess matching', (m) => assess(cohort, m as never)],
  ['assess options', (o) => assess(cohort, matching, o as never)],
  ['assessProgramme options', (o) => assessProgramme(cohort, matching, journal, o as never)],
  ['assessProgramme matching', (m) => assessProgramme(cohort, m as never, journal, { asOf: '2027-04-08' })],
  ['assessProgramme journal', (j) => assessProgramme(cohort, matching, j as never, { asOf: '2027-04-08' })],
  ['suggestRematch report', (r) => suggestRematch(cohort, matching, r as never)],
  ['suggestRematch options', (o) => suggestRematch(cohort, matching, report, o as never)],
  ['generateCohort options', (o) => generateCohort(o as never)],
  ['parseCohort input', (i) => parseCohort(i)],
  ['parseCohort options', (o) => parseCohort(SAMPLES.bank, o as never)],
  ['parseJournal input', (i) => parseJournal(i, cohort)],
  ['parseJournal cohort', (c) => parseJournal(SAMPLE_JOURNALS.bank, c as never)],
];

describe('every public function from plain JavaScript', () => {
  it.each(CALLS)(
    '%s: returns an Either for any argument, never throws',
    (_name, call) => {
      fc.assert(
        fc.property(options, (value) => {
          const result = call(value) as { readonly _tag?: unknown };
          return result._tag === 'Left' || result._tag === 'Right';
        }),
        { numRuns: fuzzRuns(40) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('returns a Left, not a throw, for the wrong types the fuzzing run found', () => {
    const lefts = [
      match(cohort, { pinnedPairs: true } as never),
      compareStrategies(cohort, { strategies: 'max-total' } as never),
      assessProgramme(cohort, matching, journal, { asOf: '2027-04-08', endedPairs: 1 } as never),
      assessProgramme(cohort, matching, journal, { asOf: '2027-04-08', endedPairs: [null] } as never),
      suggestRematch(cohort, matching, {} as never),
      assess(cohort, {} as never),
      parseCohort(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
          },
        ),
      ),
      parseCohort({
        get mentors(): never {
          throw new Error('getter');
        },
      }),
    ];
    expect(lefts.map((r) => r._tag)).toEqual(lefts.map(() => 'Left'));
  });

  it('answers a matching whose id is nested 8,000 deep with a Left and a short message', () => {
    let id: unknown = 'x'.repeat(8000);
    for (let i = 0; i < 8000; i++) id = [id];
    const deep = { pairs: [{ mentorId: id, menteeId: 'e-jankowski' }] };
    const result = assessProgramme(cohort, deep as never, journal, { asOf: '2027-04-08' });
    expect(result._tag).toBe('Left');
    const long = { pairs: [{ mentorId: 'x'.repeat(8000), menteeId: 'e-jankowski' }] };
    const quoted = assessProgramme(cohort, long as never, journal, { asOf: '2027-04-08' });
    if (quoted._tag === 'Right') throw new Error('expected a Left');
    for (const issue of quoted.left) expect(issue.message.length).toBeLessThan(160);
  });
});
