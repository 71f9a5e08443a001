/** Where a JSON text first goes wrong, and what was expected there. @internal */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly message: string;
}

/** What the scanner expects next. */
type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'after';

/**
 * Finds the first syntax error of a JSON text by reading it again with a small scanner
 * (RFC 8259). `JSON.parse` knows where it failed, but only some Node versions say so in the
 * message, and never as a line and column. The scanner keeps its open arrays and objects on a
 * stack of its own instead of recursing, so 100,000 nested `[` cost memory, never the call stack.
 *
 * @param text - a text that `JSON.parse` rejected
 * @returns the offset and a description of the first error, or `undefined` if the scanner finds none
 * @internal
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let at = 0;
  const describe = (): string =>
    at >= text.length ? 'the end of the text' : JSON.stringify(text.slice(at, at + 1));
  const skip = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  /** Reads a string from its opening quote; returns an error message, or undefined. */
  const string = (): string | undefined => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) return 'a string is not closed';
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at++;
        return undefined;
      }
      if (c < 0x20) return 'a string may not contain a line break or a control character (write \\n)';
      if (c === 0x5c) {
        const e = text.charAt(at + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            return 'a \\u escape needs four hex digits';
          at += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') at += 2;
        else return `an invalid escape \\${e}`;
      } else at++;
    }
  };
  /** Reads a string, number or literal; returns an error message, or undefined. */
  const scalar = (): string | undefined => {
    const c = text.charAt(at);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (c !== word.charAt(0)) continue;
      if (!text.startsWith(word, at)) return `unexpected ${describe()}`;
      at += word.length;
      return undefined;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 1024));
      if (match === null) return `unexpected ${describe()}`;
      at += match[0].length;
      return undefined;
    }
    return at >= text.length
      ? 'the text ends where a value was expected'
      : `unexpected ${describe()} where a value was expected`;
  };
  const fail = (message: string): JsonErrorLocation => ({ offset: at, message });

  const open: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  for (;;) {
    skip();
    const c = text.charAt(at);
    if (expect === 'value' || expect === 'first-value') {
      if (expect === 'first-value' && c === ']') {
        at++;
        open.pop();
        expect = 'after';
      } else if (c === '{' || c === '[') {
        at++;
        open.push(c);
        expect = c === '{' ? 'first-key' : 'first-value';
      } else {
        const problem = scalar();
        if (problem !== undefined) return fail(problem);
        expect = 'after';
      }
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && c === '}') {
        at++;
        open.pop();
        expect = 'after';
        continue;
      }
      if (c !== '"') return fail(`expected a property name in double quotes, found ${describe()}`);
      const problem = string();
      if (problem !== undefined) return fail(problem);
      skip();
      if (text.charAt(at) !== ':') return fail(`expected ':' after a property name, found ${describe()}`);
      at++;
      expect = 'value';
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined) {
      return at < text.length ? fail(`unexpected ${describe()} after the end of the JSON value`) : undefined;
    }
    const close = top === '{' ? '}' : ']';
    if (c === ',') {
      at++;
      expect = top === '{' ? 'key' : 'value';
    } else if (c === close) {
      at++;
      open.pop();
    } else {
      return fail(
        top === '{'
          ? `expected ',' or '}' after a property value, found ${describe()}`
          : `expected ',' or ']' after an array element, found ${describe()}`,
      );
    }
  }
}

/**
 * The offset of the first `[` or `{` that opens more than `maxDepth` arrays and objects inside
 * each other, or `undefined` when the text stays within it. One pass over the text, strings
 * skipped, no recursion: it runs before `JSON.parse`, so that no later step (a validator, a
 * message that quotes a value) ever meets a value nested deeper than any real input needs.
 *
 * @param text - a JSON text, well-formed or not
 * @param maxDepth - the deepest nesting allowed
 * @returns the offset of the bracket that goes too deep, or `undefined`
 * @internal
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
