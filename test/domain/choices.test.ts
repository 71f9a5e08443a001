import Ajv2020 from 'ajv/dist/2020.js';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { cohortJsonSchema } from '../../src/domain/index';
import { type CohortInput, type CohortIssue, orThrow, parseCohort } from '../../src/index';

// Issue 16: participants' own choices — ranked preferences and vetoes of the other side.

const base = (): CohortInput => ({
  mentors: [
    { id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } },
    { id: 'kuba', grade: 2, skills: { 'tiktok-ads': 4 } },
  ],
  mentees: [
    { id: 'jan', grade: 7, goals: [{ skill: 'tiktok-ads' }] },
    { id: 'ewa', grade: 8, goals: [{ skill: 'tiktok-ads' }] },
  ],
});

function issuesOf(input: unknown): ReadonlyArray<CohortIssue> {
  const result = parseCohort(input);
  if (isRight(result)) throw new Error('expected issues, got a cohort');
  return result.left;
}

describe('preferences and vetoes in the cohort', () => {
  it('default to empty lists, keep the order of preferences and list vetoes by id', () => {
    const plain = orThrow(parseCohort(base()));
    expect(plain.mentors.map((m) => [m.preferences, m.vetoes])).toEqual([
      [[], []],
      [[], []],
    ]);
    const input = base();
    const cohort = orThrow(
      parseCohort({
        ...input,
        mentees: [
          { ...input.mentees[0]!, preferences: ['ola', 'kuba'] },
          { ...input.mentees[1]!, preferences: ['kuba', 'ola'], vetoes: [] },
        ],
        mentors: [{ ...input.mentors[0]!, vetoes: ['jan', 'ewa'] }, input.mentors[1]!],
      }),
    );
    expect(cohort.menteeById.get('jan' as never)?.preferences).toEqual(['ola', 'kuba']);
    expect(cohort.menteeById.get('ewa' as never)?.preferences).toEqual(['kuba', 'ola']);
    expect(cohort.mentorById.get('ola' as never)?.vetoes).toEqual(['ewa', 'jan']);
  });

  it('reports an unknown id with "did you mean", and an id of the own side, at the entry', () => {
    const input = base();
    const issues = issuesOf({
      ...input,
      mentees: [{ ...input.mentees[0]!, preferences: ['ola', 'kubaa', 'ewa', 'jan'] }, input.mentees[1]!],
      mentors: [{ ...input.mentors[0]!, vetoes: ['nobody'] }, input.mentors[1]!],
    });
    expect(issues).toEqual([
      {
        code: 'unknown-person',
        message: '"nobody" is not a mentee',
        path: ['mentors', 0, 'vetoes', 0],
      },
      {
        code: 'unknown-person',
        message: '"kubaa" is not a mentor (did you mean "kuba"?)',
        path: ['mentees', 0, 'preferences', 1],
      },
      {
        code: 'wrong-side',
        message: '"ewa" is a mentee: a mentee\'s preferences name mentors',
        path: ['mentees', 0, 'preferences', 2],
      },
      {
        code: 'wrong-side',
        message: '"jan" is this mentee themself: a mentee\'s preferences name mentors',
        path: ['mentees', 0, 'preferences', 3],
      },
    ]);
    expect(issues).toHaveLength(4);
  });

  it('reports a duplicate, too many preferences, and a person both preferred and vetoed', () => {
    const input = base();
    const issues = issuesOf({
      ...input,
      programme: { rules: { maxPreferences: 1 } },
      mentees: [
        { ...input.mentees[0]!, preferences: ['ola', 'ola'] },
        { ...input.mentees[1]!, preferences: ['kuba', 'ola'], vetoes: ['ola', 'ola'] },
      ],
    });
    expect(issues).toEqual([
      {
        code: 'duplicate-choice',
        message: '"ola" is already listed in preferences[0]',
        path: ['mentees', 0, 'preferences', 1],
      },
      {
        code: 'too-many-preferences',
        message:
          '2 preferences, but the programme lets a person rank at most 1 (programme.rules.maxPreferences)',
        path: ['mentees', 0, 'preferences', 1],
      },
      {
        code: 'duplicate-choice',
        message: '"ola" is already listed in vetoes[0]',
        path: ['mentees', 1, 'vetoes', 1],
      },
      {
        code: 'too-many-preferences',
        message:
          '2 preferences, but the programme lets a person rank at most 1 (programme.rules.maxPreferences)',
        path: ['mentees', 1, 'preferences', 1],
      },
      {
        code: 'preferred-and-vetoed',
        message: '"ola" is both preferred and vetoed by "ewa"',
        path: ['mentees', 1, 'preferences', 1],
      },
    ]);
  });

  it('reports a pinned pair that either side vetoes: the programme cannot force a refused pair', () => {
    const input = base();
    const issues = issuesOf({
      ...input,
      programme: {
        rules: {
          pinnedPairs: [
            ['kuba', 'ewa'],
            ['ola', 'jan'],
          ],
        },
      },
      mentors: [input.mentors[0]!, { ...input.mentors[1]!, vetoes: ['ewa'] }],
      mentees: [input.mentees[0]!, { ...input.mentees[1]!, vetoes: ['kuba'] }],
    });
    expect(issues).toEqual([
      {
        code: 'pinned-pair-vetoed',
        message: '[kuba, ewa] is pinned, but mentor "kuba" and mentee "ewa" vetoed the pair',
        path: ['programme', 'rules', 'pinnedPairs', 0],
      },
    ]);
  });

  it('takes maxPreferences from 0 to 100, whole numbers only', () => {
    expect(orThrow(parseCohort(base())).programme.rules.maxPreferences).toBe(5);
    for (const maxPreferences of [-1, 1.5, 101])
      expect(issuesOf({ ...base(), programme: { rules: { maxPreferences } } })[0]?.path).toEqual([
        'programme',
        'rules',
        'maxPreferences',
      ]);
    const none = issuesOf({
      ...base(),
      programme: { rules: { maxPreferences: 0 } },
      mentors: [{ id: 'ola', grade: 1, preferences: ['jan'] }],
    });
    expect(none.map((i) => i.code)).toEqual(['too-many-preferences']);
  });

  it('are in the JSON Schema of a cohort, with maxPreferences and the preferences weight', () => {
    const schema = cohortJsonSchema();
    const text = JSON.stringify(schema);
    for (const word of ['"preferences"', '"vetoes"', '"maxPreferences"', 'best first'])
      expect(text).toContain(word);
    const valid = new Ajv2020({ allErrors: true }).compile(schema);
    const input = base();
    const withChoices = {
      ...input,
      programme: { rules: { maxPreferences: 2 }, weights: { preferences: 2 } },
      mentees: [{ ...input.mentees[0]!, preferences: ['kuba', 'ola'], vetoes: [] }, input.mentees[1]!],
      mentors: [{ ...input.mentors[0]!, vetoes: ['ewa'] }, input.mentors[1]!],
    };
    expect(valid(withChoices), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ ...withChoices, programme: { rules: { maxPreferences: 1.5 } } })).toBe(false);
    expect(valid({ ...input, mentors: [{ id: 'ola', grade: 1, vetoes: 'jan' }] })).toBe(false);
  });
});
