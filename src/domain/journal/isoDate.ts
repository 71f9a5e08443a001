import * as z from 'zod';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601): a real day of the Gregorian calendar, so
 * `2026-02-30` and `2027-02-29` are rejected and `2028-02-29` is accepted. Dates as text sort in
 * time order, and need neither a clock nor a time zone.
 *
 * @category Domain
 */
export const isoDateSchema = z.iso
  .date({ error: 'a date is a real calendar day written YYYY-MM-DD' })
  .brand<'IsoDate'>();
/** A calendar date `YYYY-MM-DD`. @category Domain */
export type IsoDate = z.output<typeof isoDateSchema>;

const MS_PER_DAY = 86_400_000;

/**
 * The number of days from one date to another (negative when `to` comes first).
 *
 * @param from - a date `YYYY-MM-DD`
 * @param to - another date `YYYY-MM-DD`
 * @returns whole days from `from` to `to`
 * @example
 * daysBetween('2027-01-11', '2027-02-15'); // 35
 * daysBetween('2028-02-28', '2028-03-01'); // 2
 * @category Domain
 */
export function daysBetween(from: IsoDate | string, to: IsoDate | string): number {
  return Math.round((dayValue(to) - dayValue(from)) / MS_PER_DAY);
}

// Date.UTC reads a date without any clock or time zone: the same number on every machine.
function dayValue(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
