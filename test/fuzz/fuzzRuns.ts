/**
 * How many runs a fuzzing property makes: a few in `npm test` (the whole fuzz folder in seconds),
 * `FUZZ_RUNS` of them in the soak mode (`npm run fuzz`, `FUZZ_RUNS=20000 npm run fuzz`).
 */
export function fuzzRuns(quick: number): number {
  return SOAK ?? quick;
}

/** The soak size: `FUZZ_RUNS`, or 1,000 under `npm run fuzz`; `undefined` in a plain test run. */
const SOAK: number | undefined = (() => {
  const runs = Number(process.env.FUZZ_RUNS);
  if (Number.isInteger(runs) && runs > 0) return runs;
  return process.env.npm_lifecycle_event === 'fuzz' ? 1000 : undefined;
})();

/** No per-test time limit in the soak mode; vitest's default otherwise. */
export const FUZZ_TIMEOUT = SOAK === undefined ? undefined : 0;

/** Hostile pieces of text: terminal escapes, bidi overrides, lone surrogates, HTML, markdown links, NUL. */
export const HOSTILE = [
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u009b31m',
  '\u202e',
  '\u2066',
  '\r',
  '\u0000',
  '\ud800',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '[x](javascript:alert(1))',
  '|',
  '=HYPERLINK("x")',
] as const;
