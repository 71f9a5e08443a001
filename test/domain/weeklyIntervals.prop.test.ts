import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, sharedMinutes, weeklyIntervals } from '../../src/domain/index';
import { sharedStretches } from '../../src/scoring/internal/sharedStretches';

// Windows as data and as text: any day, any minute, up to a whole day long.
const window = fc
  .record({
    day: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
  })
  .map(({ day, start, length }) => ({ day, start, end: Math.min(1440, start + length) }));
const windows = fc.array(window, { maxLength: 5 });
// Offsets from UTC−12 to UTC+14, in minutes: every real zone and then some.
const offset = fc.integer({ min: -720, max: 840 });

const two = (n: number): string => String(n).padStart(2, '0');
const text = (w: { day: number; start: number; end: number }): string =>
  `${WEEKDAYS[w.day]} ${two(Math.floor(w.start / 60))}:${two(w.start % 60)}-${two(Math.floor(w.end / 60))}:${two(w.end % 60)}`;

/** The minutes of the UTC week covered by the windows, minute by minute. */
function minuteByMinute(
  list: ReadonlyArray<{ day: number; start: number; end: number }>,
  at: number,
): Uint8Array {
  const week = new Uint8Array(10080);
  for (const w of list)
    for (let t = w.day * 1440 + w.start; t < w.day * 1440 + w.end; t++)
      week[(((t - at) % 10080) + 10080) % 10080] = 1;
  return week;
}

describe('weekly intervals and their overlap', () => {
  it('count the same shared minutes as a minute-by-minute count over the UTC week', () => {
    fc.assert(
      fc.property(windows, offset, windows, offset, (a, oa, b, ob) => {
        const x = minuteByMinute(a, oa);
        const y = minuteByMinute(b, ob);
        let expected = 0;
        for (let t = 0; t < 10080; t++) expected += x[t]! & y[t]!;
        const ia = weeklyIntervals(a.map(text), oa);
        const ib = weeklyIntervals(b.map(text), ob);
        expect(sharedMinutes(ia, ib)).toBe(expected);
        expect(sharedMinutes(ib, ia)).toBe(expected);
        expect(sharedStretches(ia, ib).reduce((sum, [from, to]) => sum + to - from, 0)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('are sorted, disjoint, not touching stretches inside the week that cover exactly the windows’ minutes', () => {
    fc.assert(
      fc.property(windows, offset, (a, at) => {
        const flat = weeklyIntervals(a.map(text), at);
        const covered = new Uint8Array(10080);
        for (let k = 0; k < flat.length; k += 2) {
          const [from, to] = [flat[k]!, flat[k + 1]!];
          expect(0 <= from && from < to && to <= 10080).toBe(true);
          if (k > 0) expect(from).toBeGreaterThan(flat[k - 1]!);
          covered.fill(1, from, to);
        }
        const expected = minuteByMinute(a, at);
        // The first minute where the two differ, or −1: a plain diff of 10 080 cells is slow to print.
        expect(covered.findIndex((v, t) => v !== expected[t])).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('do not depend on the order the windows are written in', () => {
    fc.assert(
      fc.property(windows, offset, fc.integer(), (a, at, seed) => {
        const shuffled = [...a].sort((p, q) => ((p.start * 31 + seed) % 7) - ((q.start * 31 + seed) % 7));
        expect(weeklyIntervals(shuffled.map(text), at)).toEqual(weeklyIntervals(a.map(text), at));
      }),
    );
  });
});
