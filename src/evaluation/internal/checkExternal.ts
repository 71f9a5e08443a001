import type { MatchError } from '../../matching/index';

/**
 * Checks the `external` option of `compareStrategies` from untyped callers: an array of
 * `{ name, matching: { pairs: [{ mentorId, menteeId }] } }` with string names and ids. Only the
 * shape is checked; what the pairs say is measured, never refused.
 *
 * @internal
 */
export function checkExternal(external: unknown): MatchError | undefined {
  if (external === undefined) return undefined;
  const invalid = (path: ReadonlyArray<string | number>, what: string): MatchError => ({
    code: 'invalid-option',
    message: `${what}`,
    path: ['options', 'external', ...path],
  });
  if (!Array.isArray(external)) return invalid([], 'external must be an array of { name, matching }');
  for (const [i, entry] of (external as ReadonlyArray<unknown>).entries()) {
    if (typeof entry !== 'object' || entry === null)
      return invalid([i], 'an external matching is { name, matching }');
    const { name, matching } = entry as { readonly name?: unknown; readonly matching?: unknown };
    if (typeof name !== 'string') return invalid([i, 'name'], 'the name of an external matching is a string');
    const pairs =
      typeof matching === 'object' && matching !== null ? (matching as { pairs?: unknown }).pairs : undefined;
    if (!Array.isArray(pairs))
      return invalid([i, 'matching', 'pairs'], 'an external matching has an array of pairs');
    for (const [k, pair] of (pairs as ReadonlyArray<unknown>).entries()) {
      const { mentorId, menteeId } = (typeof pair === 'object' && pair !== null ? pair : {}) as {
        readonly mentorId?: unknown;
        readonly menteeId?: unknown;
      };
      if (typeof mentorId !== 'string' || typeof menteeId !== 'string') {
        return invalid([i, 'matching', 'pairs', k], 'a pair has a string mentorId and menteeId');
      }
    }
  }
  return undefined;
}
