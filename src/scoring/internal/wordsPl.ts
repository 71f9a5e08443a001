import type { Priority } from '../../domain/index';
import { type PolishForms, pluralPl } from '../pluralPl';
import type { Namer } from './namer';

/** @internal */
export const LEVEL: PolishForms = { one: 'poziom', few: 'poziomy', many: 'poziomów', fraction: 'poziomu' };
/** @internal */
export const GRADE: PolishForms = {
  one: 'szczebel',
  few: 'szczeble',
  many: 'szczebli',
  fraction: 'szczebla',
};
/** @internal */
export const GENERATION: PolishForms = {
  one: 'pokolenie',
  few: 'pokolenia',
  many: 'pokoleń',
  fraction: 'pokolenia',
};
/** @internal */
export const HOUR: PolishForms = { one: 'godzina', few: 'godziny', many: 'godzin', fraction: 'godziny' };
/** @internal */
export const MINUTE: PolishForms = { one: 'minuta', few: 'minuty', many: 'minut', fraction: 'minuty' };
/** @internal */
export const PRIORITY: Readonly<Record<Priority, string>> = {
  high: 'wysokim',
  medium: 'średnim',
  low: 'niskim',
};

/** A number and its noun in the form the number takes: `2 poziomy`, `5 poziomów`. @internal */
export function countPl(name: Namer, n: number, forms: PolishForms): string {
  return `${name.number(n)} ${pluralPl(n, forms)}`;
}

/** Minutes as a reader counts them: 45 minut, 1 godzina, 1,5 godziny, 2 godziny 10 minut. @internal */
export function minutesPl(name: Namer, n: number): string {
  if (n < 60) return countPl(name, n, MINUTE);
  if (n % 30 === 0) return countPl(name, n / 60, HOUR);
  return `${countPl(name, Math.floor(n / 60), HOUR)} ${countPl(name, n % 60, MINUTE)}`;
}
