/** Where a JSON text first goes wrong, and what was expected there. @internal */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly message: string;
}

/**
 * Finds the first syntax error of a JSON text by reading it again with a small recursive-descent
 * scanner (RFC 8259). `JSON.parse` knows where it failed, but only some Node versions say so in
 * the message, and never as a line and column.
 *
 * @param text - a text that `JSON.parse` rejected
 * @returns the offset and a description of the first error, or `undefined` if the scanner finds none
 * @internal
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let at = 0;
  const fail = (message: string): never => {
    throw new ScanError(at, message);
  };
  const describe = (): string =>
    at >= text.length ? 'the end of the text' : JSON.stringify(text.slice(at, at + 1));
  const skip = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const string = (): void => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail('a string is not closed');
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at++;
        return;
      }
      if (c < 0x20) fail('a string may not contain a line break or a control character (write \\n)');
      if (c === 0x5c) {
        const e = text.charAt(at + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            fail('a \\u escape needs four hex digits');
          at += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') at += 2;
        else fail(`an invalid escape \\${e}`);
      } else at++;
    }
  };
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (match === null) fail(`unexpected ${describe()}`);
    else at += match[0].length;
  };
  const value = (): void => {
    skip();
    const c = text.charAt(at);
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else
      fail(
        at >= text.length
          ? 'the text ends where a value was expected'
          : `unexpected ${describe()} where a value was expected`,
      );
  };
  const object = (): void => {
    at++;
    skip();
    if (text.charAt(at) === '}') {
      at++;
      return;
    }
    for (;;) {
      skip();
      if (text.charAt(at) !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
      string();
      skip();
      if (text.charAt(at) !== ':') fail(`expected ':' after a property name, found ${describe()}`);
      at++;
      value();
      skip();
      const c = text.charAt(at);
      at++;
      if (c === '}') return;
      if (c !== ',') {
        at--;
        fail(`expected ',' or '}' after a property value, found ${describe()}`);
      }
    }
  };
  const array = (): void => {
    at++;
    skip();
    if (text.charAt(at) === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      skip();
      const c = text.charAt(at);
      at++;
      if (c === ']') return;
      if (c !== ',') {
        at--;
        fail(`expected ',' or ']' after an array element, found ${describe()}`);
      }
    }
  };
  try {
    value();
    skip();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
