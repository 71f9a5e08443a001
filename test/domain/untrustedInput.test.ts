import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type CohortIssue,
  type CohortIssueCode,
  daysBetween,
  orThrow,
  parseCohort,
  parseJournal,
} from '../../src/domain/index';

const mentor = { id: 'ola', grade: 1, generation: 'gen-z', skills: { 'tiktok-ads': 5 } };
const mentee = { id: 'jan', grade: 6, goals: [{ skill: 'tiktok-ads', priority: 'high' }] };
const base = { mentors: [mentor], mentees: [mentee] };

function issuesOf(input: unknown): ReadonlyArray<CohortIssue> {
  const result = parseCohort(input);
  if (isRight(result)) throw new Error('expected issues, got a cohort');
  return result.left;
}
function expectIssue(input: unknown, code: CohortIssueCode, path: ReadonlyArray<string | number>): void {
  expect(issuesOf(input)).toContainEqual(expect.objectContaining({ code, path }));
}

describe('keys that are one key after trimming', () => {
  it('are a duplicate-key issue in managers, not a silently merged map that hides a cycle', () => {
    expectIssue({ ...base, managers: { a: 'b', b: 'a', ' a': 'c' } }, 'duplicate-key', ['managers', ' a']);
  });

  it('are a duplicate-key issue in a person’s skills, not the last level winning', () => {
    const skills = { 'tiktok-ads': 1, ' tiktok-ads': 5 };
    expectIssue({ ...base, mentors: [{ ...mentor, skills }] }, 'duplicate-key', [
      'mentors',
      0,
      'skills',
      ' tiktok-ads',
    ]);
  });

  it('are a duplicate-key issue when two Unicode spellings of one key meet', () => {
    const focus = { 'd\u0105b': 2, 'da\u0328b': 3 };
    expectIssue({ ...base, programme: { focus } }, 'duplicate-key', ['programme', 'focus', 'da\u0328b']);
  });
});

describe('ids', () => {
  it.each([
    ['a zero-width space', '\u200b'],
    ['a byte-order mark and a space', '\ufeff '],
    ['a NUL', 'ola\u0000'],
    ['an escape sequence', 'ola\u001b[2J'],
    ['a lone surrogate', 'ola\ud800'],
  ])('rejects an id that holds %s', (_what, id) => {
    expect(
      issuesOf({ ...base, mentors: [{ ...mentor, id }] }).some((i) => i.path.join('.') === 'mentors.0.id'),
    ).toBe(true);
  });

  it('reads two Unicode spellings of one id as one person: a duplicate-id', () => {
    const input = {
      mentors: [
        { ...mentor, id: 'd\u0105browska' },
        { ...mentor, id: 'da\u0328browska' },
      ],
      mentees: [mentee],
    };
    expect(issuesOf(input).map((i) => i.code)).toContain('duplicate-id');
  });

  it('keeps ids and names in NFC, so that they print and compare the same', () => {
    const cohort = orThrow(
      parseCohort({ ...base, mentors: [{ ...mentor, id: 'da\u0328b', name: 'Da\u0328b' }] }),
    );
    expect(cohort.mentors[0]?.id).toBe('d\u0105b');
    expect(cohort.mentors[0]?.name).toBe('D\u0105b');
  });
});

describe('numbers that mean nothing', () => {
  it('rejects grades beyond ±1000, where a grade gap of 1 is lost to precision', () => {
    for (const grade of [1e16, -1e308, 1e308]) {
      expectIssue({ ...base, mentors: [{ ...mentor, grade }] }, 'out-of-range', ['mentors', 0, 'grade']);
    }
  });

  it('rejects a weight too small to be anything but underflow, and accepts 0 as off', () => {
    expect(issuesOf({ ...base, programme: { weights: { timeZone: 5e-324 } } })).toContainEqual(
      expect.objectContaining({ path: ['programme', 'weights', 'timeZone'] }),
    );
    expect(isRight(parseCohort({ ...base, programme: { weights: { timeZone: 0, skillGain: 0.001 } } }))).toBe(
      true,
    );
  });

  it('rejects a $schema that is not a string', () => {
    expectIssue({ ...base, $schema: 42 }, 'invalid-type', ['$schema']);
    expect(isRight(parseCohort({ ...base, $schema: 'https://example.com/cohort.schema.json' }))).toBe(true);
  });
});

describe('journal dates and check-ins', () => {
  const cohort = orThrow(parseCohort(base));
  const held = { mentorId: 'ola', menteeId: 'jan', date: '2027-01-11', minutes: 45 };

  it('counts days across the years 0000–0099 as the proleptic Gregorian calendar does', () => {
    expect(daysBetween('0099-12-31', '0100-01-10')).toBe(10);
    expect(daysBetween('0000-01-01', '0001-01-01')).toBe(366); // year 0 is a leap year
    expect(daysBetween('1970-01-01', '2000-03-01')).toBe(11_017);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1); // 2100 is not a leap year
  });

  it('rejects a check-in identical to an earlier one instead of counting it twice', () => {
    const result = parseJournal({ checkIns: [held, { ...held }, { ...held, minutes: 30 }] }, cohort);
    expect(isLeft(result) ? result.left : []).toEqual([
      expect.objectContaining({ code: 'duplicate-check-in', path: ['checkIns', 1] }),
    ]);
  });

  it('reads skills of a check-in as a set: their order does not make a copy a second session', () => {
    const result = parseJournal(
      {
        checkIns: [
          { ...held, skills: ['tiktok-ads', 'seo'] },
          { ...held, skills: ['seo', 'tiktok-ads'] },
        ],
      },
      cohort,
    );
    expect(isLeft(result) ? result.left.map((i) => i.code) : []).toEqual(['duplicate-check-in']);
  });

  it('rejects skills of an assessment that are one key after trimming', () => {
    const result = parseJournal(
      { assessments: [{ participantId: 'jan', date: '2027-01-11', skills: { seo: 1, ' seo': 3 } }] },
      cohort,
    );
    expect(isLeft(result) ? result.left.map((i) => i.code) : []).toEqual(['duplicate-key']);
  });
});
