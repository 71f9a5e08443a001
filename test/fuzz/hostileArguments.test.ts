import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../api/entries';
import * as lib from '../../src/index';
import { SAMPLES, SAMPLE_JOURNALS } from '../../src/samples/index';

// Issue 10: every public function answers plain JavaScript with an Either — a Left of located
// issues for arguments outside its types — and never throws. The functions are not listed by hand:
// every function every entry point exports (test/api/entries.ts) is called with every argument
// replaced by garbage, so a new export that throws fails here the day it is added.

const root = resolve(import.meta.dirname, '../..');
const cohort = lib.orThrow(lib.parseCohort(SAMPLES.bank));
const matching = lib.orThrow(lib.match(cohort));
const journal = lib.orThrow(lib.parseJournal(SAMPLE_JOURNALS.bank, cohort));
const report = lib.orThrow(lib.assessProgramme(cohort, matching, journal, { asOf: '2027-03-01' }));
const [mentor] = cohort.mentors;
const [mentee] = cohort.mentees;
const [pair] = matching.pairs;
if (mentor === undefined || mentee === undefined || pair === undefined || report.pairs[0] === undefined)
  throw new Error('the bank sample has people, pairs and a report');
const decisions = { decisions: [] };
const unmatched = {
  menteeId: 'e-x',
  reason: { kind: 'capacity-exhausted', candidates: 2, bestScore: 0.5, bestMentorId: 'm-y' },
};
const availability = { availability: ['mon 08:00-10:00'], timeZone: 'Europe/Warsaw' };
/** A b-matching graph of one edge, the valid graph argument of the three b-matching solvers. */
const oneEdgeGraph = () => ({
  rows: 1,
  cols: 1,
  start: Int32Array.from([0, 1]),
  col: Int32Array.from([0]),
  weight: Float64Array.from([1]),
  rowCapacity: Int32Array.from([1]),
  colCapacity: Int32Array.from([1]),
});

/**
 * Arguments each public function accepts (a `Right`): the start of every call below, one argument
 * at a time replaced by garbage. A new export needs its line here, or the first test fails.
 */
