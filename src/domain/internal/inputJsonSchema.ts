import * as z from 'zod';

/**
 * The JSON Schema (draft 2020-12) of the input side of a zod schema, as shipped in the package:
 * `reverse-mentoring/<name>.schema.json`, with its `$id` and title. It compiles in a validator's
 * strict mode (Ajv's default): a `format` (zod writes `format: "date"` beside the date's `pattern`)
 * is an annotation a validator without the formats vocabulary rejects, so it is dropped wherever a
 * `pattern` already says the same.
 *
 * @internal
 */
export function inputJsonSchema(
  schema: z.ZodType,
  name: 'cohort' | 'journal' | 'decisions',
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...(withoutRedundantFormats(json) as Record<string, unknown>),
    $id: `https://unpkg.com/reverse-mentoring/dist/${name}.schema.json`,
    title: `reverse-mentoring ${name}`,
  };
}

function withoutRedundantFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRedundantFormats);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  const record = node as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'format' && typeof record.pattern === 'string') continue;
    out[key] = withoutRedundantFormats(value);
  }
  return out;
}
