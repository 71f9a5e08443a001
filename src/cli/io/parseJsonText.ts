import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { formatPath } from '../../domain/index';
import type { InputIssue } from './InputIssue';
import { findDuplicateKey } from './internal/findDuplicateKey';
import { findExcessiveNesting, locateJsonError } from './internal/locateJsonError';

/**
 * The deepest nesting of arrays and objects an input file may have. A cohort, a journal or a
 * matching is six levels deep at most; 64 leaves room for any extension and keeps every step after
 * parsing (validation, messages that quote a value) far from the call stack's limit.
 *
 * @category CLI
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses a JSON text, or says where it goes wrong as a line and a column (both from 1):
 * `invalid JSON at line 3, column 7: expected ':' after a property name, found "2"`. A text nested
 * deeper than {@link MAX_JSON_DEPTH} is refused at the bracket that goes too deep, and an object
 * with a key written twice (`{"grade": 1, "grade": 2}`, which `JSON.parse` would quietly read as
 * 2) is refused at the second key.
 *
 * @param text - the text of a file (byte-order mark already removed)
 * @param where - how to name the file in the issue
 * @returns the parsed value, or the issue
 * @example
 * parseJsonText('{"a": }', 'x.json'); // Left: x.json: invalid JSON at line 1, column 7: …
 * @category CLI
 */
export function parseJsonText(text: string, where: string): Either<InputIssue, unknown> {
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = lineAndColumn(text, tooDeep);
    return left({
      code: 'invalid-json',
      message: `invalid JSON at line ${line}, column ${column}: arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep`,
      where,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const found = locateJsonError(text);
    if (found === undefined) {
      return left({
        code: 'invalid-json',
        message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        where,
        path: [],
      });
    }
    const { line, column } = lineAndColumn(text, found.offset);
    return left({
      code: 'invalid-json',
      message: `invalid JSON at line ${line}, column ${column}: ${found.message}`,
      where,
      path: [],
    });
  }
  const twice = findDuplicateKey(text);
  if (twice !== undefined) {
    const { line, column } = lineAndColumn(text, twice.offset);
    return left({
      code: 'duplicate-key',
      message: `line ${line}, column ${column}: the key ${JSON.stringify(twice.key)} is written twice in one object (JSON would keep only the last value): keep one`,
      where: twice.path.length <= 1 ? where : `${where}: ${formatPath(twice.path.slice(0, -1))}`,
      path: twice.path,
    });
  }
  return right(value);
}

/** The line and column (from 1) of an offset; columns count UTF-16 code units, as editors mostly do. */
function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
