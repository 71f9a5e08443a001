import * as z from 'zod';

/**
 * The generations, oldest first, with the Pew Research Center's birth-year cut-offs.
 * `silent` also takes everybody born before 1928; Pew has not closed `gen-alpha`.
 *
 * @category Domain
 */
export const GENERATIONS = [
  { id: 'silent', from: Number.NEGATIVE_INFINITY, to: 1945 },
  { id: 'baby-boomer', from: 1946, to: 1964 },
  { id: 'gen-x', from: 1965, to: 1980 },
  { id: 'millennial', from: 1981, to: 1996 },
  { id: 'gen-z', from: 1997, to: 2012 },
  { id: 'gen-alpha', from: 2013, to: Number.POSITIVE_INFINITY },
] as const;

/** A generation id. @category Domain */
export const generationSchema = z.enum([
  'silent',
  'baby-boomer',
  'gen-x',
  'millennial',
  'gen-z',
  'gen-alpha',
]);
/** A generation id: `silent`, `baby-boomer`, `gen-x`, `millennial`, `gen-z` or `gen-alpha`. @category Domain */
export type Generation = z.output<typeof generationSchema>;

/**
 * The generation of somebody born in the given year (Pew cut-offs).
 *
 * Unchecked: what the library itself calls with values it made; the public `generationOf` of
 * `reverse-mentoring/domain` (`public/generationOf.ts`) checks its arguments first.
 *
 * @internal
 */
export function generationOf(birthYear: number): Generation {
  for (const generation of GENERATIONS) {
    if (birthYear <= generation.to) return generation.id;
  }
  return 'gen-alpha';
}

/**
 * The names of the generations in English and Polish.
 *
 * @category Domain
 */
export const GENERATION_LABELS: Readonly<Record<Generation, { readonly en: string; readonly pl: string }>> = {
  silent: { en: 'Silent Generation', pl: 'pokolenie milczące' },
  'baby-boomer': { en: 'Baby Boomers', pl: 'baby boomers' },
  'gen-x': { en: 'Gen X', pl: 'pokolenie X' },
  millennial: { en: 'Millennials', pl: 'milenialsi' },
  'gen-z': { en: 'Gen Z', pl: 'pokolenie Z' },
  'gen-alpha': { en: 'Gen Alpha', pl: 'pokolenie Alfa' },
};

/**
 * The position of a generation from the oldest (0, `silent`) to the youngest (5, `gen-alpha`).
 * A larger rank is a younger generation: a reverse-mentoring mentor has the larger rank.
 *
 * Unchecked: what the library itself calls with values it made; the public `generationRank` of
 * `reverse-mentoring/domain` (`public/generationRank.ts`) checks its arguments first.
 *
 * @internal
 */
export function generationRank(generation: Generation): number {
  return GENERATIONS.findIndex((g) => g.id === generation);
}
