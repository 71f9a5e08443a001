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

/**
 * The number of days from one date to another (negative when `to` comes first).
 *
 * Unchecked: what the library itself calls with values it made; the public `daysBetween` of
 * `reverse-mentoring/domain` (`public/daysBetween.ts`) checks its arguments first.
 *
 * @internal
 */
export function daysBetween(from: IsoDate | string, to: IsoDate | string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, for every year 0000–9999 (Hinnant's
 * `days_from_civil`). Not `Date.UTC`, which reads the years 0–99 as 1900–1999.
 */
function dayNumber(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
