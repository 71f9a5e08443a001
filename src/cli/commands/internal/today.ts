import type { CliIo } from '../../io/CliIo';

/**
 * Today's date on the user's clock, in their time zone, as `YYYY-MM-DD`: the default "as of"
 * date of a report. The CLI may read the clock; the library may not, so it is asked for a date.
 *
 * @param io - the I/O (its clock)
 * @returns the local date, such as `2027-04-08`
 * @internal
 */
export function today(io: CliIo): string {
  const now = io.now();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
