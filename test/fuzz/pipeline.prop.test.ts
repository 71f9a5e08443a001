import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';
import { EXIT } from '../../src/cli/exitCode';
import { runCli } from '../../src/cli/runCli';
import type { CohortInput } from '../../src/domain/index';
import { fakeIo } from '../cli/fakeIo';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { FUZZ_TIMEOUT, HOSTILE, fuzzRuns } from './fuzzRuns';

/** Characters a terminal acts on instead of showing: none may reach a table, markdown or a message raw. */
const UNSAFE_RAW =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

async function cli(argv: ReadonlyArray<string>, files: Record<string, string>) {
  const io = fakeIo(files);
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

/** A permutation of a list, drawn from a seed (Fisher–Yates over a small LCG). */
function shuffle<T>(items: ReadonlyArray<T>, seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
function shuffleKeys<V>(record: Readonly<Record<string, V>>, seed: number): Record<string, V> {
  return Object.fromEntries(shuffle(Object.entries(record), seed));
}

/** The same cohort with every list, every record's keys and every person's skills in another order. */
function reordered(input: CohortInput, seed: number): CohortInput {
  type Loose = Record<string, unknown> & { skills?: Record<string, unknown>; goals?: ReadonlyArray<unknown> };
  // A person's skills (keys), goals and languages are sets: their order must not matter either.
  const person = (p: Loose, i: number): Loose => ({
    ...p,
    ...(p.skills === undefined ? {} : { skills: shuffleKeys(p.skills, seed + i) }),
    ...(p.goals === undefined ? {} : { goals: shuffle(p.goals, seed + 11 * i + 5) }),
    ...(Array.isArray(p.languages)
      ? { languages: shuffle(p.languages as unknown[], seed + 13 * i + 3) }
      : {}),
  });
  const programme = (input.programme ?? {}) as Record<string, unknown>;
  const rules = programme.rules as Record<string, ReadonlyArray<unknown> | undefined> | undefined;
  const focus = programme.focus as Record<string, unknown> | undefined;
  return {
    ...input,
    programme: {
      ...programme,
      ...(focus === undefined ? {} : { focus: shuffleKeys(focus, seed) }),
      ...(rules === undefined
        ? {}
        : {
            rules: {
              ...rules,
              excludedPairs: shuffle(rules.excludedPairs ?? [], seed + 1),
              previousPairs: shuffle(rules.previousPairs ?? [], seed + 2),
              pinnedPairs: shuffle(rules.pinnedPairs ?? [], seed + 3),
            },
          }),
    },
    mentors: shuffle(input.mentors as unknown as Loose[], seed).map(person),
    mentees: shuffle(input.mentees as unknown as Loose[], seed + 7).map(person),
  } as unknown as CohortInput;
}

describe('parse → match → report', () => {
  it(
    'prints byte-identical JSON whatever the order of lists, keys, skills, goals and languages',
    async () => {
      await fc.assert(
        fc.asyncProperty(cohortArbitrary({ maxMentors: 5, maxMentees: 5 }), fc.nat(), async (input, seed) => {
          const a = await cli(['match', 'c.json', '--format', 'json'], { 'c.json': JSON.stringify(input) });
          const b = await cli(['match', 'c.json', '--format', 'json'], {
            'c.json': JSON.stringify(reordered(input, seed)),
          });
          // An input error or warning (availability without a time zone, issue 16) points at
          // positions in the caller's input, which a reorder moves: the same issues must be
          // reported, each at its own (moved) index.
          const issues = (err: string): string =>
            err
              .replace(/\[\d+\]/g, '[]')
              .split('\n')
              .sort()
              .join('\n');
          return a.code === b.code && a.out === b.out && issues(a.err) === issues(b.err);
        }),
        { numRuns: fuzzRuns(15) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'never lets a hostile name, id or programme name reach the terminal unescaped, and never crashes',
    async () => {
      const hostile = fc
        .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), {
          minLength: 1,
          maxLength: 4,
        })
        .map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(
          cohortArbitrary({ maxMentors: 3, maxMentees: 3, minMentors: 1, minMentees: 1 }),
          hostile,
          fc.constantFrom('table', 'markdown'),
          async (input, text, format) => {
            const evil = {
              ...input,
              programme: { ...input.programme, name: `p${text}` },
              mentors: input.mentors.map((m) => ({ ...m, name: `n${text}` })),
              mentees: input.mentees.map((m, i) => (i === 0 ? { ...m, id: `e${text}` } : m)),
            };
            const files = { 'c.json': JSON.stringify(evil) };
            for (const argv of [
              ['match', 'c.json', '--format', format],
              ['validate', 'c.json'],
              ['recommend', 'c.json', '--mentee', `e${text}`],
            ]) {
              const run = await cli(argv, files);
              if (run.code === EXIT.internal || UNSAFE_RAW.test(run.out) || UNSAFE_RAW.test(run.err))
                return false;
            }
            return true;
          },
        ),
        { numRuns: fuzzRuns(15) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers any mutated cohort or journal file with a result or located issues, never an internal error',
    async () => {
      const base = JSON.stringify({ mentors: [{ id: 'ola', grade: 1, skills: { seo: 5 } }], mentees: [] });
      const mutated = fc
        .tuple(
          fc.nat({ max: base.length }),
          fc.nat({ max: 3 }),
          fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('[[[[', '"\\u', '1e999', '{"a":1," a":2}')),
        )
        .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
      await fc.assert(
        fc.asyncProperty(fc.oneof(mutated, fc.json(), fc.string()), async (text) => {
          const files = { 'c.json': text, 'j.json': text };
          const validate = await cli(['validate', 'c.json'], files);
          const progress = await cli(
            ['progress', 'c.json', '--matching', 'j.json', '--journal', 'j.json'],
            files,
          );
          return (
            validate.code !== EXIT.internal &&
            progress.code !== EXIT.internal &&
            (validate.code === EXIT.ok || validate.err !== '')
          );
        }),
        { numRuns: fuzzRuns(40) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

it('runs the quick size in a plain test run and the soak size under FUZZ_RUNS or npm run fuzz', () => {
  const soak = process.env.FUZZ_RUNS !== undefined || process.env.npm_lifecycle_event === 'fuzz';
  expect(fuzzRuns(3) === 3).toBe(!soak);
});
