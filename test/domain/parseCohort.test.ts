import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type CohortInput,
  type CohortIssue,
  type CohortIssueCode,
  orThrow,
  parseCohort,
} from '../../src/index';
import { SAMPLES } from '../../src/samples/index';

const base = (): CohortInput => ({
  mentors: [
    { id: 'ola', grade: 1, birthYear: 2000, languages: ['pl'], skills: { 'tiktok-ads': 5 }, capacity: 1 },
    { id: 'kuba', grade: 2, generation: 'gen-z', skills: {} },
  ],
  mentees: [
    {
      id: 'jan',
      grade: 7,
      birthYear: 1965,
      skills: { negotiation: 5 },
      goals: [{ skill: 'tiktok-ads', priority: 'high' }],
    },
    { id: 'ewa', grade: 8, skills: {} },
  ],
});

function issuesOf(input: unknown, currentYear?: number): ReadonlyArray<CohortIssue> {
  const result = parseCohort(input, currentYear === undefined ? {} : { currentYear });
  if (isRight(result)) throw new Error('expected issues, got a cohort');
  return result.left;
}

function expectIssue(
  input: unknown,
  code: CohortIssueCode,
  path: ReadonlyArray<string | number>,
  currentYear?: number,
): void {
  expect(issuesOf(input, currentYear)).toContainEqual(expect.objectContaining({ code, path }));
}

