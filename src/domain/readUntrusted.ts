import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Issue, IssuePath } from './Issue';

/** The deepest nesting of arrays and objects an argument may have: real inputs need six levels. */
export const MAX_INPUT_DEPTH = 64;

/**
 * A plain copy of an untrusted value (what plain JavaScript passes a public function), read once:
 * objects and arrays are copied key by key — without recursion, so nesting costs no call stack —
 * and every other value is kept. A getter that throws, a `Proxy` whose traps throw, or nesting
 * deeper than `maxDepth` is an `invalid-type` issue at its path, never an exception; after the
 * copy, validation reads plain data only (a getter cannot answer differently the second time).
 * Keys such as `__proto__` stay own data properties.
 *
 * @param value - anything
 * @param path - where the value is in the caller's input (`[]` for the first argument)
 * @param maxDepth - the deepest nesting allowed (default {@link MAX_INPUT_DEPTH})
 * @returns the copy, or the issue that stopped it
 * @internal
 */
export function readUntrusted(
  value: unknown,
  path: IssuePath,
  maxDepth: number = MAX_INPUT_DEPTH,
): Either<Issue<'invalid-type'>, unknown> {
  const root: { value?: unknown } = {};
  // Each task copies `source` into `target[key]`; depth counts the containers above it.
  const tasks: Array<{ source: unknown; target: object; key: string; path: IssuePath; depth: number }> = [
    { source: value, target: root, key: 'value', path, depth: 0 },
  ];
  try {
    for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
      const { source, target, key, depth } = task;
      let copy: unknown = source;
      if (
        typeof source === 'object' &&
        source !== null &&
        !(source instanceof Map) &&
        !(source instanceof Set)
      ) {
        if (depth >= maxDepth)
          return left({
            code: 'invalid-type',
            message: `the value is nested more than ${maxDepth} levels deep`,
            path: task.path,
          });
        const array = Array.isArray(source);
        const container: object = array ? [] : {};
        const keys = array
          ? [...Array((source as unknown[]).length).keys()].map(String)
          : Object.keys(source);
        // Pushed last key first, so that the stack hands them out in the input's order.
        for (const k of keys.reverse()) {
          tasks.push({
            source: (source as Record<string, unknown>)[k],
            target: container,
            key: k,
            path: [...task.path, array ? Number(k) : k],
            depth: depth + 1,
          });
        }
        copy = container;
      }
      Object.defineProperty(target, key, {
        value: copy,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it threw';
    return left({
      code: 'invalid-type',
      message: `the value could not be read (${quoteText(reason)})`,
      path,
    });
  }
  return right(root.value);
}

/**
 * A value as a message may quote it: a string in quotes, cut to 80 characters with `…`; a number,
 * boolean or null as written; anything else by its kind (`an object`, `an array`). Never a whole
 * value, so a message stays short whatever it is about, and never a throw (an 8,000-deep object).
 *
 * @param value - anything
 * @returns a short text
 * @internal
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(quoteText(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function quoteText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
