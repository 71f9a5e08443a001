import type * as z from 'zod';
import type { IssuePath } from '../Issue';

/** The part of a zod schema's definition this walk reads (zod 4's `_zod.def`). */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly items?: ReadonlyArray<z.ZodType>;
}

const WRAPPERS: ReadonlySet<string> = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { readonly _zod: { readonly def: Def } })._zod.def;
}

/** The schema without its optional, default and transform wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (next === undefined) return current;
    current = next;
  }
}

/**
 * The field names of the object a schema expects at `path` (`['goals', 0]` of a mentor: `skill`,
 * `priority`, `target`), found by walking the schema itself, so that a "did you mean" always
 * offers the fields that exist — also those added later.
 *
 * @internal
 */
export function knownKeysAt(schema: z.ZodType, path: IssuePath): ReadonlyArray<string> {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (current === undefined) return [];
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = typeof key === 'string' ? def.shape?.[key] : undefined;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple') current = typeof key === 'number' ? def.items?.[key] : undefined;
    else current = undefined;
  }
  if (current === undefined) return [];
  const def = defOf(unwrap(current));
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