describe('parseCohort', () => {
  it('accepts both embedded samples', () => {
    for (const sample of Object.values(SAMPLES))
      expect(isRight(parseCohort(sample, { currentYear: 2026 }))).toBe(true);
  });

  it('fills in defaults, derives generations and lists people by id', () => {
    const cohort = orThrow(parseCohort({ ...base(), mentors: [...base().mentors].reverse() }));
    expect(cohort.mentors.map((m) => m.id)).toEqual(['kuba', 'ola']);
    expect(cohort.mentees.map((m) => m.id)).toEqual(['ewa', 'jan']);
    expect(cohort.mentorById.get(cohort.mentors[1]!.id)?.generation).toBe('gen-z');
    expect(cohort.menteeById.get(cohort.mentees[1]!.id)?.generation).toBe('gen-x');
    expect(cohort.mentors[0]!.capacity).toBe(1);
    expect(cohort.mentees[1]!.goals[0]).toEqual({ skill: 'tiktok-ads', priority: 'high', target: 4 });
    expect(cohort.programme.rules.direction).toBe('reverse');
    expect(cohort.programme.weights.skillGain).toBe(3);
    expect(cohort.catalog.get('tiktok-ads' as never)?.label.pl).toBe('reklamy na TikToku');
  });

  it('lets a cohort catalogue add skills and override labels', () => {
    const cohort = orThrow(
      parseCohort({
        ...base(),
        catalog: [
          { id: 'threads', area: 'social-media', label: { en: 'Threads' } },
          {
            id: 'tiktok-ads',
            area: 'social-media',
            label: { en: 'TikTok advertising', pl: 'Reklama na TikToku' },
          },
          { id: 'mainframe', area: 'legacy-it' },
        ],
      }),
    );
    expect(cohort.catalog.get('threads' as never)?.label).toEqual({ en: 'Threads', pl: 'Threads' });
    expect(cohort.catalog.get('tiktok-ads' as never)?.label.en).toBe('TikTok advertising');
    expect(cohort.areas.get('legacy-it' as never)?.label.en).toBe('legacy-it');
  });

  it('reports a value that is not an object at the root', () => {
    expectIssue(42, 'invalid-type', []);
    expectIssue(null, 'invalid-type', []);
    expectIssue([], 'invalid-type', []);
  });

  it('reports shape issues with their paths', () => {
    expectIssue({ ...base(), mentors: 'none' }, 'invalid-type', ['mentors']);
    expectIssue({ mentees: [] }, 'invalid-type', ['mentors']);
    expectIssue({ ...base(), mentors: [{ id: 'x', grade: 'senior' }] }, 'invalid-type', [
      'mentors',
      0,
      'grade',
    ]);
    expectIssue(
      { ...base(), mentors: [{ id: 'x', grade: 1, skills: { 'tiktok-ads': 7 } }] },
      'out-of-range',
      ['mentors', 0, 'skills', 'tiktok-ads'],
    );
    expectIssue(
      { ...base(), mentees: [{ id: 'x', grade: 1, goals: [{ skill: 'seo', priority: 'urgent' }] }] },
      'invalid-value',
      ['mentees', 0, 'goals', 0, 'priority'],
    );
    expectIssue({ ...base(), mentors: [{ id: 'x', grade: 1, skils: {} }] }, 'unknown-field', [
      'mentors',
      0,
      'skils',
    ]);
    expectIssue({ ...base(), mentors: [{ id: 'x', grade: 1, timeZone: 'Mars/Olympus' }] }, 'invalid-value', [
      'mentors',
      0,
      'timeZone',
    ]);
    const extra = parseCohort({ ...base(), extra: true }, { strict: true });
    expect(isRight(extra) ? [] : extra.left.map((i) => i.path)).toEqual([['extra']]);
    expectIssue(
      {
        ...base(),
        programme: {
          weights: {
            skillGain: 0,
            goalCoverage: 0,
            reciprocity: 0,
            generationGap: 0,
            seniorityGap: 0,
            crossDepartment: 0,
            timeZone: 0,
            availability: 0,
            preferences: 0,
          },
        },
      },
      'invalid-value',
      ['programme', 'weights'],
    );
  });

  it('reports duplicate ids, also across mentors and mentees', () => {
    const input = base();
    expectIssue({ ...input, mentees: [...input.mentees, { id: 'ola', grade: 9 }] }, 'duplicate-id', [
      'mentees',
      2,
      'id',
    ]);
    expectIssue({ ...input, mentors: [...input.mentors, { id: 'kuba', grade: 1 }] }, 'duplicate-id', [
      'mentors',
      2,
      'id',
    ]);
    expectIssue(
      {
        ...input,
        catalog: [
          { id: 'a', area: 'x' },
          { id: 'a', area: 'y' },
        ],
      },
      'duplicate-id',
      ['catalog', 1, 'id'],
    );
  });

  it('reports unknown skills in skills, goals and focus, and duplicate goals', () => {
    const input = base();
    expectIssue({ ...input, mentors: [{ id: 'x', grade: 1, skills: { tiktok: 3 } }] }, 'unknown-skill', [
      'mentors',
      0,
      'skills',
      'tiktok',
    ]);
    expectIssue(
      { ...input, mentees: [{ id: 'y', grade: 9, goals: [{ skill: 'snapchat', priority: 'low' }] }] },
      'unknown-skill',
      ['mentees', 0, 'goals', 0, 'skill'],
    );
    expectIssue({ ...input, programme: { focus: { metaverse: 2 } } }, 'unknown-skill', [
      'programme',
      'focus',
      'metaverse',
    ]);
    expectIssue(
      {
        ...input,
        mentees: [
          {
            id: 'y',
            grade: 9,
            goals: [
              { skill: 'seo', priority: 'low' },
              { skill: 'seo', priority: 'high' },
            ],
          },
        ],
      },
      'duplicate-goal',
      ['mentees', 0, 'goals', 1, 'skill'],
    );
  });

  it('reports pairs that name unknown people, or people in the wrong role', () => {
    const input = base();
    expectIssue(
      { ...input, programme: { rules: { excludedPairs: [['nobody', 'jan']] } } },
      'unknown-person',
      ['programme', 'rules', 'excludedPairs', 0, 0],
    );
    const swapped = issuesOf({ ...input, programme: { rules: { pinnedPairs: [['jan', 'ola']] } } });
    expect(swapped).toContainEqual(
      expect.objectContaining({ code: 'unknown-person', path: ['programme', 'rules', 'pinnedPairs', 0, 0] }),
    );
    expect(swapped.find((i) => i.code === 'unknown-person')?.message).toMatch(
      /pairs are \[mentorId, menteeId\]/,
    );
    expectIssue(
      { ...input, programme: { rules: { previousPairs: [['ola', 'nobody']] } } },
      'unknown-person',
      ['programme', 'rules', 'previousPairs', 0, 1],
    );
  });

  it('reports a pinned pair that is also excluded or previous', () => {
    const rules = { pinnedPairs: [['ola', 'jan']], excludedPairs: [['ola', 'jan']] };
    expectIssue({ ...base(), programme: { rules } }, 'pinned-pair-excluded', [
      'programme',
      'rules',
      'pinnedPairs',
      0,
    ]);
    const previous = { pinnedPairs: [['ola', 'jan']], previousPairs: [['ola', 'jan']] };
    expectIssue({ ...base(), programme: { rules: previous } }, 'pinned-pair-excluded', [
      'programme',
      'rules',
      'pinnedPairs',
      0,
    ]);
  });

  it('reports pins beyond capacity and a mentee pinned twice', () => {
    const beyond = {
      pinnedPairs: [
        ['ola', 'jan'],
        ['ola', 'ewa'],
      ],
    };
    expectIssue({ ...base(), programme: { rules: beyond } }, 'over-capacity', [
      'programme',
      'rules',
      'pinnedPairs',
      1,
    ]);
    const twice = {
      pinnedPairs: [
        ['ola', 'jan'],
        ['kuba', 'jan'],
      ],
    };
    expectIssue({ ...base(), programme: { rules: twice } }, 'over-capacity', [
      'programme',
      'rules',
      'pinnedPairs',
      1,
    ]);
  });

  it('accepts the same pin listed twice as one pin', () => {
    expect(
      isRight(
        parseCohort({
          ...base(),
          programme: {
            rules: {
              pinnedPairs: [
                ['ola', 'jan'],
                ['ola', 'jan'],
              ],
            },
          },
        }),
      ),
    ).toBe(true);
  });

  it('reports manager ids that name nobody (strict), disagree with the org chart, or go round in a circle', () => {
    const input = base();
    const ghost = parseCohort(
      { ...input, mentors: [{ id: 'x', grade: 1, managerId: 'ghost' }] },
      { strict: true },
    );
    expect(isRight(ghost) ? [] : ghost.left.map((i) => [i.code, i.path])).toEqual([
      ['unknown-manager', ['mentors', 0, 'managerId']],
    ]);
    expectIssue(
      { ...input, managers: { ola: 'boss' }, mentors: [{ id: 'ola', grade: 1, managerId: 'jan' }] },
      'conflicting-manager',
      ['mentors', 0, 'managerId'],
    );
    const cycle = issuesOf({
      ...input,
      mentors: [{ id: 'ola', grade: 1, managerId: 'jan' }],
      mentees: [{ id: 'jan', grade: 7, managerId: 'ola' }],
    });
    expect(cycle.filter((i) => i.code === 'manager-cycle')).toHaveLength(1);
    expectIssue({ ...input, managers: { a: 'b', b: 'a' } }, 'manager-cycle', ['managers', 'a']);
    const self = parseCohort(
      { ...input, mentors: [{ id: 'ola', grade: 1, managerId: 'ola' }] },
      { strict: true },
    );
    expect(isRight(self) ? [] : self.left.map((i) => [i.code, i.path])).toEqual([
      ['manager-cycle', ['mentors', 0, 'managerId']],
    ]);
  });

  it('accepts a manager outside the cohort named in the org chart', () => {
    const input = {
      ...base(),
      managers: { jan: 'ceo' },
      mentors: [{ id: 'ola', grade: 1, managerId: 'ceo' }],
    };
    const cohort = orThrow(parseCohort(input));
    expect(cohort.managers.get('jan' as never)).toBe('ceo');
    expect(cohort.managers.get('ola' as never)).toBe('ceo');
  });

  it('reports a birth year in the future when it knows the current year', () => {
    const input = { ...base(), mentors: [{ id: 'x', grade: 1, birthYear: 2031 }] };
    expectIssue(input, 'birth-year-in-future', ['mentors', 0, 'birthYear'], 2026);
    expect(isRight(parseCohort(input))).toBe(true);
  });

  it('reports a generation that contradicts the birth year', () => {
    expectIssue(
      { ...base(), mentees: [{ id: 'x', grade: 9, birthYear: 1960, generation: 'millennial' }] },
      'generation-mismatch',
      ['mentees', 0, 'generation'],
    );
  });

  it('returns every issue at once, from broken and valid records alike', () => {
    const issues = issuesOf({
      mentors: [
        { id: 'a', grade: 'x' },
        { id: 'b', grade: 1, skills: { nope: 1 } },
      ],
      mentees: [{ id: 'b', grade: 2 }],
      programme: { rules: { pinnedPairs: [['a', 'ghost']] } },
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'duplicate-id',
      'invalid-type',
      'unknown-person',
      'unknown-skill',
    ]);
  });

  it('keeps __proto__ and constructor as ordinary ids and skill ids', () => {
    const input: unknown = JSON.parse(`{
      "catalog": [{ "id": "__proto__", "area": "technology" }, { "id": "constructor", "area": "technology" }],
      "managers": { "__proto__": "constructor" },
      "mentors": [{ "id": "__proto__", "grade": 1, "skills": { "__proto__": 4, "constructor": 2 } }],
      "mentees": [{ "id": "constructor", "grade": 5, "goals": [{ "skill": "__proto__", "priority": "high" }] }]
    }`);
    const cohort = orThrow(parseCohort(input));
    const mentor = cohort.mentors[0]!;
    expect(mentor.id).toBe('__proto__');
    expect([...mentor.skills.entries()]).toEqual([
      ['__proto__', 4],
      ['constructor', 2],
    ]);
    expect(cohort.managers.get('__proto__' as never)).toBe('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports an unknown skill named __proto__ rather than dropping it', () => {
    const input: unknown = JSON.parse(
      '{ "mentors": [{ "id": "a", "grade": 1, "skills": { "__proto__": 4 } }], "mentees": [] }',
    );
    expectIssue(input, 'unknown-skill', ['mentors', 0, 'skills', '__proto__']);
  });

  it('returns a Left, never throws, for each failing input', () => {
    expect(isLeft(parseCohort(undefined))).toBe(true);
  });
});
