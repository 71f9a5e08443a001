import type { Random } from '../createRandom';

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

const two = (n: number): string => `${n < 10 ? '0' : ''}${n}`;
const clock = (minutes: number): string => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;

/**
 * A synthetic person's weekly availability in their own time zone: one to three windows on
 * different working days, each starting on the half hour between 08:00 and 16:00 and lasting one
 * to two hours — what a busy employee offers a mentoring programme. Whether two people then meet
 * depends on their days and, for the few in far time zones, on their offsets.
 *
 * @internal
 */
export function syntheticAvailability(random: Random): string[] {
  const days = random.shuffle(WORKDAYS).slice(0, random.int(1, 3));
  return days.map((day) => {
    const start = 8 * 60 + 30 * random.int(0, 16);
    return `${day} ${clock(start)}-${clock(start + 30 * random.int(2, 4))}`;
  });
}
