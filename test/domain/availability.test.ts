import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type CohortInput,
  orThrow,
  parseAvailabilityWindow,
  parseCohort,
  parseCohortWithWarnings,
  weeklyIntervals,
  weeklyOverlapMinutes,
} from '../../src/domain/index';

const person = (id: string, grade: number, timeZone: string | undefined, availability: unknown) => ({
  id,
  grade,
  ...(timeZone === undefined ? {} : { timeZone }),
  availability,
});

function issuesOf(input: unknown) {
  const result = parseCohort(input);
  if (isRight(result)) throw new Error('expected issues, got a cohort');
  return result.left;
}

describe('parseAvailabilityWindow', () => {
  it('reads a day and two 24-hour times, forgiving about case, day names, one-digit hours and dashes', () => {
    expect(parseAvailabilityWindow('mon 08:00-10:00')).toEqual({
      _tag: 'Right',
      right: { day: 'mon', start: 480, end: 600 },
    });
    for (const text of [
      'Monday 8:00–10:00',
      'MON 08.00 - 10.00',
      ' mon. 8:00—10:00 ',
      'poniedziałek 8:00-10:00',
    ])
      expect(parseAvailabilityWindow(text)).toEqual({
        _tag: 'Right',
        right: { day: 'mon', start: 480, end: 600 },
      });
    expect(parseAvailabilityWindow('Śr 14:00-15:30')).toEqual({
      _tag: 'Right',
      right: { day: 'wed', start: 840, end: 930 },
    });
    expect(parseAvailabilityWindow('sun 22:00-24:00')).toEqual({
      _tag: 'Right',
      right: { day: 'sun', start: 1320, end: 1440 },
    });
  });

  it('refuses what does not mean a window, saying why', () => {
    const message = (text: string): string => {
      const result = parseAvailabilityWindow(text);
      return isLeft(result) ? result.left : 'accepted';
    };
    expect(message('mon')).toMatch(/is not a window: write a window as a day and two times/);
    expect(message('moon 08:00-10:00')).toBe(
      '"moon" is not a day: write mon, tue, wed, thu, fri, sat or sun',
    );
    expect(message('mon 25:00-26:00')).toMatch(/"25:00" is not a start time/);
    expect(message('mon 24:00-24:00')).toMatch(/"24:00" is not a start time/);
    expect(message('mon 08:60-10:00')).toMatch(/"08:60" is not a start time/);
    expect(message('mon 08:00-24:30')).toMatch(/"24:30" is not an end time/);
    expect(message('mon 10:00-10:00')).toBe('the window "mon 10:00-10:00" ends at or before its start');
    // A window never crosses midnight: the message shows the two windows to write instead.
    expect(message('sun 22:00-02:00')).toBe(
      'the window "sun 22:00-02:00" ends at or before its start; a window does not cross midnight — write two: "sun 22:00-24:00" and "mon 00:00-02:00"',
    );
  });
});