const VALID: Readonly<Record<string, ReadonlyArray<unknown>>> = {
  applyDecisions: [cohort, matching, decisions, {}],
  assess: [cohort, matching, {}],
  assessProgramme: [cohort, matching, journal, { asOf: '2027-03-01' }],
  auditMatching: [cohort, matching, {}],
  bottleneckThreshold: [
    [
      [1, 2],
      [3, 4],
    ],
    {},
  ],
  checkRules: [cohort, mentor, mentee],
  compareSettings: [cohort, cohort, {}],
  compareStrategies: [cohort, { strategies: ['greedy'] }],
  costMatrixFromRows: [
    [
      [1, 2],
      [3, 4],
    ],
  ],
  createRandom: [42],
  daysBetween: ['2027-01-01', '2027-01-31'],
  decisionStatus: [[{ by: 'mentor', decision: 'accepted', date: '2027-01-01' }]],
  decisionStatusLabel: ['published', 'pl'],
  describeFinding: [{ kind: 'missing-pin', mentorId: 'm', menteeId: 'e' }, 'en'],
  explain: [pair, { locale: 'pl', cohort, limit: 2, audience: 'participant' }],
  explainChange: [
    { change: 'added', mentorId: 'm', menteeId: 'e' },
    { locale: 'en', cohort },
  ],
  explainStatus: [report.pairs[0], { locale: 'pl', cohort }],
  explainStatusReason: [{ kind: 'ended-by-programme' }, { locale: 'en' }],
  explainUnmatched: [unmatched, { locale: 'en', cohort, audience: 'programme' }],
  explainWaiting: [{ ...unmatched, position: 1, wanted: 1, got: 0 }, { locale: 'pl' }],
  formatAvailabilityWindow: [{ day: 'mon', start: 480, end: 600 }],
  formatPath: [['mentors', 3, 'skills']],
  generateCohort: [{ mentors: 3, mentees: 3, seed: 1 }],
  generationOf: [1990],
  generationRank: ['gen-z'],
  greedyMatch: [cohort, {}],
  intervalsOf: [availability],
  isOpenGoal: [mentee, mentee.goals[0] ?? { skill: 'seo', target: 3 }],
  match: [cohort, {}],
  matchWave: [cohort, matching, {}],
  maxCardinality: [
    [
      [1, 2],
      [3, 4],
    ],
    {},
  ],
  notACohort: [['cohort']],
  openGoals: [mentee],
  parseAvailabilityWindow: ['mon 08:00-10:00'],
  parseCohort: [SAMPLES.bank, {}],
  parseCohortWithWarnings: [SAMPLES.bank, {}],
  parseDecisions: [decisions, cohort],
  parseJournal: [SAMPLE_JOURNALS.bank, cohort],
  parseJournalWithWarnings: [SAMPLE_JOURNALS.bank, cohort],
  pairScorer: [cohort],
  pluralPl: [3, { one: 'poziom', few: 'poziomy', many: 'poziomów' }],
  randomMatch: [cohort, { seed: 1 }],
  recommend: [cohort, mentee.id, { limit: 2 }],
  renderHtmlReport: [{ cohort, matching }, { locale: 'en' }],
  ruleLabel: ['veto', 'pl', 'participant'],
  scoreMatrix: [cohort],
  scorePair: [cohort, mentor.id, mentee.id],
  scoreParticipants: [cohort, mentor, mentee],
  sharedMinutes: [Int32Array.from([0, 60]), Int32Array.from([30, 90])],
  solveAssignment: [
    [
      [1, 2],
      [3, 4],
    ],
    {},
  ],
  solveBMatching: [oneEdgeGraph(), {}],
  maxCardinalityBMatching: [oneEdgeGraph(), {}],
  bMatchingThreshold: [oneEdgeGraph(), {}],
  solveSparseAssignment: [
    {
      rows: 1,
      cols: 1,
      rowStart: Int32Array.from([0, 1]),
      colIndex: Int32Array.from([0]),
      cost: Float64Array.from([1]),
    },
    {},
  ],
  sparseFromDense: [
    [
      [1, 2],
      [3, 4],
    ],
    {},
  ],
  stableMatch: [cohort, {}],
  statusSeverity: ['at-risk'],
  suggestRematch: [cohort, matching, report, {}],
  suiteCohort: ['balanced-50'],
  utcOffsetMinutes: ['Europe/Warsaw'],
  waitingListOf: [cohort, matching],
  weeklyIntervals: [['mon 08:00-10:00'], 60],
  weeklyOverlapMinutes: [availability, availability],
  weightSensitivity: [cohort, { factors: [2] }],
  whyNot: [cohort, matching, mentor.id, mentee.id, {}],
};

/** The type guards: a boolean for anything, never a throw. */
const GUARDS = ['isCohort', 'isReverseMentoringError'];

/**
 * The public functions that do not answer with an Either, each with why. Nothing else may join
 * this list without a reason a reviewer accepts.
 */
const NOT_EITHER: Readonly<Record<string, string>> = {
  orThrow: 'the one bridge to exceptions: it throws a ReverseMentoringError, and nothing else',
  compareIds:
    'a comparator for Array.prototype.sort over strings: an Either would make it unusable as one; it throws on a Symbol, as `<` does',
  cohortJsonSchema: 'takes no argument and cannot fail: a constant',
  journalJsonSchema: 'takes no argument and cannot fail: a constant',
  decisionsJsonSchema: 'takes no argument and cannot fail: a constant',
};

/** The one class: built from anything, it is still an error that carries a list of issues. */
const CLASSES = ['ReverseMentoringError'];

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('a get trap that throws');
    },
    has() {
      throw new Error('a has trap that throws');
    },
    ownKeys() {
      throw new Error('an ownKeys trap that throws');
    },
    getOwnPropertyDescriptor() {
      throw new Error('a getOwnPropertyDescriptor trap that throws');
    },
    getPrototypeOf() {
      throw new Error('a getPrototypeOf trap that throws');
    },
  },
);
const getter = Object.defineProperty({}, 'reasons', {
  enumerable: true,
  get() {
    throw new Error('a getter that throws');
  },
});
let deep: unknown = {};
for (let i = 0; i < 10_000; i++) deep = { reasons: [deep], kind: deep };

