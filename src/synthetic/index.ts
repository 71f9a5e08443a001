/**
 * The seeded synthetic cohort generator and the seeded random source behind it and the random
 * baseline: benchmark cohorts of any size, the same for the same seed on every platform.
 *
 * @packageDocumentation
 */
export { type Random, createRandom } from './createRandom';
export { type GenerateCohortOptions, type GenerateError, generateCohort } from './generateCohort';
export { BENCHMARK_SUITE, BENCHMARK_SUITE_VERSION, type SuiteCohort, suiteCohort } from './benchmarkSuite';
