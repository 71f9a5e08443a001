import * as z from 'zod';

/**
 * A JSON object read into a `Map`, key by key, so that keys such as `__proto__` or `constructor`
 * are kept as data (zod's `z.record` drops `__proto__` silently, and a plain object would let it
 * reach the prototype). Each key and value is checked by its schema; an issue's path ends in the key.
 * Two keys that are one key after the key schema (`"a"` and `" a"` after trimming, two Unicode
 * spellings after NFC) are a `duplicate-key` issue at the later one, never merged silently.
 * In the JSON Schema it reads as an ordinary object whose values follow `value`.
 *
 * @internal
 */
export function mapRecord<K extends z.ZodType<string, string>, V extends z.ZodType>(key: K, value: V) {
  const valueJson = z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' });
  const { $schema: _dialect, ...additionalProperties } = valueJson;
  return z
    .unknown()
    .meta({ type: 'object', additionalProperties })
    .transform((input, ctx): ReadonlyMap<z.output<K>, z.output<V>> => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        ctx.addIssue({
          code: 'invalid_type',
          expected: 'object',
          input,
          message: `Invalid input: expected an object, received ${describe(input)}`,
        });
        return z.NEVER;
      }
      const out = new Map<z.output<K>, z.output<V>>();
      const rawKeyOf = new Map<z.output<K>, string>();
      for (const [rawKey, rawValue] of Object.entries(input)) {
        const k = key.safeParse(rawKey);
        const v = value.safeParse(rawValue);
        if (!k.success) {
          for (const issue of k.error.issues) {
            ctx.addIssue({
              code: 'custom',
              message: `key ${JSON.stringify(rawKey)}: ${issue.message}`,
              path: [rawKey],
            });
          }
        }
        if (!v.success) {
          for (const issue of v.error.issues) {
            // The value's own issue, code and all, moved under the key. The double cast: a finished
            // issue and a raw one differ only in optional fields under exactOptionalPropertyTypes.
            ctx.addIssue({ ...issue, path: [rawKey, ...issue.path] } as unknown as Parameters<
              typeof ctx.addIssue
            >[0]);
          }
        }
        if (k.success) {
          const earlier = rawKeyOf.get(k.data);
          if (earlier !== undefined) {
            ctx.addIssue({
              code: 'custom',
              message: `key ${JSON.stringify(rawKey)} is the same key as ${JSON.stringify(earlier)}: write it once`,
              path: [rawKey],
              params: { code: 'duplicate-key' },
            });
            continue;
          }
          rawKeyOf.set(k.data, rawKey);
        }
        if (k.success && v.success) out.set(k.data, v.data);
      }
      return out;
    });
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input;
}
