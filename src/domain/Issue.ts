import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';

/**
 * A path into the caller's input: object keys and array indices (`["mentors", 3, "skills", "tiktok"]`).
 * It starts at the function's first argument; an issue in another argument starts with that
 * argument's name (`["options", "minScore"]`).
 *
 * @category Errors
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * The one shape of everything that can be wrong, in every layer: a stable `code` (kebab case), a
 * human `message` (a sentence without the path, which {@link formatPath} prints) and the `path`
 * to the offending input. A layer narrows `Code` to its own union and may add data fields.
 *
 * @category Errors
 */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly path: IssuePath;
}

/**
 * The one `Left` shape: every issue at once, never an empty list.
 *
 * @category Errors
 */
export type Issues<I extends Issue = Issue> = ReadonlyNonEmptyArray<I>;

/**
 * Formats a path as a reader writes it, unchecked: what the library's own callers (the CLI,
 * `orThrow`) use with paths of its issues. The public `formatPath` (`public/formatPath.ts`) checks
 * the path first.
 *
 * @internal
 */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text === '' ? '(root)' : text;
}
