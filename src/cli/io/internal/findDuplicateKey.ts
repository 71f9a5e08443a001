/** A key written twice in one JSON object: where the second one starts, and its path. @internal */
export interface DuplicateKey {
  readonly offset: number;
  readonly key: string;
  readonly path: ReadonlyArray<string | number>;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string>;
  expectKey: boolean;
  key: string;
  index: number;
}

/**
 * The first key that one object of a JSON text has twice (`{"grade": 1, "grade": 2}`), or
 * `undefined`. `JSON.parse` keeps the last value and drops the first without a word; a file
 * that says two things about one field is a contradiction to show, not a guess to make. The text
 * must be valid JSON (`JSON.parse` accepted it): this scans strings and brackets only.
 *
 * @internal
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({
        kind: c === 0x7b ? 'object' : 'array',
        keys: new Set(),
        expectKey: c === 0x7b,
        key: '',
        index: 0,
      });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top !== undefined) top.index++;
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.kind !== 'object' || !top.expectKey) continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      top.expectKey = false;
      if (top.keys.has(key)) {
        const path = stack.slice(0, -1).map((f) => (f.kind === 'object' ? f.key : f.index));
        return { offset: start, key, path: [...path, key] };
      }
      top.keys.add(key);
      top.key = key;
    }
  }
  return undefined;
}
