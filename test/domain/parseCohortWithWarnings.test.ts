import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCohort, parseCohortWithWarnings } from '../../src/domain/index';

const people = (mentor: Record<string, unknown>, mentee: Record<string, unknown> = {}) => ({
  mentors: [{ id: 'ola', grade: 1, languages: ['pl'], skills: { 'tiktok-ads': 5 }, ...mentor }],
  mentees: [{ id: 'jan', grade: 7, languages: ['pl'], goals: [{ skill: 'tiktok-ads' }], ...mentee }],
});

function codesAndPaths(input: unknown, strict = false) {
  const result = parseCohortWithWarnings(input, { strict });
  return isRight(result)
    ? { warnings: result.right.warnings.map((w) => [w.code, w.path]), issues: [] }
    : { warnings: [], issues: result.left.map((i) => [i.code, i.path, i.message]) };
}

describe('parseCohortWithWarnings', () => {
  it('leaves the extra fields of an HR export out of the cohort and warns of each', () => {
    const result = parseCohortWithWarnings({
      ...people({ email: 'ola@example.com', location: 'Kraków' }, { job_title: 'Director' }),
      exportedAt: '2027-01-01',
    });
    if (isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect(result.right.warnings.map((w) => w.path)).toEqual([
      ['exportedAt'],
      ['mentors', 0, 'email'],
      ['mentors', 0, 'location'],
      ['mentees', 0, 'job_title'],
    ]);
    expect(result.right.warnings.every((w) => w.code === 'unknown-field')).toBe(true);
    expect(Object.keys(result.right.cohort.mentors[0] ?? {})).not.toContain('email');
  });

  it('still rejects a typo of a known field, with the field it probably means', () => {
    const { issues } = codesAndPaths(people({ capactiy: 2 }));
    expect(issues).toEqual([
      ['unknown-field', ['mentors', 0, 'capactiy'], 'unknown field "capactiy" (did you mean "capacity"?)'],
    ]);
    const nested = codesAndPaths(people({}, { goals: [{ skill: 'seo', priorty: 'high' }] }));
    expect(nested.issues.map((i) => i[1])).toEqual([['mentees', 0, 'goals', 0, 'priorty']]);
  });

  it('in strict mode rejects every unknown field, as the format is written', () => {
    const { issues } = codesAndPaths(people({ email: 'x' }), true);
    expect(issues.map((i) => [i[0], i[1]])).toEqual([['unknown-field', ['mentors', 0, 'email']]]);
  });

  it('takes null, blank text, NO_MGR and a manager who is the person themself as "no manager"', () => {
    for (const managerId of [null, '', '  ', 'NO_MGR', 'no_mgr', 'ola']) {
      const result = parseCohort(people({ managerId }));
      expect(isRight(result) && result.right.managers.size).toBe(0);
    }
    const marker = parseCohort(people({ managerId: 'TOP' }), { noManager: ['TOP'] });
    expect(isRight(marker) && marker.right.managers.size).toBe(0);
  });

  it('lets the reporting line stop at a manager outside the cohort', () => {
    const result = parseCohort(people({ managerId: 'E0001' }, { managerId: 'E0002' }));
    expect(isRight(result) && [...result.right.managers]).toEqual([
      ['ola', 'E0001'],
      ['jan', 'E0002'],
    ]);
  });

  it('reads skills, goals and focus by their label in English or Polish, as catalog prints them', () => {
    const result = parseCohort({
      programme: { focus: { 'Social media': 2, 'TikTok ads': 1.5 } },
      ...people({ skills: { 'TikTok ads': 5, Instagram: 4 } }, { goals: [{ skill: 'reklamy na tiktoku' }] }),
    });
    if (isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect([...(result.right.mentors[0]?.skills.keys() ?? [])]).toEqual(['tiktok-ads', 'instagram']);
    expect(result.right.mentees[0]?.goals[0]?.skill).toBe('tiktok-ads');
    expect([...result.right.programme.focus.keys()]).toEqual(['social-media', 'tiktok-ads']);
  });

  it('suggests the skill a mistyped name probably means', () => {
    const { issues } = codesAndPaths(people({ skills: { 'TikTok adz': 5 } }));
    expect(issues).toEqual([
      [
        'unknown-skill',
        ['mentors', 0, 'skills', 'TikTok adz'],
        'unknown skill "TikTok adz" (did you mean "tiktok-ads"?); a new skill goes in "catalog"',
      ],
    ]);
  });

  it('reports every issue of a broken record at once, the cross-references among them', () => {
    const { issues } = codesAndPaths(
      people({ birthYear: 'nineteen', grade: 'junior', skills: { 'tiktok-adz': 5 } }),
    );
    expect(issues.map((i) => [i[0], i[1]])).toEqual([
      ['invalid-type', ['mentors', 0, 'birthYear']],
      ['invalid-type', ['mentors', 0, 'grade']],
      ['unknown-skill', ['mentors', 0, 'skills', 'tiktok-adz']],
    ]);
  });
});
