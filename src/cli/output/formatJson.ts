/**
 * A value as JSON for a script to read: indented by two spaces, ending in a newline, with every
 * `Map` written as an object (the library keeps skills and look-ups in maps) and every `Set` as
 * an array.
 *
 * @param value - a result of the library, such as a `Matching`
 * @returns the JSON text
 * @example
 * formatJson({ skills: new Map([['excel', 3]]) }); // '{\n  "skills": {\n    "excel": 3\n  }\n}\n'
 * @category CLI
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, replacer, 2)}\n`;
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) {
    // defineProperty-like semantics: a key such as "__proto__" stays an own property.
    return Object.fromEntries([...value.entries()].map(([k, v]): [string, unknown] => [String(k), v]));
  }
  if (value instanceof Set) return [...value];
  return value;
}