const GARBAGE: ReadonlyArray<readonly [string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['0', 0],
  ['-1', -1],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['a string', 'x'],
  ['a long string', 'x'.repeat(10_000)],
  ['{}', {}],
  ['[]', []],
  ['[null]', [null]],
  ['a wrong shape', { reasons: [{ kind: 'nope' }], pairs: 'all', kind: 7, _tag: 'Left', left: 5 }],
  ['a Proxy whose traps throw', throwing],
  ['a throwing getter', getter],
  ['a BigInt', 10n],
  ['a Symbol', Symbol('garbage')],
  ['a function', () => 1],
  ['a deeply nested object', deep],
];

interface Exported {
  readonly entry: string;
  readonly name: string;
  readonly value: (...args: unknown[]) => unknown;
}

let exported: ReadonlyArray<Exported> = [];

beforeAll(async () => {
  const modules = await Promise.all(
    ENTRIES.map(
      async (entry) => [entry.subpath, (await import(resolve(root, entry.source))) as object] as const,
    ),
  );
  exported = modules.flatMap(([entry, module]) =>
    Object.entries(module)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, value]) => ({ entry, name, value: value as (...args: unknown[]) => unknown })),
  );
});

/** What is wrong with a result of an Either function, or `undefined` when it is well formed. */
function malformed(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return `not an Either: ${String(result)}`;
  const { _tag: tag } = result as { readonly _tag?: unknown };
  if (tag === 'Right') return undefined;
  if (tag !== 'Left') return `not an Either: _tag ${String(tag)}`;
  const issues = (result as { readonly left: unknown }).left;
  if (!Array.isArray(issues) || issues.length === 0) return 'a Left without issues';
  for (const issue of issues as unknown[]) {
    const { code, message, path } = (issue ?? {}) as Record<string, unknown>;
    if (typeof code !== 'string' || typeof message !== 'string' || !Array.isArray(path))
      return `an issue without a string code, a string message and a path: ${JSON.stringify(issue)}`;
    if (!path.every((key) => typeof key === 'string' || typeof key === 'number'))
      return `a path of something else than keys and indices: ${String(path)}`;
    // A message quotes at most ~80 characters of what came, whatever came.
    if (message.length > 400) return `a message of ${message.length} characters`;
  }
  return undefined;
}

/** Every call: the valid arguments with one replaced by a garbage value, then all of them. */
function callsOf(name: string): ReadonlyArray<readonly [string, ReadonlyArray<unknown>]> {
  const valid = VALID[name] ?? [];
  const arity = Math.max(valid.length, 1);
  return GARBAGE.flatMap(([what, bad]) => [
    ...Array.from({ length: arity }, (_, k) => {
      const args = [...valid];
      args[k] = bad;
      return [`argument ${k + 1} ${what}`, args] as const;
    }),
    [`every argument ${what}`, Array.from({ length: arity }, () => bad)] as const,
  ]);
}

