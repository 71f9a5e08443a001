export { type Random, createRandom } from './createRandom';
export { type GenerateCohortOptions, type GenerateError, generateCohort } from './generateCohort';
