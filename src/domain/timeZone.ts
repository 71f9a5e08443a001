import * as z from 'zod';

const FIXED_OFFSET = /^(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

// Offsets of IANA zones are read at one fixed instant (mid-January, northern winter), so that the
// same cohort scores the same way on every day of the year and the core needs no clock.
const REFERENCE_INSTANT = Date.UTC(2026, 0, 15, 12, 0, 0);

/**
 * The offset from UTC, in minutes, of a time zone given as an IANA name (`Europe/Warsaw`) or a
 * fixed offset (`UTC+02:00`, `UTC-5`, `UTC`). IANA zones are read in mid-January (standard time in
 * the northern hemisphere), so the answer does not depend on today's date.
 *
 * Unchecked: what the library itself calls with values it made; the public `utcOffsetMinutes` of
 * `reverse-mentoring/domain` (`public/utcOffsetMinutes.ts`) checks its arguments first.
 *
 * @internal
 */
export function utcOffsetMinutes(timeZone: string): number | undefined {
  if (ianaOffsets.has(timeZone)) return ianaOffsets.get(timeZone);
  const offset = readOffset(timeZone);
  // Building an Intl.DateTimeFormat costs ~0.1 ms: a cohort of thousands names a handful of zones.
  // The answer depends on the name alone, so remembering it changes nothing a caller can see.
  if (ianaOffsets.size < 1000) ianaOffsets.set(timeZone, offset);
  return offset;
}

const ianaOffsets = new Map<string, number | undefined>();

function readOffset(timeZone: string): number | undefined {
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed !== null) {
    const [, sign, hours, minutes] = fixed;
    if (sign === undefined) return 0;
    const total = Number(hours) * 60 + Number(minutes ?? '0');
    return total > 14 * 60 ? undefined : sign === '-' ? -total : total;
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
      REFERENCE_INSTANT,
    );
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const offset = FIXED_OFFSET.exec(name);
    if (offset === null) return undefined;
    const [, sign, hours, minutes] = offset;
    if (sign === undefined) return 0;
    const total = Number(hours) * 60 + Number(minutes ?? '0');
    return sign === '-' ? -total : total;
  } catch {
    // Intl throws a RangeError for a zone name it does not know: that is an answer, not a failure.
    return undefined;
  }
}

/** A time zone: an IANA name or a fixed offset `UTC±hh:mm`. @category Domain */
export const timeZoneSchema = z.string().refine((tz) => utcOffsetMinutes(tz) !== undefined, {
  message: 'an unknown time zone: use an IANA name (Europe/Warsaw) or UTC±hh:mm',
});
