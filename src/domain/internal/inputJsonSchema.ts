import * as z from 'zod';

/**
 * The JSON Schema (draft 2020-12) of the input side of a zod schema, as shipped in the package:
 * `reverse-mentoring/<name>.schema.json`, with its `$id` and title.
 *
 * @internal
 */
export function inputJsonSchema(schema: z.ZodType, name: 'cohort' | 'journal'): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: `https://unpkg.com/reverse-mentoring/dist/${name}.schema.json`,
    title: `reverse-mentoring ${name}`,
  };
}
