import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../../domain/ArgumentIssue';
import type { Issues } from '../../domain/Issue';
import { allArguments, readArgument } from '../../domain/readArgument';
import { type PolishForms, pluralPl as pluralPlUnchecked } from '../pluralPl';

const formsSchema = z.object({
  one: z.string(),
  few: z.string(),
  many: z.string(),
  fraction: z.string().optional(),
});

/**
 * The Polish form of a noun after a number: 1 → `one`; a number ending in 2–4 but not in 12–14 →
 * `few`; every other whole number → `many`; a fraction → `fraction` (the genitive singular).
 * The number itself is not included. A count that is not a finite number,
 * or forms that are not three strings, is a `Left` (`invalid-argument` at the root or at `['forms', …]`).
 *
 * @param n - the count
 * @param forms - the noun's {@link PolishForms}
 * @returns the form that agrees with `n`
 * @example
 * const level = { one: 'poziom', few: 'poziomy', many: 'poziomów' };
 * pluralPl(1, level); // { _tag: 'Right', right: 'poziom' }
 * orThrow(pluralPl(3, level)); // 'poziomy'
 * orThrow(pluralPl(12, level)); // 'poziomów'
 * orThrow(pluralPl(22, level)); // 'poziomy'
 * pluralPl(Number.NaN, level)._tag; // 'Left'
 * @category Scoring
 */
export function pluralPl(n: number, forms: PolishForms): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<number>(z.number(), n, []),
    readArgument<PolishForms>(formsSchema, forms, ['forms']),
  );
  if (checked._tag === 'Left') return checked;
  return right(pluralPlUnchecked(...checked.right));
}
