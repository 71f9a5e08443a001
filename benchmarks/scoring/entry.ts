/**
 * The scoring benchmark's measured side, bundled by run.mjs with esbuild once per revision (this
 * checkout's `src/` and an earlier one's): the same two calls both revisions export,
 * `pairScorer(cohort)` (laying the cohort out and preparing the kernels) and its
 * `row(e, into, offset)` for every mentee (scoring every pair once).
 */

/** What run.mjs hands in from one revision's `src/`. */
export interface ScoringApi {
  readonly generateCohort: (options: object) => unknown;
  readonly parseCohort: (input: unknown) => unknown;
  readonly orThrow: (result: never) => unknown;
  /** Returns the scorer (beb2a77) or an `Either` of it (since every public function answers with one). */
  readonly pairScorer: (cohort: never) => unknown;
}

export interface ScoringResult {
  /** Milliseconds to lay the cohort out and prepare the kernels (`pairScorer`), the first time. */
  readonly prepareMs: number;
  /** Milliseconds to score every mentee's row, the first time. */
  readonly rowsMs: number;
  /** The same two, the fastest of three more calls in the same process (the JIT warm). */
  readonly warmPrepareMs: number;
  readonly warmRowsMs: number;
  /** FNV-1a over the bits of every score (computed after the clock stops): equal digests, equal scores. */
  readonly digest: string;
}

interface Scorer {
  readonly rows: number;
  readonly cols: number;
  readonly row: (e: number, into: Float64Array, offset: number) => void;
}

/**
 * One measurement on a fresh cohort: a 200 × 200 cohort is scored first (as a service or the CLI
 * would have scored something small before), then the cohort once (the first call, what a CLI
 * run pays) and three more times (the JIT warm, what a long-running service pays).
 */
export function runScoring(api: ScoringApi, size: number, seed: number): ScoringResult {
  const cohortOf = (n: number, s: number): never =>
    api.orThrow(
      api.parseCohort(
        goalsBySkill(
          api.orThrow(
            api.generateCohort({
              mentors: n,
              mentees: n,
              seed: s,
              skillsPerPerson: 10,
              goalsPerMentee: [3, 5],
              capacity: [1, 3],
            }) as never,
          ) as Generated,
        ),
      ) as never,
    ) as never;
  // The scorer itself, or out of the Either the public function now returns; a scorer with no
  // rows would time nothing, so it stops the benchmark instead.
  const scorerOf = (made: unknown): Scorer => {
    const scorer = (
      typeof made === 'object' && made !== null && '_tag' in made ? api.orThrow(made as never) : made
    ) as Scorer;
    if (!(scorer.rows > 0 && typeof scorer.row === 'function')) throw new Error('pairScorer gave no scorer');
    return scorer;
  };
  scoreAll(scorerOf(api.pairScorer(cohortOf(200, seed + 1))), false);
  const cohort = cohortOf(size, seed);
  const once = (): { readonly scorer: Scorer; readonly prepareMs: number; readonly rowsMs: number } => {
    const t0 = performance.now();
    const scorer = scorerOf(api.pairScorer(cohort));
    const t1 = performance.now();
    scoreAll(scorer, false);
    return { scorer, prepareMs: t1 - t0, rowsMs: performance.now() - t1 };
  };
  const first = once();
  const warm = [once(), once(), once()];
  return {
    prepareMs: first.prepareMs,
    rowsMs: first.rowsMs,
    warmPrepareMs: Math.min(...warm.map((w) => w.prepareMs)),
    warmRowsMs: Math.min(...warm.map((w) => w.rowsMs)),
    digest: scoreAll(first.scorer, true),
  };
}

interface Generated {
  readonly mentors: ReadonlyArray<Person>;
  readonly mentees: ReadonlyArray<Person>;
}
interface Person {
  readonly goals?: ReadonlyArray<{ readonly skill: string }>;
}

/**
 * The generated cohort with each person's goals listed by skill id. Revisions before the
 * single-source refactor multiplied a mentee's skill-gain factors in the order the goals were
 * listed, later ones in skill-id order (so that the order a person lists goals in changes
 * nothing); given in that order, both must compute the same products, to the bit.
 */
function goalsBySkill(cohort: Generated): Generated {
  const bySkill = (p: Person): Person =>
    p.goals === undefined
      ? p
      : { ...p, goals: [...p.goals].sort((a, b) => (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0)) };
  return { ...cohort, mentors: cohort.mentors.map(bySkill), mentees: cohort.mentees.map(bySkill) };
}

function scoreAll(scorer: Scorer, digest: boolean): string {
  const row = new Float64Array(scorer.cols);
  const bits = new Uint32Array(row.buffer);
  let hash = 0x811c9dc5;
  for (let e = 0; e < scorer.rows; e++) {
    scorer.row(e, row, 0);
    if (digest)
      for (let i = 0; i < bits.length; i++) hash = Math.imul(hash ^ (bits[i] as number), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
