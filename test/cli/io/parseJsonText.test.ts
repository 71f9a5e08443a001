import fc from 'fast-check';
import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/cli/io/internal/locateJsonError';
import { MAX_JSON_DEPTH, parseJsonText } from '../../../src/cli/io/parseJsonText';

function messageOf(text: string): string {
  const result = parseJsonText(text, 'x.json');
  if (!isLeft(result)) throw new Error('expected invalid JSON');
  expect(result.left.code).toBe('invalid-json');
  expect(result.left.where).toBe('x.json');
  return result.left.message;
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"mentors": [], "mentees": []}', 'x.json')).toEqual({
      _tag: 'Right',
      right: { mentors: [], mentees: [] },
    });
  });

  it('gives the line and column of a missing colon', () => {
    // line 3 is ` "b" 2}`: the space is column 1, "b" columns 2–4, a space, then 2 at column 6
    expect(messageOf('{\n "a": 1,\n "b" 2}')).toBe(
      `invalid JSON at line 3, column 6: expected ':' after a property name, found "2"`,
    );
  });

  it('gives the line and column of a trailing comma', () => {
    // line 2 is `  "mentees": [],` then line 3 is `}`: the } at column 1 is where a property name was expected
    expect(messageOf('{"mentors": [],\n  "mentees": [],\n}')).toBe(
      'invalid JSON at line 3, column 1: expected a property name in double quotes, found "}"',
    );
  });

  it('says where the text ends too early', () => {
    // `{` then line 2 ` "a": 1,`: 8 characters, so the end of the text is column 9
    expect(messageOf('{\n "a": 1,')).toBe(
      'invalid JSON at line 2, column 9: expected a property name in double quotes, found the end of the text',
    );
  });

  it('reports a misspelt literal at its first letter', () => {
    expect(messageOf('{"a": tru}')).toBe('invalid JSON at line 1, column 7: unexpected "t"');
  });

  it('agrees with JSON.parse on which texts are valid, whatever the text', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc
        .json()
        .chain((json) =>
          fc
            .tuple(fc.nat({ max: json.length }), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', 'x', '\n'))
            .map(([at, insert]) => json.slice(0, at) + insert + json.slice(at + 1)),
        ),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
        const parsed = parseJsonText(text, 'x.json');
        if (!valid || isRight(parsed)) expect(isRight(parsed)).toBe(valid);
        else {
          // Valid JSON that is still refused has a key written twice in one object (an edit can
          // make one, as `{"":null,"a":{}}` → `{"":null,"":{}}`), which JSON.parse would keep
          // quietly: the refusal names it, and the text holds that key at least twice.
          expect(parsed.left.code).toBe('duplicate-key');
          const key = JSON.stringify(parsed.left.path?.at(-1));
          expect(text.split(key).length - 1).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('locates an error inside 100,000 unclosed brackets without overflowing the call stack', () => {
    const text = `${'['.repeat(100_000)}x`;
    expect(locateJsonError(text)).toEqual({
      offset: 100_000,
      message: 'unexpected "x" where a value was expected',
    });
  });

  it('refuses JSON nested deeper than the limit at the bracket that goes too deep, valid or not', () => {
    for (const text of [
      '['.repeat(5000),
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      `{"a":${'{"b":'.repeat(5000)}1${'}'.repeat(5001)}`,
    ]) {
      const message = messageOf(text);
      expect(message).toMatch(
        /^invalid JSON at line 1, column \d+: arrays and objects are nested more than 64 levels deep$/,
      );
    }
  });

  it('accepts nesting up to the limit and ignores brackets inside strings', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(isRight(parseJsonText(deep, 'x.json'))).toBe(true);
    expect(isRight(parseJsonText(JSON.stringify({ name: '['.repeat(1000) + '\\"[' }), 'x.json'))).toBe(true);
  });
});

describe('parseJsonText and keys written twice', () => {
  it('refuses a key written twice in one object, at the second key, with its path', () => {
    const text = '{\n  "mentors": [\n    { "id": "m1", "grade": 1, "grade": 2 }\n  ]\n}';
    const result = parseJsonText(text, 'c.json');
    expect(result).toEqual(
      left({
        code: 'duplicate-key',
        message:
          'line 3, column 31: the key "grade" is written twice in one object (JSON would keep only the last value): keep one',
        where: 'c.json: mentors[0]',
        path: ['mentors', 0, 'grade'],
      }),
    );
  });

  it('reads the same key in different objects, escaped keys and strings that look like keys', () => {
    const text = '{"a": {"k": 1}, "b": {"k": "\\"k\\": 2, {"}, "c": [{"k": 1}, {"k": 2}], "\\u0061x": 1}';
    expect(parseJsonText(text, 'x.json')).toEqual(right(JSON.parse(text)));
    // "\u0061" is "a": the same key as "a", written another way.
    const escaped = parseJsonText('{"a": 1, "\\u0061": 2}', 'x.json');
    expect(isLeft(escaped) && escaped.left.path).toEqual(['a']);
  });

  it('never refuses what JSON.stringify writes (no key twice there)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonText(text, 'x.json')).toEqual(right(JSON.parse(text)));
      }),
    );
  });
});
