/**
 * Orders two ids by their UTF-16 code units: the same order on every platform and in every locale
 * (unlike `localeCompare`), which is what makes tie-breaking by id deterministic.
 *
 * @param a - an id
 * @param b - another id
 * @returns a negative number, 0 or a positive number
 * @example
 * ['b', 'a', 'B'].sort(compareIds); // ['B', 'a', 'b']
 * @category Domain
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