describe('availability in a cohort', () => {
  it('is validated into canonical windows in week order, overlapping and duplicate windows of a day merged', () => {
    const cohort = orThrow(
      parseCohort({
        mentors: [
          person('ola', 1, 'Europe/Warsaw', [
            'wed 14:00-15:30',
            'Monday 9:30-11:00',
            'mon 08:00-10:00',
            'mon 08:00-10:00',
            'mon 11:00-12:00',
            'sun 22:00-24:00',
          ]),
        ],
        mentees: [{ id: 'jan', grade: 6 }],
      }),
    );
    expect(cohort.mentors[0]?.availability).toEqual([
      'mon 08:00-12:00',
      'wed 14:00-15:30',
      'sun 22:00-24:00',
    ]);
    expect(cohort.mentees[0]?.availability).toEqual([]);
  });

  it('reports every bad window with its path and the code invalid-availability', () => {
    const issues = issuesOf({
      mentors: [
        { id: 'a', grade: 1 },
        { id: 'b', grade: 1 },
        person('c', 1, 'UTC', ['mon 08:00-10:00', 'sun 22:00-02:00', 'someday 1:00-2:00']),
      ],
      mentees: [person('jan', 6, 'UTC', 'mon 08:00-10:00')],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-availability', ['mentors', 2, 'availability', 1]],
      ['invalid-availability', ['mentors', 2, 'availability', 2]],
      ['invalid-type', ['mentees', 0, 'availability']],
    ]);
    expect(issues[1]?.message).toBe('"someday" is not a day: write mon, tue, wed, thu, fri, sat or sun');
  });

  it('reads the windows of a person without a time zone in UTC, with a warning at their availability', () => {
    const parsed = orThrow(
      parseCohortWithWarnings({
        mentors: [person('ola', 1, undefined, ['mon 08:00-10:00'])],
        mentees: [person('jan', 6, 'UTC', ['mon 09:00-11:00']), { id: 'ewa', grade: 6 }],
      }),
    );
    expect(parsed.warnings).toEqual([
      {
        code: 'availability-without-time-zone',
        message:
          '"ola" lists availability but no time zone: the windows are read in UTC (add a timeZone such as Europe/Warsaw)',
        path: ['mentors', 0, 'availability'],
      },
    ]);
    const [ola] = parsed.cohort.mentors;
    const [ewa, jan] = parsed.cohort.mentees;
    expect(weeklyOverlapMinutes(ola!, jan!)).toBe(60);
    expect(weeklyOverlapMinutes(ola!, ewa!)).toBeUndefined();
  });

  it('takes the programme rule minAvailabilityOverlapMinutes: 0 by default, whole minutes of one week', () => {
    const base: CohortInput = { mentors: [], mentees: [] };
    expect(orThrow(parseCohort(base)).programme.rules.minAvailabilityOverlapMinutes).toBe(0);
    expect(issuesOf({ ...base, programme: { rules: { minAvailabilityOverlapMinutes: 10081 } } })[0]).toEqual({
      code: 'out-of-range',
      message: 'a week has 10080 minutes',
      path: ['programme', 'rules', 'minAvailabilityOverlapMinutes'],
    });
    expect(
      issuesOf({ ...base, programme: { rules: { minAvailabilityOverlapMinutes: 1.5 } } })[0]?.path,
    ).toEqual(['programme', 'rules', 'minAvailabilityOverlapMinutes']);
  });
});

describe('weekly overlap across time zones (worked by hand)', () => {
  // Offsets at the library's reference instant, mid-January: Warsaw +60, New York −300, Tokyo +540.
  const cohort = orThrow(
    parseCohort({
      mentors: [
        // Warsaw Tue 15:00–17:00 = Tue 14:00–16:00 UTC.
        person('warsaw', 1, 'Europe/Warsaw', ['tue 15:00-17:00']),
        // Tokyo Wed 00:00–02:00 = Tue 15:00–17:00 UTC.
        person('tokyo', 1, 'Asia/Tokyo', ['wed 00:00-02:00']),
        // Tokyo Mon 08:00–10:00 = Sun 23:00 – Mon 01:00 UTC: across the UTC week's end.
        person('tokyo-monday', 1, 'Asia/Tokyo', ['mon 08:00-10:00']),
      ],
      mentees: [
        // New York Tue 09:00–10:30 = Tue 14:00–15:30 UTC.
        person('new-york', 6, 'America/New_York', ['tue 09:00-10:30']),
        // London (UTC in January) Sun 23:30–24:00 and Mon 00:00–00:30: one stretch across the week's end.
        person('london', 6, 'Europe/London', ['sun 23:30-24:00', 'mon 00:00-00:30']),
      ],
    }),
  );
  const by = (id: string) => [...cohort.mentors, ...cohort.mentees].find((p) => p.id === id)!;

  it('counts the minutes each pair shares', () => {
    expect(weeklyOverlapMinutes(by('warsaw'), by('new-york'))).toBe(90); // 14:00–15:30 UTC
    expect(weeklyOverlapMinutes(by('tokyo'), by('new-york'))).toBe(30); // 15:00–15:30 UTC
    expect(weeklyOverlapMinutes(by('warsaw'), by('tokyo'))).toBe(60); // 15:00–16:00 UTC
    expect(weeklyOverlapMinutes(by('tokyo-monday'), by('london'))).toBe(60); // Sun 23:30 – Mon 00:30 UTC
    expect(weeklyOverlapMinutes(by('tokyo-monday'), by('new-york'))).toBe(0);
  });

  it('lays a window out as minutes of the UTC week, wrapping at its end', () => {
    expect([...weeklyIntervals(by('tokyo-monday').availability, 540)]).toEqual([0, 60, 10020, 10080]);
    expect([...weeklyIntervals(by('london').availability, 0)]).toEqual([0, 30, 10050, 10080]);
    // UTC−11 moves Sunday evening past the week's end, into Monday UTC.
    expect([...weeklyIntervals(['sun 20:00-22:00'], -660)]).toEqual([420, 540]);
  });
});
