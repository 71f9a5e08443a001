import type { Mentee } from '../../domain/index';

/**
 * How many mentors a mentee takes: 1 until the cohort gives mentees a capacity of their own.
 *
 * @internal
 */
export function menteeCapacity(mentee: Mentee): number {
  const { capacity } = mentee as { readonly capacity?: number };
  return capacity ?? 1;
}