describe('every public function, with garbage from plain JavaScript', () => {
  it('is known: each function of every entry is an Either function with valid arguments, a guard or a listed exception', () => {
    const unknown = exported
      .filter(
        ({ name }) =>
          !(name in VALID) && !GUARDS.includes(name) && !(name in NOT_EITHER) && !CLASSES.includes(name),
      )
      .map(({ entry, name }) => `${entry} ${name}`);
    expect(unknown).toEqual([]);
    // The lists name nothing that is not exported (a renamed function leaves no stale entry).
    const names = new Set(exported.map((e) => e.name));
    for (const name of [...Object.keys(VALID), ...GUARDS, ...Object.keys(NOT_EITHER), ...CLASSES])
      expect(names, name).toContain(name);
  });

  it('answers the valid arguments with a Right (so that the garbage below is what makes a Left)', () => {
    for (const { entry, name, value } of exported.filter((e) => e.name in VALID)) {
      const result = value(...(VALID[name] ?? [])) as { readonly _tag?: string; readonly left?: unknown };
      expect(result._tag, `${entry} ${name}: ${JSON.stringify(result.left)}`).toBe('Right');
    }
  });

  it('answers with an Either, never a throw, a Left of located issues for garbage', () => {
    let calls = 0;
    const wrong: string[] = [];
    for (const { entry, name, value } of exported.filter((e) => e.name in VALID)) {
      for (const [what, args] of callsOf(name)) {
        calls++;
        try {
          const problem = malformed(value(...args));
          if (problem !== undefined) wrong.push(`${entry} ${name}, ${what}: ${problem}`);
        } catch (error) {
          wrong.push(`${entry} ${name}, ${what}: threw ${String(error)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(1000);
  });

  it('refuses null for every argument of an Either function', () => {
    const answered = exported
      .filter((e) => e.name in VALID)
      .map(({ entry, name, value }) => {
        try {
          const args = (VALID[name] ?? [null]).map(() => null);
          return `${entry} ${name}: ${(value(...args) as { readonly _tag: string })._tag}`;
        } catch (error) {
          return `${entry} ${name}: threw ${String(error)}`;
        }
      });
    expect(answered.filter((line) => !line.endsWith(': Left'))).toEqual([]);
  });

  it('keeps the type guards to a boolean', () => {
    for (const { name, value } of exported.filter((e) => GUARDS.includes(e.name)))
      for (const [what, bad] of GARBAGE) expect(typeof value(bad), `${name} ${what}`).toBe('boolean');
  });

  it('has orThrow throw nothing but a ReverseMentoringError with a located issue', () => {
    for (const [what, bad] of GARBAGE) {
      let caught: unknown;
      try {
        lib.orThrow(bad as never);
      } catch (error) {
        caught = error;
      }
      expect(lib.isReverseMentoringError(caught), what).toBe(true);
      if (!lib.isReverseMentoringError(caught)) continue;
      expect(Array.isArray(caught.issues) && caught.issues.length > 0, what).toBe(true);
      expect(typeof caught.message, what).toBe('string');
    }
    let caught: unknown;
    try {
      lib.orThrow(null as never);
    } catch (error) {
      caught = error;
    }
    expect(lib.isReverseMentoringError(caught) && caught.issues[0]).toEqual({
      code: 'invalid-argument',
      message: "expected an Either (a result of this library, { _tag: 'Right' | 'Left' }), got null",
      path: [],
    });
  });

  it('builds a ReverseMentoringError from anything, with a list of issues', () => {
    for (const [what, bad] of GARBAGE) {
      const error = new lib.ReverseMentoringError(bad as never);
      expect(lib.isReverseMentoringError(error), what).toBe(true);
      expect(Array.isArray(error.issues), what).toBe(true);
    }
  });

  it('keeps the constant getters constant, whatever they are passed', () => {
    const getters = exported.filter((e) => e.name.endsWith('JsonSchema'));
    expect(getters.length).toBeGreaterThan(0);
    for (const { name, value } of getters)
      for (const [what, bad] of GARBAGE) expect(value(bad), `${name} ${what}`).toEqual(value());
  });
});

describe('options from plain JavaScript', () => {
  it('refuses options that are a list, not an object', () => {
    const options = [
      lib.match(cohort, [] as never),
      lib.compareStrategies(cohort, [] as never),
      lib.assess(cohort, matching, [] as never),
      lib.greedyMatch(cohort, [] as never),
      lib.weightSensitivity(cohort, [] as never),
      lib.applyDecisions(cohort, matching, { decisions: [] }, [] as never),
      lib.matchWave(cohort, matching, [] as never),
      lib.explain(pair, [] as never),
      lib.explainUnmatched(unmatched as never, [] as never),
    ];
    for (const result of options) expect(result._tag).toBe('Left');
  });
});
